import type { WorkItem } from '../programme';

/** The two dimensions the coverage views cross: where in the journey (touchpoint) and when (lifecycle stage). */
export const COVERAGE_DIMENSIONS = ['touchpoint', 'lifecycle'] as const;
export type CoverageDimension = (typeof COVERAGE_DIMENSIONS)[number];

/** The terms an issue counts for in one dimension, and the parent they came from when inherited. */
export interface DimensionTags {
  ids: readonly string[];
  /** The direct parent whose terms these are, or null when they are the issue's own (or it has none). */
  inheritedFrom: string | null;
}

export type InheritedTags = ReadonlyMap<string, Record<CoverageDimension, DimensionTags>>;

const NONE: DimensionTags = { ids: [], inheritedFrom: null };

/**
 * What each issue counts for, per dimension. The rule: an issue below epic level that leaves a dimension empty
 * takes that dimension from its parent (recursively, so a sub-task under an untagged story gets the epic's);
 * an issue's own terms always win, and epics inherit nothing. Per dimension rather than "no tags at all", because
 * a story tagged only with a channel still serves its epic's touchpoints — a narrower tag in one dimension must
 * not erase the others. It is also exactly what Jira can search: `journeyTouchpoint = "x" OR (journeyTouchpoint
 * is EMPTY AND parent in (…))` finds the same issues, so every coverage cell has a JQL that matches its count.
 */
export function resolveInheritedTags(items: readonly WorkItem[]): InheritedTags {
  const byKey = new Map(items.map((item) => [item.key as string, item]));
  const resolved = new Map<string, Record<CoverageDimension, DimensionTags>>();
  const resolving = new Set<string>();

  const resolve = (item: WorkItem): Record<CoverageDimension, DimensionTags> => {
    const known = resolved.get(item.key);
    if (known) return known;
    // A corrupt parent loop in the data: stop inheriting where it closes.
    if (resolving.has(item.key)) return { touchpoint: NONE, lifecycle: NONE };
    resolving.add(item.key);
    const parent = item.hierarchyLevel < 1 && item.parentKey ? byKey.get(item.parentKey) : undefined;
    const fromParent = parent ? resolve(parent) : undefined;
    const result = {} as Record<CoverageDimension, DimensionTags>;
    for (const dimension of COVERAGE_DIMENSIONS) {
      const own: readonly string[] = item.tags?.[dimension] ?? [];
      if (own.length > 0) result[dimension] = { ids: own, inheritedFrom: null };
      else if (parent && fromParent && fromParent[dimension].ids.length > 0) result[dimension] = { ids: fromParent[dimension].ids, inheritedFrom: parent.key };
      else result[dimension] = NONE;
    }
    resolving.delete(item.key);
    resolved.set(item.key, result);
    return result;
  };

  for (const item of items) resolve(item);
  return resolved;
}
