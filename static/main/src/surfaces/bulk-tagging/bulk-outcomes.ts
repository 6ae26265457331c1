import type { BulkIssueResult, BulkOutcome, TagsBulkResult } from '../../../../../src/contract/journey';

/**
 * The per-issue results of a bulk action as the person reads them: one word per outcome, a summary counted from the
 * rows, which issues "Try again" re-applies the change to, and the results once it has.
 */

/** `done` without a change is "already as asked"; a failure reads as its reason. */
export type OutcomeWord = 'done' | 'unchanged' | 'unconfirmed' | 'no-permission' | 'not-found' | 'throttled' | 'conflict' | 'refused' | 'damaged';
export function outcomeWord(result: BulkIssueResult): OutcomeWord {
  if (result.outcome === 'done') return result.changed ? 'done' : 'unchanged';
  if (result.outcome === 'failed') return result.reason ?? 'refused';
  return result.outcome;
}

/** Failed for a reason that may pass: throttled, changed by others, or refused by Jira. Damaged tags stay damaged. */
export const isRetryable = (result: BulkIssueResult): boolean => result.outcome === 'failed' && result.reason !== 'damaged';

export function retryKeys(result: TagsBulkResult): string[] {
  return result.results.filter(isRetryable).map((r) => r.issueKey);
}

const countsOf = (results: readonly BulkIssueResult[]): Record<BulkOutcome, number> => {
  const counts: Record<BulkOutcome, number> = { done: 0, unconfirmed: 0, 'no-permission': 0, 'not-found': 0, failed: 0 };
  for (const r of results) counts[r.outcome]++;
  return counts;
};

/** The earlier results with the retried issues' new outcomes in their place; the order stays as first listed. */
export function mergeRetry(previous: TagsBulkResult, retry: TagsBulkResult): TagsBulkResult {
  const latest = new Map(retry.results.map((r) => [r.issueKey, r]));
  const results = previous.results.map((r) => latest.get(r.issueKey) ?? r);
  return { results, counts: countsOf(results) };
}

export type SummaryCounts = Record<OutcomeWord, number>;
export interface BulkSummary {
  total: number;
  counts: SummaryCounts;
  /** Issues the user should look at (not changed, or not confirmed), first in the table. */
  problems: BulkIssueResult[];
  succeeded: BulkIssueResult[];
}

/** Counts from the per-issue results themselves, so the summary never claims more than the table shows. */
export function summariseBulk(result: TagsBulkResult): BulkSummary {
  const counts: SummaryCounts = { done: 0, unchanged: 0, unconfirmed: 0, 'no-permission': 0, 'not-found': 0, throttled: 0, conflict: 0, refused: 0, damaged: 0 };
  for (const r of result.results) counts[outcomeWord(r)]++;
  return {
    total: result.results.length,
    counts,
    problems: result.results.filter((r) => r.outcome !== 'done'),
    succeeded: result.results.filter((r) => r.outcome === 'done'),
  };
}
