import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../src/contract/errors';
import type { ResolverData, ResolverKey, ResolverPayload } from '../../../src/contract/resolver-keys';
import { call } from './api';

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: AppError } | { state: 'ready'; data: T };

/** Calls a resolver when the payload changes and exposes loading, error and data, plus a reload. */
export function useResolver<K extends ResolverKey>(key: K, payload: ResolverPayload<K>): [Loadable<ResolverData<K>>, () => void] {
  const [result, setResult] = useState<Loadable<ResolverData<K>>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const payloadJson = JSON.stringify(payload);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    call(key, JSON.parse(payloadJson) as ResolverPayload<K>)
      .then((answer) => {
        if (!current) return;
        setResult(answer.ok ? { state: 'ready', data: answer.data } : { state: 'error', error: answer.error });
      })
      .catch((error: unknown) => {
        if (current) setResult({ state: 'error', error: { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } } });
      });
    return () => {
      current = false;
    };
  }, [key, payloadJson, attempt]);
  return [result, useCallback(() => setAttempt((n) => n + 1), [])];
}
