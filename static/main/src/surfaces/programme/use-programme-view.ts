import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { ProgrammeView } from '../../../../../src/contract/programme';
import { call } from '../../api';

export type ProgrammeLoad = { state: 'loading' } | { state: 'error'; error: AppError } | { state: 'ready'; view: ProgrammeView; reloading: boolean };

/** While a rebuild runs, look again this often (and at most this many times) so new data appears by itself. */
const POLL_MS = 5_000;
const MAX_POLLS = 24;

/**
 * Loads the programme view. Unlike the shared `useResolver`, a reload keeps the last view on screen (the page
 * does not flash to a spinner after creating a link), and while the snapshot is being (re)built it polls.
 */
export function useProgrammeView(projectKey: string | undefined): [ProgrammeLoad, () => void] {
  const [load, setLoad] = useState<ProgrammeLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const polls = useRef(0);
  useEffect(() => {
    let current = true;
    setLoad((previous) => (previous.state === 'ready' ? { ...previous, reloading: true } : { state: 'loading' }));
    call('programme/load', projectKey ? { projectKey } : {})
      .then((answer) => {
        if (current) setLoad(answer.ok ? { state: 'ready', view: answer.data, reloading: false } : { state: 'error', error: answer.error });
      })
      .catch((error: unknown) => {
        if (current) setLoad({ state: 'error', error: { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } } });
      });
    return () => {
      current = false;
    };
  }, [projectKey, attempt]);

  const pending = load.state === 'ready' && !load.reloading && (load.view.refreshing || load.view.state === 'building');
  useEffect(() => {
    if (!pending || polls.current >= MAX_POLLS) return undefined;
    const timer = setTimeout(() => {
      polls.current += 1;
      setAttempt((n) => n + 1);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  const reload = useCallback(() => {
    polls.current = 0;
    setAttempt((n) => n + 1);
  }, []);
  return [load, reload];
}
