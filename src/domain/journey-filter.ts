import type { JourneyTags } from './tags';
import type { WorkItem } from './programme';
import { createEpicResolver } from './dependencies/roll-up';

/** The slots the programme page filters by. */
export const FILTER_SLOTS = ['touchpoint', 'lifecycle', 'useCase'] as const;
export type FilterSlot = (typeof FILTER_SLOTS)[number];

/** The terms an epic stands for in the filters: its own tags and those of every issue that rolls up to it. */
export type EpicTags = { [S in FilterSlot]: string[] };

/** Chosen terms per slot; an empty slot does not restrict. */
export type JourneyFilter = { [S in FilterSlot]: readonly string[] };
export const NO_JOURNEY_FILTER: JourneyFilter = { touchpoint: [], lifecycle: [], useCase: [] };

export function isJourneyFilterEmpty(filter: JourneyFilter): boolean {
  return FILTER_SLOTS.every((slot) => filter[slot].length === 0);
}

/**
 * Whether an epic's tags pass the filter: within a slot any chosen term will do, across slots all must hold
 * ("Website" and "Explore" = epics serving the website in the explore stage). Missing tags pass only an empty filter.
 */
export function matchesJourney(tags: EpicTags | undefined, filter: JourneyFilter): boolean {
  return FILTER_SLOTS.every((slot) => filter[slot].length === 0 || filter[slot].some((id) => tags?.[slot].includes(id) === true));
}

/**
 * Each epic's aggregate tags (epic-level items only; an issue without an epic above it stands for itself, as in
 * the dependency roll-up). Ids keep first-seen order: the epic's own first, then its issues' in key order given.
 */
export function aggregateEpicTags(items: readonly WorkItem[]): Map<string, EpicTags> {
  const byKey = new Map(items.map((item) => [item.key as string, item]));
  const epicOf = createEpicResolver(byKey);
  const ordered = [...items].sort((a, b) => (b.hierarchyLevel >= 1 ? 1 : 0) - (a.hierarchyLevel >= 1 ? 1 : 0));
  const result = new Map<string, EpicTags>();
  for (const item of ordered) {
    const tags: JourneyTags | undefined = item.tags;
    if (!tags) continue;
    const epic = epicOf(item.key);
    const target = result.get(epic) ?? { touchpoint: [], lifecycle: [], useCase: [] };
    for (const slot of FILTER_SLOTS) for (const id of tags[slot] as string[]) if (!target[slot].includes(id)) target[slot].push(id);
    result.set(epic, target);
  }
  return result;
}
