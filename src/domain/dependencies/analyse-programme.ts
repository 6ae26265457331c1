import type { CalendarDate } from '../calendar-date';
import { compareIssueKeys, type IssueKey } from '../ids';
import type { DependencyLink, Stream, WorkItem } from '../programme';
import { assessForDay, type LinkedDependency } from './assess';
import { buildDependencyGraph, findCycles } from './graph-analysis';
import { rollUpLinks } from './roll-up';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions, type DependencyEnd, type ProgrammeAnalysis } from './types';

export interface ProgrammeInput {
  streams: readonly Stream[];
  items: readonly WorkItem[];
  links: readonly DependencyLink[];
  today: CalendarDate;
}

function endFor(key: IssueKey, itemsByKey: ReadonlyMap<string, WorkItem>): DependencyEnd {
  const item = itemsByKey.get(key);
  if (!item) return { key, summary: null, streamId: null, external: true, statusCategory: null, startDate: null, dueDate: null };
  return {
    key,
    summary: item.summary,
    streamId: item.streamId,
    external: item.streamId === null,
    statusCategory: item.statusCategory,
    startDate: item.startDate,
    dueDate: item.dueDate,
  };
}

/**
 * The dependency analysis behind the programme panel: rolls links up to epics, finds cycles, then classifies each
 * dependency by its dates as of `today`, finds the critical path of the work left and counts dependencies per pair
 * of streams (assessForDay). Pure and
 * deterministic: the same input always gives the same output, in the same order.
 */
export function analyseProgramme(input: ProgrammeInput, options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS): ProgrammeAnalysis {
  const itemsByKey = new Map(input.items.map((item) => [item.key as string, item]));
  const { edges, internal } = rollUpLinks(itemsByKey, input.links);

  const nodes = new Map<string, DependencyEnd>();
  const endOf = (key: IssueKey) => {
    const existing = nodes.get(key);
    if (existing) return existing;
    const created = endFor(key, itemsByKey);
    nodes.set(key, created);
    return created;
  };
  for (const edge of edges) {
    endOf(edge.blocker);
    endOf(edge.blocked);
  }
  const graph = buildDependencyGraph([...nodes.values()], edges);
  const cycles = findCycles(graph);
  const cycleIndex = new Map<string, number>();
  cycles.forEach((cycle, index) => cycle.members.forEach((member) => cycleIndex.set(member, index)));

  const linked: LinkedDependency[] = edges
    .map((edge) => {
      const blocker = endOf(edge.blocker);
      const blocked = endOf(edge.blocked);
      const blockerCycle = cycleIndex.get(edge.blocker);
      return {
        id: `${edge.blocker}->${edge.blocked}`,
        blocker,
        blocked,
        crossStream: blocker.streamId !== null && blocked.streamId !== null && blocker.streamId !== blocked.streamId,
        inCycle: blockerCycle !== undefined && blockerCycle === cycleIndex.get(edge.blocked),
        evidence: edge.evidence,
      };
    })
    .sort((a, b) => compareIssueKeys(a.blocker.key, b.blocker.key) || compareIssueKeys(a.blocked.key, b.blocked.key));

  const day = assessForDay(linked, cycles.length, input.streams.map((stream) => stream.id), input.today, options);
  return {
    today: input.today,
    dependencies: day.dependencies,
    internalLinks: internal,
    cycles,
    criticalPath: day.criticalPath,
    matrix: day.matrix,
    streams: day.streams,
    counts: day.counts,
  };
}
