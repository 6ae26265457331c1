import { TAG_SLOTS, type TagEdit, type TagSlot } from '../../../../../src/domain';
import { TagsBulkPayload } from '../../../../../src/contract/journey';
import type { ResolverPayload } from '../../../../../src/contract/resolver-keys';

/**
 * What the person chose in the bulk action: per dimension one mode (add or remove) and the terms it applies to.
 * Switching the mode keeps the terms, so nothing chosen is lost; the payload follows the mode.
 */

export type BulkMode = 'add' | 'remove';
export interface SlotChoice {
  mode: BulkMode;
  ids: string[];
}
export type BulkChoice = Record<TagSlot, SlotChoice>;

export function emptyChoice(): BulkChoice {
  const choice = {} as BulkChoice;
  for (const slot of TAG_SLOTS) choice[slot] = { mode: 'add', ids: [] };
  return choice;
}

export function withMode(choice: BulkChoice, slot: TagSlot, mode: BulkMode): BulkChoice {
  return { ...choice, [slot]: { ...choice[slot], mode } };
}

export function withIds(choice: BulkChoice, slot: TagSlot, ids: readonly string[]): BulkChoice {
  return { ...choice, [slot]: { ...choice[slot], ids: [...ids] } };
}

/** The edit the choice asks for: only dimensions with terms, each term once. */
export function editOf(choice: BulkChoice): TagEdit {
  const edit: TagEdit = { add: {}, remove: {} };
  for (const slot of TAG_SLOTS) {
    const { mode, ids } = choice[slot];
    if (ids.length > 0) edit[mode][slot] = [...new Set(ids)];
  }
  return edit;
}

export const choosesNothing = (choice: BulkChoice): boolean => TAG_SLOTS.every((slot) => choice[slot].ids.length === 0);

export type BulkProblem = { kind: 'nothing-chosen' } | { kind: 'not-addable'; slot: TagSlot; id: string };
export type BulkRequest = { ok: true; payload: ResolverPayload<'tags/bulk'> } | { ok: false; problem: BulkProblem };

/**
 * The `tags/bulk` payload for the listed issues. Refused before sending when nothing is chosen, or when a term to
 * add is one the pickers no longer offer (retired: it may be removed, not added) — the server would refuse it too.
 */
export function bulkRequest(issueKeys: readonly string[], choice: BulkChoice, isAddable: (slot: TagSlot, id: string) => boolean): BulkRequest {
  if (choosesNothing(choice)) return { ok: false, problem: { kind: 'nothing-chosen' } };
  const edit = editOf(choice);
  for (const slot of TAG_SLOTS) {
    const blocked = edit.add[slot]?.find((id) => !isAddable(slot, id));
    if (blocked !== undefined) return { ok: false, problem: { kind: 'not-addable', slot, id: blocked } };
  }
  // The shared schema checks and brands the ids; the resolver parses the payload again on the server.
  return { ok: true, payload: TagsBulkPayload.parse({ issueKeys: [...new Set(issueKeys)], add: edit.add, remove: edit.remove }) };
}
