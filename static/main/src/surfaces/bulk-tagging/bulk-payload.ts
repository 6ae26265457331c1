import { TAG_SLOTS, type TagSlot } from '../../../../../src/domain';
import { TagsBulkPayload, type BulkIssueResult, type BulkOutcome, type TagsBulkResult } from '../../../../../src/contract/journey';
import type { ResolverPayload } from '../../../../../src/contract/resolver-keys';

/**
 * Pure helpers of the bulk action: the user's add and remove choices → the `tags/bulk` payload, and the
 * per-issue results → what the summary and the table say.
 */

export type SlotChoice = Record<TagSlot, string[]>;
export interface BulkChoice {
  add: SlotChoice;
  remove: SlotChoice;
}

export function emptyChoice(): BulkChoice {
  const none = (): SlotChoice => ({ touchpoint: [], lifecycle: [], category: [], action: [], channel: [], useCase: [] });
  return { add: none(), remove: none() };
}

export type BulkProblem = { kind: 'nothing-chosen' } | { kind: 'add-and-remove'; slot: TagSlot; id: string };
export type BulkRequest = { ok: true; payload: ResolverPayload<'tags/bulk'> } | { ok: false; problem: BulkProblem };

/** Only slots with terms, so the payload says exactly what changes. */
function compact(choice: SlotChoice): Partial<SlotChoice> {
  const out: Partial<SlotChoice> = {};
  for (const slot of TAG_SLOTS) if (choice[slot].length > 0) out[slot] = [...new Set(choice[slot])];
  return out;
}

/**
 * The `tags/bulk` payload for the listed issues; refused before sending when nothing is chosen or a term is
 * both added and removed (the result would depend on the order the server applies them).
 */
export function bulkRequest(issueKeys: readonly string[], choice: BulkChoice): BulkRequest {
  for (const slot of TAG_SLOTS) {
    const clash = choice.add[slot].find((id) => choice.remove[slot].includes(id));
    if (clash !== undefined) return { ok: false, problem: { kind: 'add-and-remove', slot, id: clash } };
  }
  const add = compact(choice.add);
  const remove = compact(choice.remove);
  if (Object.keys(add).length === 0 && Object.keys(remove).length === 0) return { ok: false, problem: { kind: 'nothing-chosen' } };
  // The shared schema checks and brands the ids; the resolver parses the payload again on the server.
  return { ok: true, payload: TagsBulkPayload.parse({ issueKeys: [...new Set(issueKeys)], add, remove }) };
}

/** How one issue's outcome reads: `done` without a change is "already as asked". */
export type OutcomeWord = 'done' | 'unchanged' | Exclude<BulkOutcome, 'done'>;
export function outcomeWord(result: BulkIssueResult): OutcomeWord {
  if (result.outcome === 'done') return result.changed ? 'done' : 'unchanged';
  return result.outcome;
}

export interface BulkSummary {
  total: number;
  done: number;
  changed: number;
  unchanged: number;
  /** Sent to Jira, which accepted but did not confirm them: not failures, but worth a look. */
  unconfirmed: number;
  noPermission: number;
  notFound: number;
  failed: number;
  /** Issues the user should look at (not changed, or not confirmed), first in the table. */
  problems: BulkIssueResult[];
  succeeded: BulkIssueResult[];
}

/** Counts from the per-issue results themselves, so the summary never claims more than the table shows. */
export function summariseBulk(result: TagsBulkResult): BulkSummary {
  const count = (outcome: BulkOutcome) => result.results.filter((r) => r.outcome === outcome).length;
  const succeeded = result.results.filter((r) => r.outcome === 'done');
  return {
    total: result.results.length,
    done: succeeded.length,
    changed: succeeded.filter((r) => r.changed).length,
    unchanged: succeeded.filter((r) => !r.changed).length,
    unconfirmed: count('unconfirmed'),
    noPermission: count('no-permission'),
    notFound: count('not-found'),
    failed: count('failed'),
    problems: result.results.filter((r) => r.outcome !== 'done'),
    succeeded,
  };
}
