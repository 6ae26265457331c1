/**
 * The bulk action's pure parts: one mode per dimension becomes a `tags/bulk` payload with only the slots that change
 * (refused when empty, or when it would add a retired term); the per-issue results become a summary counted from the
 * rows; "Try again" picks the issues that failed for a reason that may pass and merges their new outcomes.
 */
import type { TagsBulkResult } from '../../../src/contract/journey';
import { bulkRequest, editOf, emptyChoice, withIds, withMode } from '../../../static/main/src/surfaces/bulk-tagging/bulk-choice';
import { mergeRetry, outcomeWord, retryKeys, summariseBulk } from '../../../static/main/src/surfaces/bulk-tagging/bulk-outcomes';
import { counted } from '../../../static/main/src/surfaces/bulk-tagging/bulk-counted';
import { bw } from '../../../static/main/src/surfaces/bulk-tagging/bulk-words';

const anything = () => true;

describe('the choice: one mode per dimension', () => {
  it('sends the listed issues once each and only the dimensions with terms, each in its mode', () => {
    let choice = withIds(emptyChoice(), 'touchpoint', ['app', 'app', 'website']);
    choice = withMode(withIds(choice, 'channel', ['email']), 'channel', 'remove');
    const request = bulkRequest(['EMA-1', 'EMA-2', 'EMA-1'], choice, anything);
    expect(request).toEqual({ ok: true, payload: { issueKeys: ['EMA-1', 'EMA-2'], add: { touchpoint: ['app', 'website'] }, remove: { channel: ['email'] } } });
  });

  it('keeps the chosen terms when the mode changes, so nothing chosen is lost', () => {
    const choice = withMode(withMode(withIds(emptyChoice(), 'useCase', ['UC-003']), 'useCase', 'remove'), 'useCase', 'add');
    expect(choice.useCase).toEqual({ mode: 'add', ids: ['UC-003'] });
    expect(editOf(withMode(choice, 'useCase', 'remove'))).toEqual({ add: {}, remove: { useCase: ['UC-003'] } });
  });

  it('refuses an action that changes nothing', () => {
    expect(bulkRequest(['EMA-1'], withMode(emptyChoice(), 'channel', 'remove'), anything)).toEqual({ ok: false, problem: { kind: 'nothing-chosen' } });
  });

  it('refuses to add a term the pickers no longer offer, naming it, but lets it be removed', () => {
    const retired = (slot: string, id: string) => !(slot === 'channel' && id === 'sms');
    const choice = withIds(emptyChoice(), 'channel', ['push', 'sms']);
    expect(bulkRequest(['EMA-1'], choice, retired)).toEqual({ ok: false, problem: { kind: 'not-addable', slot: 'channel', id: 'sms' } });
    expect(bulkRequest(['EMA-1'], withMode(choice, 'channel', 'remove'), retired)).toMatchObject({ ok: true, payload: { remove: { channel: ['push', 'sms'] } } });
  });
});

describe('the results', () => {
  const result: TagsBulkResult = {
    results: [
      { issueKey: 'EMA-1', outcome: 'done', changed: true },
      { issueKey: 'DATA-1', outcome: 'no-permission', changed: false },
      { issueKey: 'EMA-2', outcome: 'done', changed: false },
      { issueKey: 'EMA-9', outcome: 'failed', changed: false, reason: 'throttled', retryAfterSeconds: 30, detail: 'Rate limit exceeded.' },
      { issueKey: 'MI-1', outcome: 'not-found', changed: false },
      { issueKey: 'EMA-4', outcome: 'unconfirmed', changed: true },
      { issueKey: 'EMA-5', outcome: 'failed', changed: false, reason: 'conflict' },
      { issueKey: 'EMA-6', outcome: 'failed', changed: false, reason: 'damaged' },
      { issueKey: 'EMA-7', outcome: 'failed', changed: false, detail: 'Internal error' },
    ],
    // Deliberately wrong: the summary must count the rows, not trust these.
    counts: { done: 9, unconfirmed: 0, 'no-permission': 0, 'not-found': 0, failed: 0 },
  };

  it('words each outcome, a failure by its reason (an old server without reasons reads as refused)', () => {
    expect(result.results.map(outcomeWord)).toEqual(['done', 'no-permission', 'unchanged', 'throttled', 'not-found', 'unconfirmed', 'conflict', 'damaged', 'refused']);
  });

  it('counts from the rows and lists the problems first, in the order asked', () => {
    const summary = summariseBulk(result);
    expect(summary.counts).toMatchObject({ done: 1, unchanged: 1, unconfirmed: 1, 'no-permission': 1, 'not-found': 1, throttled: 1, conflict: 1, damaged: 1, refused: 1 });
    expect(summary.problems.map((r) => r.issueKey)).toEqual(['DATA-1', 'EMA-9', 'MI-1', 'EMA-4', 'EMA-5', 'EMA-6', 'EMA-7']);
    expect(summary.succeeded.map((r) => r.issueKey)).toEqual(['EMA-1', 'EMA-2']);
  });

  it('tries again only the issues that failed for a reason that may pass', () => {
    expect(retryKeys(result)).toEqual(['EMA-9', 'EMA-5', 'EMA-7']);
  });

  it('puts the retried outcomes in place, keeps the order and recounts', () => {
    const retry: TagsBulkResult = {
      results: [
        { issueKey: 'EMA-9', outcome: 'done', changed: true },
        { issueKey: 'EMA-5', outcome: 'done', changed: false },
        { issueKey: 'EMA-7', outcome: 'failed', changed: false, reason: 'throttled' },
      ],
      counts: { done: 2, unconfirmed: 0, 'no-permission': 0, 'not-found': 0, failed: 1 },
    };
    const merged = mergeRetry(result, retry);
    expect(merged.results.map((r) => r.issueKey)).toEqual(result.results.map((r) => r.issueKey));
    expect(merged.results.map(outcomeWord)).toEqual(['done', 'no-permission', 'unchanged', 'done', 'not-found', 'unconfirmed', 'unchanged', 'damaged', 'throttled']);
    expect(merged.counts).toEqual({ done: 4, unconfirmed: 1, 'no-permission': 1, 'not-found': 1, failed: 2 });
    expect(retryKeys(merged)).toEqual(['EMA-7']);
  });

  it('says an unconfirmed write was sent, in English and German, never that it failed', () => {
    for (const language of ['en', 'de'] as const) {
      const words = [bw(language, 'result.unconfirmed'), bw(language, 'detail.unconfirmed'), counted(language, 'unconfirmed', 1), counted(language, 'unconfirmed', 2)];
      expect(words.join(' ')).not.toMatch(language === 'en' ? /fail|unavailable/i : /fehlgeschlagen|nicht geantwortet/i);
      expect(words.join(' ')).toMatch(language === 'en' ? /not (yet )?confirmed/ : /noch nicht bestätigt/);
    }
  });

  it('counts in singular and plural, with the language’s digits', () => {
    expect(counted('en', 'retry', 1)).toBe('Try again for 1 issue');
    expect(counted('en', 'retry', 3)).toBe('Try again for 3 issues');
    expect(counted('de', 'retry', 1)).toBe('Für 1 Vorgang erneut versuchen');
    expect(counted('de', 'doneOf', 1, { done: 0 })).toBe('0 von 1 Vorgang erledigt');
    expect(counted('en', 'doneOf', 1000, { done: 999 })).toBe('999 of 1,000 issues done');
    expect(counted('de', 'more', 1200)).toBe('… und 1.200 weitere Vorgänge, hier nicht aufgeführt.');
  });
});
