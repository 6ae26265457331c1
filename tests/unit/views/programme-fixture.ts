/**
 * A ProgrammeView built the way the server builds it: the real dependency analysis over a small hand-made
 * programme, with ends in "hidden" projects redacted. The page's view logic is tested against this.
 */
import type { DependencyView, ProgrammeView, TimelineItem } from '../../../src/contract/programme';
import { analyseProgramme, type DependencyLink, type Stream, type WorkItem } from '../../../src/domain';
import { projectOfKey, Redactor } from '../../../src/services/dependencies/redact';
import { TODAY } from '../domain/programme-builders';

export { blocks, epic, story, stream, TODAY } from '../domain/programme-builders';

/**
 * Redacted with the server's own Redactor; ids stay readable (`DATA-1->CRM-2`) so tests can name dependencies, where
 * the server makes them opaque per viewer.
 */
export function programmeView(input: { streams: Stream[]; items: WorkItem[]; links: DependencyLink[]; hiddenProjects?: string[] }): ProgrammeView {
  const hidden = new Set(input.hiddenProjects ?? []);
  const analysis = analyseProgramme({ streams: input.streams, items: input.items, links: input.links, today: TODAY });
  const browsable = new Set(input.items.map((i) => projectOfKey(i.key)).filter((project) => !hidden.has(project)));
  const redactor = new Redactor(browsable, (id) => id);
  const epics: TimelineItem[] = input.items
    .filter((i) => i.hierarchyLevel === 1)
    .map(({ key, summary, streamId, statusCategory, startDate, dueDate }) => ({ key, summary, streamId, statusCategory, startDate, dueDate }));
  return {
    state: 'ready',
    asOf: '2026-01-15T09:30:00.000Z',
    refreshing: false,
    failure: null,
    siteUrl: 'https://example.atlassian.net',
    today: TODAY,
    canRefresh: true,
    viewerCan: { link: true, administer: true, manage: true },
    streams: input.streams,
    epics: redactor.epics(epics),
    dependencies: analysis.dependencies.map((d) => redactor.dependency(d)),
    cycles: analysis.cycles.map((cycle) => redactor.cycle(cycle)),
    criticalPath: redactor.criticalPath(analysis.criticalPath),
    matrix: redactor.matrix(analysis.matrix, analysis.dependencies),
    streamSummaries: analysis.streams,
    counts: analysis.counts,
    redacted: { epics: redactor.hiddenEpics, dependencies: redactor.hiddenDependencies },
  };
}

/** The dependency with this id, or a clear failure naming the ids there are. */
export function dependencyOf(view: ProgrammeView, id: string): DependencyView {
  const found = view.dependencies.find((d) => d.id === id);
  if (!found) throw new Error(`no dependency ${id}; have ${view.dependencies.map((d) => d.id).join(', ')}`);
  return found;
}
