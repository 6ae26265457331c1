import { useEffect, useState } from 'react';
import type { BulkScope } from './bulk-scope';
import { readSelectedIssues } from './read-selected-issues';
import { searchIssues, type SearchedIssues } from './search-issues';

export type SearchState = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: SearchedIssues };

/**
 * Loads the issues the action acts on, with their tags, once per scope and again on `reload` (after a change, so
 * the next preview starts from what Jira stores): the selected issues when there are some, else the search's.
 * Loading, refused and ready are distinct states.
 */
export function useScopeIssues(scope: Exclude<BulkScope, { kind: 'none' }>): [SearchState, () => void] {
  const [search, setSearch] = useState<SearchState>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const selection = scope.kind === 'selection' ? scope.issueKeys.join(',') : undefined;
  useEffect(() => {
    let current = true;
    setSearch({ state: 'loading' });
    (selection !== undefined ? readSelectedIssues(selection.split(',')) : searchIssues(scope.jql))
      .then((data) => current && setSearch({ state: 'ready', data }))
      .catch((error: unknown) => current && setSearch({ state: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      current = false;
    };
  }, [selection, scope.jql, round]);
  return [search, () => setRound((n) => n + 1)];
}
