import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { StrategyEditPayload, StrategyView } from '../../../../../src/contract/strategy';
import type { StrategyTree } from '../../../../../src/domain/strategy/strategy-tree';
import { call } from '../../api';

export type EditOutcome = { ok: true; tree: StrategyTree } | { ok: false; error: AppError };
export type StrategyLoad = { state: 'loading' } | { state: 'error'; error: AppError } | { state: 'ready'; view: StrategyView };

/** After an edit, wait this long for the next before reloading the roll-ups: a burst of keyboard moves costs one reload. */
const SETTLE_MS = 1_500;

const unavailable = (error: unknown): AppError => ({ code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } });

/**
 * The strategy tab's data. An edit shows the stored tree `strategy/edit` returns at once (with everyone else's edits),
 * then reloads the view quietly for the new roll-ups once the edits settle (storage reads are metered per minute); only
 * the newest load may replace what is on screen. `refresh` reloads quietly (the tree stays on screen meanwhile), after
 * a dialog stored a change.
 */
export function useStrategy(): { load: StrategyLoad; reload: () => void; refresh: () => void; edit: (payload: StrategyEditPayload) => Promise<EditOutcome> } {
  const [load, setLoad] = useState<StrategyLoad>({ state: 'loading' });
  const latest = useRef(0);
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);

  const fetchView = useCallback((quiet: boolean) => {
    latest.current += 1;
    const mine = latest.current;
    if (!quiet) setLoad({ state: 'loading' });
    call('strategy/load', {})
      .then((answer) => {
        if (mine !== latest.current) return;
        if (answer.ok) setLoad({ state: 'ready', view: answer.data });
        else if (!quiet) setLoad({ state: 'error', error: answer.error });
      })
      .catch((error: unknown) => {
        if (mine === latest.current && !quiet) setLoad({ state: 'error', error: unavailable(error) });
      });
  }, []);

  useEffect(() => {
    fetchView(false);
    return () => {
      latest.current += 1; // an answer arriving after the tab closed changes nothing
      if (settle.current) clearTimeout(settle.current);
    };
  }, [fetchView]);

  const edit = useCallback(
    async (payload: StrategyEditPayload): Promise<EditOutcome> => {
      try {
        const answer = await call('strategy/edit', payload);
        if (!answer.ok) return { ok: false, error: answer.error };
        latest.current += 1; // a load sent before this edit must not bring the old tree back
        setLoad((current) => (current.state === 'ready' ? { state: 'ready', view: { ...current.view, tree: answer.data.tree } } : current));
        if (settle.current) clearTimeout(settle.current);
        settle.current = setTimeout(() => fetchView(true), SETTLE_MS);
        return { ok: true, tree: answer.data.tree };
      } catch (error) {
        return { ok: false, error: unavailable(error) };
      }
    },
    [fetchView],
  );

  return { load, reload: useCallback(() => fetchView(false), [fetchView]), refresh: useCallback(() => fetchView(true), [fetchView]), edit };
}
