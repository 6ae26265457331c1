import { JourneyTagsSchema, TAG_SLOTS, activeTerms, effectiveTags, emptyTags, findTerm, type JourneyTags, type TagSlot, type TagSource, type Taxonomy, type UseCase } from '../../../../../src/domain';
import type { Language } from '../../i18n/messages';
import { jt } from './journey-messages';

/**
 * Pure helpers of the tag pickers: which terms a picker offers, how a chosen term reads, whether the draft
 * differs from what is stored, and the tags payload. Kept apart from React so they can be unit-tested.
 */

export interface TagOption {
  value: string;
  label: string;
  retired: boolean;
}

/** Ids chosen per slot, as the pickers hold them. */
export type TagDraft = Record<TagSlot, string[]>;

/** How a tag reads: the term's label in the user's language (a use case as "UC-001 · title"); unknown ids as themselves. */
export function tagOption(slot: TagSlot, id: string, taxonomy: Taxonomy, useCases: readonly UseCase[], language: Language): TagOption {
  if (slot === 'useCase') {
    const useCase = useCases.find((u) => u.id === id);
    return { value: id, label: useCase ? `${id} · ${useCase.title}` : id, retired: useCase?.retired ?? false };
  }
  const term = findTerm(taxonomy, slot, id);
  return { value: id, label: term?.labels[language] ?? id, retired: term?.retired ?? false };
}

/** A chosen tag's label, marked when it is retired (it stays on the issue but is no longer offered). */
export function chosenLabel(option: TagOption, language: Language): string {
  return option.retired ? jt(language, 'picker.retired', { label: option.label }) : option.label;
}

/** What a picker offers: active terms (or use cases) only, in the admin's order. */
export function offeredOptions(slot: TagSlot, taxonomy: Taxonomy, useCases: readonly UseCase[], language: Language): TagOption[] {
  if (slot === 'useCase') return useCases.filter((u) => !u.retired).map((u) => tagOption(slot, u.id, taxonomy, useCases, language));
  return activeTerms(taxonomy, slot).map((term) => tagOption(slot, term.id, taxonomy, useCases, language));
}

/** Every term of a slot, retired ones included: what may be removed in bulk. */
export function allOptions(slot: TagSlot, taxonomy: Taxonomy, useCases: readonly UseCase[], language: Language): TagOption[] {
  const ids = slot === 'useCase' ? useCases.map((u) => u.id as string) : taxonomy.dimensions[slot].map((t) => t.id as string);
  return ids.map((id) => tagOption(slot, id, taxonomy, useCases, language));
}

export function draftOf(tags: JourneyTags): TagDraft {
  const draft = {} as TagDraft;
  for (const slot of TAG_SLOTS) draft[slot] = [...tags[slot]];
  return draft;
}

/** Unsaved when any slot holds a different set of ids than what was loaded (order does not matter). */
export function hasUnsavedChanges(stored: JourneyTags, draft: TagDraft): boolean {
  return TAG_SLOTS.some((slot) => {
    const before = new Set<string>(stored[slot]);
    const after = new Set(draft[slot]);
    return before.size !== after.size || [...after].some((id) => !before.has(id));
  });
}

/** The draft as the `tags` of `tags/save`, checked by the shared schema (ids are branded there). */
export function tagsPayload(draft: TagDraft): JourneyTags {
  return JourneyTagsSchema.parse({ ...emptyTags(), ...draft });
}

type Shown = Record<TagSlot, Array<{ id: string; source: TagSource }>>;

/** The epic's tags per slot, read back from what the panel shows (inherited ones are derived, never stored). */
export function inheritedOf(shown: Shown): JourneyTags {
  const draft = {} as TagDraft;
  for (const slot of TAG_SLOTS) draft[slot] = shown[slot].filter((t) => t.source !== 'own').map((t) => t.id);
  return tagsPayload(draft);
}

/** What the panel shows after a save: the stored tags beside the unchanged inherited ones. */
export function shownAfterSave(stored: JourneyTags, shownBefore: Shown): Shown {
  const inherited = inheritedOf(shownBefore);
  return effectiveTags(stored, TAG_SLOTS.some((slot) => inherited[slot].length > 0) ? inherited : undefined);
}
