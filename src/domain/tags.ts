import { z } from 'zod';
import { TermIdSchema, UseCaseIdSchema, type TermId, type UseCaseId } from './ids';
import { TAGGED_DIMENSIONS, type TaggedDimensionId } from './taxonomy/dimensions';
import { MAX_TERMS_PER_DIMENSION, phaseOf, termsById, type Taxonomy } from './taxonomy/taxonomy';
import type { UseCase } from './use-case';

/** A tag slot: one of the five tagged dimensions, or the use cases an issue implements. */
export type TagSlot = TaggedDimensionId | 'useCase';
export const TAG_SLOTS: readonly TagSlot[] = [...TAGGED_DIMENSIONS, 'useCase'];

/**
 * The journey tags on one issue: term ids per dimension plus use-case ids. Order is the order they were added.
 * This is how tags are READ (Jira's property, the snapshot): leniently, without a count limit, because Jira stores
 * whatever anyone wrote into the property (up to its 32,768-character value limit, a few thousand ids) and a
 * maximum here would make such an issue unreadable. What a user SENDS is bounded: JourneyTagsInputSchema.
 */
export const JourneyTagsSchema = z.object({
  touchpoint: z.array(TermIdSchema).default([]),
  lifecycle: z.array(TermIdSchema).default([]),
  category: z.array(TermIdSchema).default([]),
  action: z.array(TermIdSchema).default([]),
  channel: z.array(TermIdSchema).default([]),
  useCase: z.array(UseCaseIdSchema).default([]),
});
export type JourneyTags = z.infer<typeof JourneyTagsSchema>;

/** The most use cases one issue may be tagged with: more than a plausible catalogue holds for one piece of work. */
export const MAX_USE_CASES_PER_ISSUE = 200;

/** The ids in their first-mentioned order, each once: a slot is a set. Linear. */
export function uniqueInOrder<T>(ids: readonly T[]): T[] {
  return [...new Set(ids)];
}

const slotInput = <S extends z.ZodType<string>>(id: S, max: number) => z.array(id).max(max).default([]).transform(uniqueInOrder);

/**
 * Tags as a user sends them (`tags/save`): at most MAX_TERMS_PER_DIMENSION terms per dimension and
 * MAX_USE_CASES_PER_ISSUE use cases, so merging them stays cheap. A slot naming an id twice is collapsed to the first
 * mention rather than refused: `base` echoes what Jira stores, and that may hold duplicates written by someone else.
 */
export const JourneyTagsInputSchema = z.object({
  touchpoint: slotInput(TermIdSchema, MAX_TERMS_PER_DIMENSION),
  lifecycle: slotInput(TermIdSchema, MAX_TERMS_PER_DIMENSION),
  category: slotInput(TermIdSchema, MAX_TERMS_PER_DIMENSION),
  action: slotInput(TermIdSchema, MAX_TERMS_PER_DIMENSION),
  channel: slotInput(TermIdSchema, MAX_TERMS_PER_DIMENSION),
  useCase: slotInput(UseCaseIdSchema, MAX_USE_CASES_PER_ISSUE),
});

export function emptyTags(): JourneyTags {
  return { touchpoint: [], lifecycle: [], category: [], action: [], channel: [], useCase: [] };
}

export function hasAnyTag(tags: JourneyTags): boolean {
  return TAG_SLOTS.some((slot) => tags[slot].length > 0);
}

export type TagError =
  | { code: 'TERM_UNKNOWN'; dimension: TaggedDimensionId; termId: string }
  | { code: 'TERM_RETIRED'; dimension: TaggedDimensionId; termId: string }
  | { code: 'USE_CASE_UNKNOWN'; useCaseId: string }
  | { code: 'USE_CASE_RETIRED'; useCaseId: string };

/**
 * Checks the tags a user wants against the taxonomy and catalogue. Terms and use cases already on the issue
 * may be retired (they stay readable); newly added ones must be active. One pass over each list: lookups go
 * through Maps and Sets, since a stored issue, taxonomy or catalogue may be large.
 */
export function validateTagChange(before: JourneyTags, after: JourneyTags, taxonomy: Taxonomy, useCases: readonly UseCase[]): TagError[] {
  const errors: TagError[] = [];
  for (const dimension of TAGGED_DIMENSIONS) {
    const terms = termsById(taxonomy, dimension);
    const had = new Set<string>(before[dimension]);
    for (const termId of after[dimension]) {
      const term = terms.get(termId);
      if (!term) errors.push({ code: 'TERM_UNKNOWN', dimension, termId });
      else if (term.retired && !had.has(termId)) errors.push({ code: 'TERM_RETIRED', dimension, termId });
    }
  }
  const catalogue = new Map(useCases.map((useCase) => [useCase.id as string, useCase]));
  const hadUseCases = new Set<string>(before.useCase);
  for (const useCaseId of after.useCase) {
    const useCase = catalogue.get(useCaseId);
    if (!useCase) errors.push({ code: 'USE_CASE_UNKNOWN', useCaseId });
    else if (useCase.retired && !hadUseCases.has(useCaseId)) errors.push({ code: 'USE_CASE_RETIRED', useCaseId });
  }
  return errors;
}

/** What one editor changed: ids added and removed per slot, each id once. */
export type TagEdit = { add: Partial<Record<TagSlot, string[]>>; remove: Partial<Record<TagSlot, string[]>> };

/** The edit that turns `base` into `mine`. Linear in the sizes of both. */
export function diffTags(base: JourneyTags, mine: JourneyTags): TagEdit {
  const edit: TagEdit = { add: {}, remove: {} };
  for (const slot of TAG_SLOTS) {
    const baseIds = new Set<string>(base[slot]);
    const mineIds = new Set<string>(mine[slot]);
    const added = [...mineIds].filter((id) => !baseIds.has(id));
    const removed = [...baseIds].filter((id) => !mineIds.has(id));
    if (added.length > 0) edit.add[slot] = added;
    if (removed.length > 0) edit.remove[slot] = removed;
  }
  return edit;
}

/**
 * Applies an edit to the tags as they are now: keeps their order, appends additions, drops removals; every id once
 * (a duplicate someone wrote into Jira collapses to its first mention). Linear in the sizes of both.
 */
export function applyTagEdit(current: JourneyTags, edit: TagEdit): JourneyTags {
  const next = emptyTags();
  for (const slot of TAG_SLOTS) {
    const removed = new Set(edit.remove[slot] ?? []);
    const kept = new Set<string>();
    for (const id of current[slot]) if (!removed.has(id)) kept.add(id);
    for (const id of edit.add[slot] ?? []) kept.add(id);
    (next[slot] as string[]) = [...kept];
  }
  return next;
}

/**
 * Merges two people's edits per term: my additions and removals (against what I loaded) are applied on
 * top of what is stored now, so a term someone else added or removed meanwhile is kept as they left it.
 */
export function mergeTagEdits(base: JourneyTags, mine: JourneyTags, latest: JourneyTags): JourneyTags {
  return applyTagEdit(latest, diffTags(base, mine));
}

/** Where a tag shown on an issue comes from: the issue itself, its epic, or both. */
export type TagSource = 'own' | 'epic' | 'both';

/** The issue's own tags beside its epic's, which a child shows as inherited (derived, never copied). Linear. */
export function effectiveTags(own: JourneyTags, epic: JourneyTags | undefined): Record<TagSlot, Array<{ id: string; source: TagSource }>> {
  const result = {} as Record<TagSlot, Array<{ id: string; source: TagSource }>>;
  for (const slot of TAG_SLOTS) {
    const ownIds = new Set<string>(own[slot]);
    const epicIds = new Set<string>(epic?.[slot] ?? []);
    result[slot] = [
      ...[...ownIds].map((id) => ({ id, source: (epicIds.has(id) ? 'both' : 'own') as TagSource })),
      ...[...epicIds].filter((id) => !ownIds.has(id)).map((id) => ({ id, source: 'epic' as TagSource })),
    ];
  }
  return result;
}

/**
 * The issue property value Jira indexes for JQL: the tags plus the phases their lifecycle stages fall into. A stage
 * the taxonomy does not map (written into Jira directly, or removed since) adds no phase.
 */
export function toIndexedProperty(tags: JourneyTags, taxonomy: Taxonomy): JourneyTags & { phase: TermId[] } {
  const phases = new Set<TermId>();
  for (const stage of tags.lifecycle) {
    const phase = phaseOf(taxonomy, stage);
    if (phase !== undefined) phases.add(phase);
  }
  return { ...tags, phase: [...phases] };
}

export type { UseCaseId };
