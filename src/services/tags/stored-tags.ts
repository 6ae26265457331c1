import {
  JOURNEY_PROPERTY_KEY, JourneyTagsSchema, TAG_SLOTS, applyTagEdit, emptyTags, toIndexedProperty, validateTagChange,
  type JourneyTags, type TagEdit, type TagError, type Taxonomy, type UseCase,
} from '../../domain';
import type { IssueJourneyProperty } from '../../platform/jira-properties';
import type { ChangeOf } from '../../platform/jira-property-update';
import { AppFailure } from '../errors';

/** The tags in an issue's property (none when it has no property). The indexed `phase` is derived, so it is dropped. */
export function tagsOfProperty(record: IssueJourneyProperty): JourneyTags {
  if (record.value === undefined) return emptyTags();
  const parsed = JourneyTagsSchema.safeParse(record.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure({ code: 'STORED_DATA_INVALID', field: [record.key, JOURNEY_PROPERTY_KEY, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
  }
  return parsed.data;
}

/** Same ids in the same order in every slot. */
export function sameTags(a: JourneyTags, b: JourneyTags): boolean {
  return TAG_SLOTS.every((slot) => a[slot].length === b[slot].length && a[slot].every((id, i) => id === b[slot][i]));
}

/** A refused tag as the coded error the UI explains; `field` says which slot of the payload it is about. */
export function tagFailure(error: TagError, fieldPrefix: string): AppFailure {
  const { code, ...params } = error;
  const slot = 'dimension' in error ? error.dimension : 'useCase';
  return new AppFailure({ code, field: `${fieldPrefix}.${slot}`, params });
}

/**
 * The first reason to refuse `next`, judged only on what it adds: an id already on the issue never blocks a save,
 * even when the catalogue does not know it (yet) — tags are Jira's data, the app keeps them readable.
 */
export function refusedAddition(current: JourneyTags, next: JourneyTags, taxonomy: Taxonomy, useCases: readonly UseCase[]): TagError | undefined {
  const onIssue = new Map(TAG_SLOTS.map((slot) => [slot, new Set<string>(current[slot])]));
  return validateTagChange(current, next, taxonomy, useCases).find((error) => {
    const [slot, id] = 'dimension' in error ? [error.dimension, error.termId] : ['useCase' as const, error.useCaseId];
    return !onIssue.get(slot)?.has(id);
  });
}

/**
 * The property change that applies `edit` per term to whatever an issue stores now: "keep" when the stored tags
 * already carry it (whoever put them there), else the merged tags with their derived phases. `check` may refuse
 * the merged tags by throwing.
 */
export function tagChange(edit: TagEdit, taxonomy: Taxonomy, check: (current: JourneyTags, next: JourneyTags) => void = () => undefined): ChangeOf {
  return (issue) => {
    const current = tagsOfProperty(issue);
    const next = applyTagEdit(current, edit);
    if (sameTags(next, current)) return 'keep';
    check(current, next);
    return { write: toIndexedProperty(next, taxonomy) };
  };
}
