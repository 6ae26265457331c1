import { useEffect, useState } from 'react';
import { searchIssues, type SearchedIssues } from './search-issues';

export type SearchState = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: SearchedIssues };

/** Loads the issues of the navigator's search once per JQL; loading, refused and ready are distinct states. */
export function useSearchIssues(jql: string): SearchState {
  const [search, setSearch] = useState<SearchState>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setSearch({ state: 'loading' });
    searchIssues(jql)
      .then((data) => current && setSearch({ state: 'ready', data }))
      .catch((error: unknown) => current && setSearch({ state: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      current = false;
    };
  }, [jql]);
  return search;
}
