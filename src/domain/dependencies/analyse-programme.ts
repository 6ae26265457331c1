import type { CalendarDate } from '../calendar-date';
import { compareIssueKeys, type IssueKey } from '../ids';
import type { DependencyLink, Stream, WorkItem } from '../programme';
import { classifyDependency } from './classify';
import { buildDependencyGraph, findCriticalPath, findCycles } from './graph-analysis';
import { buildMatrix, summariseStreams } from './matrix';
import { rollUpLinks } from './roll-up';
import { DEFAULT_ANALYSIS_OPTIONS, DEPENDENCY_STATUSES, type AnalysisOptions, type Dependency, type DependencyEnd, type DependencyStatus, type ProgrammeAnalysis } from './types';

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
 * The dependency analysis behind the programme panel: rolls links up to epics, classifies each dependency by
 * its dates, finds cycles and the critical path, and counts dependencies per pair of streams. Pure and
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
  const criticalPath = findCriticalPath(graph, cycles);
  const cycleIndex = new Map<string, number>();
  cycles.forEach((cycle, index) => cycle.members.forEach((member) => cycleIndex.set(member, index)));
  const criticalEdges = new Set(criticalPath.keys.slice(1).map((key, index) => `${criticalPath.keys[index]}->${key}`));

  const dependencies: Dependency[] = edges
    .map((edge) => {
      const blocker = endOf(edge.blocker);
      const blocked = endOf(edge.blocked);
      const id = `${edge.blocker}->${edge.blocked}`;
      const blockerCycle = cycleIndex.get(edge.blocker);
      return {
        id,
        blocker,
        blocked,
        crossStream: blocker.streamId !== null && blocked.streamId !== null && blocker.streamId !== blocked.streamId,
        ...classifyDependency(blocker, blocked, input.today, options),
        inCycle: blockerCycle !== undefined && blockerCycle === cycleIndex.get(edge.blocked),
        onCriticalPath: criticalEdges.has(id),
        evidence: edge.evidence,
      };
    })
    .sort((a, b) => compareIssueKeys(a.blocker.key, b.blocker.key) || compareIssueKeys(a.blocked.key, b.blocked.key));

  const streamOrder = input.streams.map((stream) => stream.id);
  const matrix = buildMatrix(dependencies, streamOrder);
  const byStatus = Object.fromEntries(DEPENDENCY_STATUSES.map((status) => [status, 0])) as Record<DependencyStatus, number>;
  for (const dependency of dependencies) byStatus[dependency.status] += 1;

  return {
    today: input.today,
    dependencies,
    internalLinks: internal,
    cycles,
    criticalPath,
    matrix,
    streams: summariseStreams(matrix, streamOrder),
    counts: {
      dependencies: dependencies.length,
      crossStream: dependencies.filter((d) => d.crossStream).length,
      external: dependencies.filter((d) => d.blocker.external || d.blocked.external).length,
      cycles: cycles.length,
      byStatus,
    },
  };
}
