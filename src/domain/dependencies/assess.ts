import type { CalendarDate } from '../calendar-date';
import type { StreamId } from '../ids';
import { classifyDependency } from './classify';
import { findCriticalPath } from './graph-analysis';
import { buildMatrix, summariseStreams } from './matrix';
import { DEPENDENCY_STATUSES, type AnalysisCounts, type AnalysisOptions, type CriticalPath, type Dependency, type DependencyStatus, type MatrixCell, type StreamDependencySummary } from './types';

/** A dependency as its structure gives it: who waits on whom, and whether it sits in a cycle — nothing that depends on the day. */
export type LinkedDependency = Omit<Dependency, 'status' | 'slackDays' | 'overlapDays' | 'blockerOverdue' | 'onCriticalPath'>;

export interface DayAssessment<T extends LinkedDependency> {
  dependencies: Array<T & Pick<Dependency, 'status' | 'slackDays' | 'overlapDays' | 'blockerOverdue' | 'onCriticalPath'>>;
  criticalPath: CriticalPath;
  matrix: MatrixCell[];
  streams: StreamDependencySummary[];
  counts: AnalysisCounts;
}

/**
 * What the dates say about each dependency on one calendar day: its status, slack or overlap, the critical path of
 * the work left, the stream matrix and the counts. Split from the structure (roll-up, cycles) so each viewer's own
 * "today" can be applied to a stored snapshot without reading Jira again. Keeps the input's order and extra fields.
 */
export function assessForDay<T extends LinkedDependency>(
  linked: readonly T[],
  cycleCount: number,
  streamOrder: readonly StreamId[],
  today: CalendarDate,
  options: AnalysisOptions,
): DayAssessment<T> {
  const criticalPath = findCriticalPath(linked, today);
  const criticalEdges = new Set(criticalPath.keys.slice(1).map((key, index) => `${criticalPath.keys[index]}\u0000${key}`));
  const dependencies = linked.map((dependency) => ({
    ...dependency,
    ...classifyDependency(dependency.blocker, dependency.blocked, today, options),
    onCriticalPath: criticalEdges.has(`${dependency.blocker.key}\u0000${dependency.blocked.key}`),
  }));
  const matrix = buildMatrix(dependencies, streamOrder);
  return { dependencies, criticalPath, matrix, streams: summariseStreams(matrix, streamOrder), counts: countDependencies(dependencies, cycleCount) };
}

/** The headline counters over a list of dependencies. */
export function countDependencies(dependencies: ReadonlyArray<Pick<Dependency, 'status' | 'crossStream' | 'blocker' | 'blocked'>>, cycles: number): AnalysisCounts {
  const byStatus = new Map<DependencyStatus, number>(DEPENDENCY_STATUSES.map((status) => [status, 0]));
  let crossStream = 0;
  let external = 0;
  for (const d of dependencies) {
    byStatus.set(d.status, (byStatus.get(d.status) ?? 0) + 1);
    if (d.crossStream) crossStream += 1;
    if (d.blocker.external || d.blocked.external) external += 1;
  }
  const counts = Object.fromEntries(byStatus) as Record<DependencyStatus, number>;
  return { dependencies: dependencies.length, crossStream, external, cycles, byStatus: counts };
}
