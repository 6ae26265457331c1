import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { RoundTableOverview } from '../../../../../src/contract/round-table';
import { attempt } from './use-meeting';

export type OverviewLoad = { state: 'loading' } | { state: 'error'; error: AppError } | { state: 'ready'; overview: RoundTableOverview };

/**
 * The round table's overview. `refresh` asks again without a spinner, so the area open below (a meeting, triage) keeps
 * its place and its unsaved input while the counts and states above catch up; only the newest answer is shown.
 */
export function useOverview(): { load: OverviewLoad; reload: () => void; refresh: () => void } {
  const [load, setLoad] = useState<OverviewLoad>({ state: 'loading' });
  const latest = useRef(0);
  const fetchOverview = useCallback((quiet: boolean) => {
    latest.current += 1;
    const mine = latest.current;
    if (!quiet) setLoad({ state: 'loading' });
    void attempt('round-table/overview', {}).then((answer) => {
      if (mine !== latest.current) return;
      if (answer.ok) setLoad({ state: 'ready', overview: answer.data });
      else if (!quiet) setLoad({ state: 'error', error: answer.error });
    });
  }, []);
  useEffect(() => {
    fetchOverview(false);
    return () => {
      latest.current += 1;
    };
  }, [fetchOverview]);
  return { load, reload: useCallback(() => fetchOverview(false), [fetchOverview]), refresh: useCallback(() => fetchOverview(true), [fetchOverview]) };
}
