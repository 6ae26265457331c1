/**
 * The bulk action's pure parts: choices become a `tags/bulk` payload with only the slots that change (refused when
 * empty or contradictory), and the per-issue results become a summary whose counts come from the rows.
 */
import type { TagsBulkResult } from '../../../src/contract/journey';
import { bulkRequest, emptyChoice, outcomeWord, summariseBulk } from '../../../static/main/src/surfaces/bulk-tagging/bulk-payload';
import { jt } from '../../../static/main/src/surfaces/journey/journey-messages';

describe('the bulk payload', () => {
  it('sends the listed issues once each and only the slots with terms', () => {
    const choice = emptyChoice();
    choice.add.touchpoint = ['app', 'app'];
    choice.remove.channel = ['email'];
    const request = bulkRequest(['EMA-1', 'EMA-2', 'EMA-1'], choice);
    expect(request).toEqual({ ok: true, payload: { issueKeys: ['EMA-1', 'EMA-2'], add: { touchpoint: ['app'] }, remove: { channel: ['email'] } } });
  });

  it('refuses an action that changes nothing', () => {
    expect(bulkRequest(['EMA-1'], emptyChoice())).toEqual({ ok: false, problem: { kind: 'nothing-chosen' } });
  });

  it('refuses a term chosen both to add and to remove, naming it', () => {
    const choice = emptyChoice();
    choice.add.useCase = ['UC-003'];
    choice.remove.useCase = ['UC-003'];
    expect(bulkRequest(['EMA-1'], choice)).toEqual({ ok: false, problem: { kind: 'add-and-remove', slot: 'useCase', id: 'UC-003' } });
  });
});

describe('the summary of the results', () => {
  const result: TagsBulkResult = {
    results: [
      { issueKey: 'EMA-1', outcome: 'done', changed: true },
      { issueKey: 'DATA-1', outcome: 'no-permission', changed: false, detail: 'Forbidden' },
      { issueKey: 'EMA-2', outcome: 'done', changed: false },
      { issueKey: 'EMA-9', outcome: 'failed', changed: false, detail: 'Jira refused the change' },
      { issueKey: 'MI-1', outcome: 'not-found', changed: false },
      { issueKey: 'EMA-4', outcome: 'unconfirmed', changed: true },
    ],
    // Deliberately wrong: the summary must count the rows, not trust these.
    counts: { done: 6, unconfirmed: 0, 'no-permission': 0, 'not-found': 0, failed: 0 },
  };

  it('counts from the rows and tells changed from already-as-asked', () => {
    expect(summariseBulk(result)).toMatchObject({ total: 6, done: 2, changed: 1, unchanged: 1, unconfirmed: 1, noPermission: 1, notFound: 1, failed: 1 });
  });

  it('lists the problems first, in the order of the search', () => {
    const summary = summariseBulk(result);
    expect(summary.problems.map((r) => r.issueKey)).toEqual(['DATA-1', 'EMA-9', 'MI-1', 'EMA-4']);
    expect(summary.succeeded.map((r) => r.issueKey)).toEqual(['EMA-1', 'EMA-2']);
  });

  it('words each outcome', () => {
    expect(result.results.map(outcomeWord)).toEqual(['done', 'no-permission', 'unchanged', 'failed', 'not-found', 'unconfirmed']);
  });

  it('says an unconfirmed write was sent, in English and German, never that it failed', () => {
    for (const language of ['en', 'de'] as const) {
      const words = [jt(language, 'outcome.unconfirmed'), jt(language, 'detail.unconfirmed'), jt(language, 'bulk.unconfirmedLine', { unconfirmed: 1 })];
      expect(words.join(' ')).not.toMatch(language === 'en' ? /fail|unavailable/i : /fehlgeschlagen|nicht geantwortet/i);
      expect(words.join(' ')).toMatch(language === 'en' ? /not (yet )?confirmed/ : /noch nicht bestätigt/);
    }
  });
});
