import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { PublishingStatusView } from '../../../../../src/contract/publishing';
import { call } from '../../api';

export type StatusLoad = { state: 'loading' } | { state: 'error'; error: AppError } | { state: 'ready'; view: PublishingStatusView; gaveUp: boolean };

/** While a run is queued or running, ask again this often, for at most this long. */
const POLL_MS = 2_000;
const MAX_POLLS = 150;

const unavailable = (error: unknown): AppError => ({ code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } });
const unfinished = (view: PublishingStatusView) => view.lastReport !== null && (view.lastReport.state === 'queued' || view.lastReport.state === 'running');

/** The publishing status, polled until the latest run finishes; "Publish now" queues a run and starts the polling. */
export function usePublishingStatus(): { load: StatusLoad; reload: () => void; publishNow: (overwriteEdited?: string[]) => Promise<AppError | null> } {
  const [load, setLoad] = useState<StatusLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const polls = useRef(0);

  useEffect(() => {
    let current = true;
    call('publishing/status', {})
      .then((answer) => {
        if (current) setLoad(answer.ok ? { state: 'ready', view: answer.data, gaveUp: false } : { state: 'error', error: answer.error });
      })
      .catch((error: unknown) => current && setLoad({ state: 'error', error: unavailable(error) }));
    return () => {
      current = false;
    };
  }, [attempt]);

  const pending = load.state === 'ready' && unfinished(load.view);
  useEffect(() => {
    if (!pending) return undefined;
    if (polls.current >= MAX_POLLS) {
      setLoad((l) => (l.state === 'ready' ? { ...l, gaveUp: true } : l));
      return undefined;
    }
    const timer = setTimeout(() => {
      polls.current += 1;
      setAttempt((n) => n + 1);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [pending, load]);

  const reload = useCallback(() => {
    polls.current = 0;
    setAttempt((n) => n + 1);
  }, []);

  /** Queues a run; `overwriteEdited` names pages a person edited that the programme manager chose to overwrite. */
  const publishNow = useCallback(async (overwriteEdited: string[] = []): Promise<AppError | null> => {
    try {
      const answer = await call('publishing/publish-now', overwriteEdited.length > 0 ? { overwriteEdited } : {});
      if (!answer.ok) return answer.error;
      const report = answer.data.report;
      setLoad((l) => (l.state === 'ready' && report ? { ...l, view: { ...l.view, lastReport: report } } : l));
      reload();
      return null;
    } catch (error) {
      return unavailable(error);
    }
  }, [reload]);

  return { load, reload, publishNow };
}
