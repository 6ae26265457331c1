import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { MeetingView } from '../../../../../src/contract/round-table';
import type { ResolverData, ResolverKey, ResolverPayload } from '../../../../../src/contract/resolver-keys';
import { call } from '../../api';

export type MeetingLoad = { state: 'loading' } | { state: 'error'; error: AppError } | { state: 'ready'; view: MeetingView };
type MeetingWrite = 'meeting/assemble' | 'meeting/agenda-save' | 'meeting/note-save';

export const unavailable = (error: unknown): AppError => ({ code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } });

/** A resolver call that answers with its refusal (or null) instead of throwing. */
export async function attempt<K extends ResolverKey>(key: K, payload: ResolverPayload<K>): Promise<{ ok: true; data: ResolverData<K> } | { ok: false; error: AppError }> {
  try {
    const answer = await call(key, payload);
    return answer.ok ? { ok: true, data: answer.data } : { ok: false, error: answer.error };
  } catch (error) {
    return { ok: false, error: unavailable(error) };
  }
}

/** One meeting: loaded with `meeting/get`; assembling, saving the agenda or a note answer the stored meeting, shown at once. */
export function useMeeting(meetingId: string) {
  const [load, setLoad] = useState<MeetingLoad>({ state: 'loading' });
  const latest = useRef(0);
  const fetchView = useCallback((quiet: boolean) => {
    latest.current += 1;
    const mine = latest.current;
    if (!quiet) setLoad({ state: 'loading' });
    void attempt('meeting/get', { meetingId }).then((answer) => {
      if (mine !== latest.current) return;
      if (answer.ok) setLoad({ state: 'ready', view: answer.data });
      else if (!quiet) setLoad({ state: 'error', error: answer.error });
    });
  }, [meetingId]);
  const reload = useCallback(() => fetchView(false), [fetchView]);
  /** After a decision or follow-up (they answer the decision, not the meeting): the meeting again, without a spinner. */
  const refresh = useCallback(() => fetchView(true), [fetchView]);
  useEffect(() => {
    reload();
    return () => {
      latest.current += 1;
    };
  }, [reload]);
  const write = useCallback(async <K extends MeetingWrite>(key: K, payload: ResolverPayload<K>): Promise<AppError | null> => {
    const answer = await attempt(key, payload);
    if (!answer.ok) return answer.error;
    latest.current += 1;
    setLoad({ state: 'ready', view: answer.data as MeetingView });
    return null;
  }, []);
  return { load, reload, refresh, write };
}
