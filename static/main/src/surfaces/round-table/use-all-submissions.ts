import { useCallback, useEffect, useState } from 'react';
import type { SubmissionView } from '../../../../../src/contract/round-table';
import { call } from '../../api';
import type { Loadable } from '../../use-resolver';
import { allPages } from './all-pages';

const unavailable = (error: unknown) => ({ code: 'JIRA_UNAVAILABLE' as const, params: { status: error instanceof Error ? error.message : 'unknown' } });

/** Every submission for triage, page after page (`submission/list` answers the newest page first), plus a reload. */
export function useAllSubmissions(): [Loadable<{ submissions: SubmissionView[]; complete: boolean }>, () => void] {
  const [result, setResult] = useState<Loadable<{ submissions: SubmissionView[]; complete: boolean }>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    allPages((cursor) => call('submission/list', cursor === undefined ? {} : { cursor }))
      .then((answer) => {
        if (current) setResult(answer.ok ? { state: 'ready', data: answer.data } : { state: 'error', error: answer.error });
      })
      .catch((error: unknown) => {
        if (current) setResult({ state: 'error', error: unavailable(error) });
      });
    return () => {
      current = false;
    };
  }, [attempt]);
  return [result, useCallback(() => setAttempt((n) => n + 1), [])];
}
