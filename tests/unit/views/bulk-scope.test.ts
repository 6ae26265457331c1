/**
 * What the bulk action acts on, read from the navigator's context: the selected issues when there are any, else the
 * search; and how it says so, in English and German.
 */
import { scopeOf } from '../../../static/main/src/surfaces/bulk-tagging/bulk-scope';
import { scopeLabel, scopeMessage, scopeText } from '../../../static/main/src/surfaces/bulk-tagging/bulk-scope-messages';

describe('scopeOf', () => {
  it('acts on the selected issues when the context has some, each once', () => {
    expect(scopeOf({ type: 'jira:issueNavigatorAction', jql: 'project = EMA', issueKeys: ['EMA-3', 'EMA-1', 'EMA-3'], filterId: '10042' })).toEqual({
      kind: 'selection', issueKeys: ['EMA-3', 'EMA-1'], jql: 'project = EMA',
    });
    expect(scopeOf({ issueKeys: ['EMA-3'] })).toEqual({ kind: 'selection', issueKeys: ['EMA-3'], jql: '' });
  });

  it('acts on the search when nothing is selected', () => {
    expect(scopeOf({ jql: ' project = EMA ', issueKeys: [] })).toEqual({ kind: 'search', jql: 'project = EMA' });
    expect(scopeOf({ jql: 'project = EMA' })).toEqual({ kind: 'search', jql: 'project = EMA' });
  });

  it('never widens a malformed selection to the search, and drops keys that are not issue keys', () => {
    expect(scopeOf({ jql: 'project = EMA', issueKeys: ['EMA-3', 'ema-4', 7, null, 'EMA-0'] })).toEqual({ kind: 'selection', issueKeys: ['EMA-3'], jql: 'project = EMA' });
    // A selection Jira sent in a shape we cannot read is no selection: the search remains, as the user can see in the dialog.
    expect(scopeOf({ jql: 'project = EMA', issueKeys: 'EMA-3' })).toEqual({ kind: 'search', jql: 'project = EMA' });
  });

  it('has nothing to act on without a selection or a search', () => {
    expect(scopeOf({ jql: '  ' })).toEqual({ kind: 'none' });
    expect(scopeOf(undefined)).toEqual({ kind: 'none' });
    expect(scopeOf({ jql: 42 })).toEqual({ kind: 'none' });
  });
});

describe('the words of the scope', () => {
  it('count the selected issues in English and German, singular and plural', () => {
    expect(scopeText('en', 'count', 'selection', 3)).toBe('3 selected issues will be changed.');
    expect(scopeText('de', 'count', 'selection', 3)).toBe('3 ausgewählte Vorgänge werden geändert.');
    expect(scopeText('en', 'count', 'selection', 1)).toBe('1 selected issue will be changed.');
    expect(scopeText('de', 'apply', 'selection', 1)).toBe('Auf 1 ausgewählten Vorgang anwenden');
  });

  it('say when the whole search is changed', () => {
    expect(scopeText('en', 'count', 'search', 12)).toBe('All 12 issues of the search will be changed.');
    expect(scopeText('de', 'apply', 'search', 12)).toBe('Auf 12 Vorgänge der Suche anwenden');
    expect(scopeLabel('de', 'issues', 'search')).toBe('Vorgänge der Suche');
  });

  it('fill every placeholder of the refusals', () => {
    for (const language of ['en', 'de'] as const) {
      expect(scopeMessage(language, 'tooMany', { count: 120, limit: 100 })).not.toMatch(/\{\w+\}/);
      expect(scopeMessage(language, 'tooMany', { count: 120, limit: 100 })).toContain('120');
      expect(scopeMessage(language, 'unreadable', { count: 2 })).toMatch(/^2 /);
    }
  });
});
