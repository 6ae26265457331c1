import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { ProgrammeView } from '../../../../../src/contract/programme';
import { call } from '../../api';

export type PreviewViewLoad = { state: 'loading' } | { state: 'failed'; error: AppError } | { state: 'ready'; view: ProgrammeView };

/**
 * The programme view the preview judges with, loaded once by the modal's own frame (a Forge modal shares nothing
 * with the page that opened it but its small context). `retry` loads it again after a failure.
 */
export function usePreviewView(projectKey: string | undefined): [PreviewViewLoad, () => void] {
  const [load, setLoad] = useState<PreviewViewLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    call('programme/load', projectKey ? { projectKey } : {})
      .then((answer) => {
        if (current) setLoad(answer.ok ? { state: 'ready', view: answer.data } : { state: 'failed', error: answer.error });
      })
      .catch((error: unknown) => {
        if (current) setLoad({ state: 'failed', error: { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } } });
      });
    return () => {
      current = false;
    };
  }, [projectKey, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [load, retry];
}
