/**
 * A ProgrammeView built the way the server builds it: the real dependency analysis over a small hand-made
 * programme, with ends in "hidden" projects redacted. The page's view logic is tested against this.
 */
import type { DependencyView, EndView, ProgrammeView, TimelineItem } from '../../../src/contract/programme';
import { analyseProgramme, type DependencyEnd, type DependencyLink, type Stream, type WorkItem } from '../../../src/domain';
import { TODAY } from '../domain/programme-builders';

export { blocks, epic, story, stream, TODAY } from '../domain/programme-builders';

const projectOf = (key: string) => key.split('-')[0] ?? '';

function endView(end: DependencyEnd, hidden: ReadonlySet<string>): EndView {
  return hidden.has(projectOf(end.key)) ? { hidden: true, streamId: end.streamId, external: end.external } : { ...end, hidden: false };
}

export function programmeView(input: { streams: Stream[]; items: WorkItem[]; links: DependencyLink[]; hiddenProjects?: string[] }): ProgrammeView {
  const hidden = new Set(input.hiddenProjects ?? []);
  const analysis = analyseProgramme({ streams: input.streams, items: input.items, links: input.links, today: TODAY });
  const dependencies: DependencyView[] = analysis.dependencies.map((d) => {
    const visible = d.evidence.filter((e) => !hidden.has(projectOf(e.blocker)) && !hidden.has(projectOf(e.blocked)));
    return { ...d, blocker: endView(d.blocker, hidden), blocked: endView(d.blocked, hidden), evidence: visible, hiddenEvidence: d.evidence.length - visible.length };
  });
  const epics: TimelineItem[] = input.items
    .filter((i) => i.hierarchyLevel === 1 && !hidden.has(projectOf(i.key)))
    .map(({ key, summary, streamId, statusCategory, startDate, dueDate }) => ({ key, summary, streamId, statusCategory, startDate, dueDate }));
  return {
    state: 'ready',
    asOf: '2026-01-15T09:30:00.000Z',
    refreshing: false,
    failure: null,
    siteUrl: 'https://example.atlassian.net',
    streams: input.streams,
    epics,
    dependencies,
    cycles: analysis.cycles,
    criticalPath: analysis.criticalPath,
    matrix: analysis.matrix,
    streamSummaries: analysis.streams,
    counts: analysis.counts,
    redacted: { epics: input.items.filter((i) => i.hierarchyLevel === 1).length - epics.length, dependencies: 0 },
  };
}

/** The dependency with this id, or a clear failure naming the ids there are. */
export function dependencyOf(view: ProgrammeView, id: string): DependencyView {
  const found = view.dependencies.find((d) => d.id === id);
  if (!found) throw new Error(`no dependency ${id}; have ${view.dependencies.map((d) => d.id).join(', ')}`);
  return found;
}
