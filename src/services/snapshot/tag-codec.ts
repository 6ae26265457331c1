import { TAG_SLOTS, TermIdSchema, UseCaseIdSchema, emptyTags, hasAnyTag, type JourneyTags, type TagSlot } from '../../domain';
import { ownValue } from '../../domain/id-keyed';

/**
 * The journey tags an issue carries, kept in the snapshot compactly: one string per tag, `slot letter:id`
 * (`t:website`, `u:UC-001`), and nothing at all for an untagged issue. Twenty thousand issues then add a few
 * bytes each instead of six empty arrays.
 */
const LETTER: Record<TagSlot, string> = { touchpoint: 't', lifecycle: 'l', category: 'c', action: 'a', channel: 'h', useCase: 'u' };
const SLOT_OF = new Map<string, TagSlot>(TAG_SLOTS.map((slot) => [LETTER[slot], slot]));

export function packTags(tags: JourneyTags | undefined): string[] | undefined {
  if (!tags || !hasAnyTag(tags)) return undefined;
  return TAG_SLOTS.flatMap((slot) => (tags[slot] as string[]).map((id) => `${LETTER[slot]}:${id}`));
}

export function unpackTags(packed: readonly string[] | undefined): JourneyTags | undefined {
  if (!packed || packed.length === 0) return undefined;
  const tags = emptyTags();
  for (const entry of packed) {
    const slot = SLOT_OF.get(entry.slice(0, 1));
    if (slot && entry.charAt(1) === ':') (tags[slot] as string[]).push(entry.slice(2));
  }
  return tags;
}

/**
 * The tags in a journey property value as Jira hands it over. Tolerant on purpose: anyone who may edit an issue
 * can write the property, and one malformed value must not fail the whole snapshot, so ids that do not look like
 * ids are dropped (the issue panel reports such a property when someone opens the issue). Well-formed ids are kept
 * whatever they spell — `constructor` is a term id like any other. Only the value's own slots are read: a
 * `"__proto__"` entry in the JSON is not a way to smuggle tags in.
 */
export function tagsOfPropertyValue(value: unknown): JourneyTags | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const tags = emptyTags();
  for (const slot of TAG_SLOTS) {
    const list = ownValue(record, slot);
    if (!Array.isArray(list)) continue;
    const schema = slot === 'useCase' ? UseCaseIdSchema : TermIdSchema;
    const ids = list.filter((id): id is string => typeof id === 'string' && schema.safeParse(id).success);
    (tags[slot] as string[]) = [...new Set(ids)];
  }
  return hasAnyTag(tags) ? tags : undefined;
}
