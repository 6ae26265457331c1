import { entryOf } from '../id-keyed';
import { compareIssueKeys } from '../ids';
import type { WorkItem } from '../programme';
import { hasAnyTag } from '../tags';
import { resolveInheritedTags, type CoverageDimension, type InheritedTags } from './inherited-tags';

/** One stream × touchpoint cell: issues, how many are done, and the parents that passed the touchpoint down. */
export interface CellTally {
  count: number;
  done: number;
  /** Keys of the direct parents the cell's inheriting issues took the term from (sorted). */
  parents: string[];
}

/** One lifecycle × touchpoint cell: issues, and the parents each of the two terms was inherited from. */
export interface PairTally {
  count: number;
  parents: Record<CoverageDimension, string[]>;
}

/** Cells by row id, then column id. Maps, because the ids are data (a touchpoint may be called `constructor`). */
export type TallyGrid<C> = Map<string, Map<string, C>>;

/**
 * The additive raw material of the coverage views, by term id (no labels, no order): the snapshot keeps one per
 * project and stream, so the views for a user are the sum over the projects they may browse.
 */
export interface CoverageTally {
  /** Issues counted. */
  issues: number;
  /** stream id → touchpoint id → cell */
  streamTouchpoint: TallyGrid<CellTally>;
  /** lifecycle id → touchpoint id → cell */
  lifecycleTouchpoint: TallyGrid<PairTally>;
  /** Use-case ids some issue is tagged with (sorted). */
  useCases: string[];
  /** Epics (hierarchy level 1 and above) without a single tag of their own, by key. */
  untaggedEpics: Array<{ key: string; summary: string; streamId: string }>;
  /** The issue type names of the programme's epics, for the "untagged epics" search. */
  epicTypes: string[];
}

export function emptyTally(): CoverageTally {
  return { issues: 0, streamTouchpoint: new Map(), lifecycleTouchpoint: new Map(), useCases: [], untaggedEpics: [], epicTypes: [] };
}

const sortedUnion = (a: readonly string[], b: readonly string[], compare?: (x: string, y: string) => number) => [...new Set([...a, ...b])].sort(compare);

function addParent(list: string[], key: string | null): string[] {
  return key === null || list.includes(key) ? list : [...list, key].sort(compareIssueKeys);
}

/**
 * Counts the items of a programme (or one project's share of it). `inherited` is resolved over the WHOLE
 * programme, so an issue in one project still inherits from an epic in another.
 */
export function tallyCoverage(items: readonly WorkItem[], inherited: InheritedTags = resolveInheritedTags(items)): CoverageTally {
  const tally = emptyTally();
  const useCases = new Set<string>();
  const epicTypes = new Set<string>();
  for (const item of items) {
    if (item.streamId === null) continue;
    const tags = inherited.get(item.key);
    if (!tags) continue;
    tally.issues += 1;
    const done = item.statusCategory === 'done' ? 1 : 0;
    for (const id of item.tags?.useCase ?? []) useCases.add(id);
    if (item.hierarchyLevel >= 1) {
      epicTypes.add(item.issueType);
      if (!item.tags || !hasAnyTag(item.tags)) tally.untaggedEpics.push({ key: item.key, summary: item.summary, streamId: item.streamId });
    }
    const row = entryOf(tally.streamTouchpoint, item.streamId, () => new Map<string, CellTally>());
    for (const touchpoint of tags.touchpoint.ids) {
      const cell = entryOf(row, touchpoint, () => ({ count: 0, done: 0, parents: [] }));
      cell.count += 1;
      cell.done += done;
      cell.parents = addParent(cell.parents, tags.touchpoint.inheritedFrom);
    }
    for (const lifecycle of tags.lifecycle.ids) {
      const lifecycleRow = entryOf(tally.lifecycleTouchpoint, lifecycle, () => new Map<string, PairTally>());
      for (const touchpoint of tags.touchpoint.ids) {
        const cell = entryOf(lifecycleRow, touchpoint, (): PairTally => ({ count: 0, parents: { touchpoint: [], lifecycle: [] } }));
        cell.count += 1;
        cell.parents = { touchpoint: addParent(cell.parents.touchpoint, tags.touchpoint.inheritedFrom), lifecycle: addParent(cell.parents.lifecycle, tags.lifecycle.inheritedFrom) };
      }
    }
  }
  tally.useCases = [...useCases].sort();
  tally.epicTypes = [...epicTypes].sort();
  tally.untaggedEpics.sort((a, b) => compareIssueKeys(a.key, b.key));
  return tally;
}

/** The sum of several tallies (a user's browsable projects). */
export function mergeTallies(tallies: readonly CoverageTally[]): CoverageTally {
  const merged = emptyTally();
  for (const tally of tallies) {
    merged.issues += tally.issues;
    for (const [streamId, row] of tally.streamTouchpoint) {
      const target = entryOf(merged.streamTouchpoint, streamId, () => new Map<string, CellTally>());
      for (const [touchpoint, cell] of row) {
        const into = target.get(touchpoint);
        target.set(touchpoint, into ? { count: into.count + cell.count, done: into.done + cell.done, parents: sortedUnion(into.parents, cell.parents, compareIssueKeys) } : { ...cell, parents: [...cell.parents] });
      }
    }
    for (const [lifecycle, row] of tally.lifecycleTouchpoint) {
      const target = entryOf(merged.lifecycleTouchpoint, lifecycle, () => new Map<string, PairTally>());
      for (const [touchpoint, cell] of row) {
        const into = target.get(touchpoint);
        target.set(
          touchpoint,
          into
            ? { count: into.count + cell.count, parents: { touchpoint: sortedUnion(into.parents.touchpoint, cell.parents.touchpoint, compareIssueKeys), lifecycle: sortedUnion(into.parents.lifecycle, cell.parents.lifecycle, compareIssueKeys) } }
            : { count: cell.count, parents: { touchpoint: [...cell.parents.touchpoint], lifecycle: [...cell.parents.lifecycle] } },
        );
      }
    }
    merged.useCases = sortedUnion(merged.useCases, tally.useCases);
    merged.epicTypes = sortedUnion(merged.epicTypes, tally.epicTypes);
    merged.untaggedEpics.push(...tally.untaggedEpics);
  }
  merged.untaggedEpics.sort((a, b) => compareIssueKeys(a.key, b.key));
  return merged;
}
