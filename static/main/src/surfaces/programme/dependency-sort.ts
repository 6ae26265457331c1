import type { DependencyView, EndView } from '../../../../../src/contract/programme';
import { DEPENDENCY_STATUSES } from '../../../../../src/domain/dependencies/types';
import { compareIssueKeys } from '../../../../../src/domain/ids';

export const SORT_COLUMNS = ['status', 'gap', 'blocker', 'blocked'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  column: SortColumn;
  direction: SortDirection;
}

/** Most urgent first: conflicts by overlap, then at risk, and so on; the order a programme manager acts in. */
export const DEFAULT_SORT: SortOrder = { column: 'status', direction: 'ascending' };

const severityRank = new Map<string, number>(DEPENDENCY_STATUSES.map((status, index) => [status, index]));

/**
 * Days of trouble: the overlap of a conflict as a positive number, slack as a negative one, so "worst first"
 * is one descending order. Undated dependencies have no gap and sort last in either direction.
 */
export function gapScore(dependency: DependencyView): number | null {
  if (dependency.overlapDays !== null && dependency.overlapDays > 0) return dependency.overlapDays;
  if (dependency.slackDays !== null) return -dependency.slackDays;
  return null;
}

// Hidden ends have no key to show; they sort after every visible key.
function compareEnds(a: EndView, b: EndView): number {
  if (a.hidden || b.hidden) return Number(a.hidden) - Number(b.hidden);
  return compareIssueKeys(a.key, b.key);
}

function byKeys(a: DependencyView, b: DependencyView): number {
  return compareEnds(a.blocker, b.blocker) || compareEnds(a.blocked, b.blocked) || a.id.localeCompare(b.id);
}

function byGapWorstFirst(a: DependencyView, b: DependencyView): number {
  const ga = gapScore(a);
  const gb = gapScore(b);
  if (ga === null || gb === null) return Number(ga === null) - Number(gb === null);
  return gb - ga;
}

/** A new sorted array; ties fall back to the keys so the order never jumps between renders. */
export function sortDependencies(dependencies: readonly DependencyView[], order: SortOrder): DependencyView[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const primary = (a: DependencyView, b: DependencyView): number => {
    switch (order.column) {
      case 'status':
        return sign * ((severityRank.get(a.status) ?? 0) - (severityRank.get(b.status) ?? 0)) || byGapWorstFirst(a, b);
      case 'gap': {
        // Undated rows stay at the bottom whichever way the column is sorted.
        const undated = Number(gapScore(a) === null) - Number(gapScore(b) === null);
        return undated || sign * byGapWorstFirst(a, b);
      }
      case 'blocker':
        return sign * compareEnds(a.blocker, b.blocker);
      case 'blocked':
        return sign * compareEnds(a.blocked, b.blocked);
    }
  };
  return [...dependencies].sort((a, b) => primary(a, b) || byKeys(a, b));
}

/** Clicking a column header: the same column flips direction, a new one starts ascending. */
export function nextSort(current: SortOrder, column: SortColumn): SortOrder {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
