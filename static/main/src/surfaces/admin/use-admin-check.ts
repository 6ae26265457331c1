import { useEffect, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import { call } from '../../api';
import { unavailable } from './error-words';

export type AdminCheck = { state: 'checking' } | { state: 'admin' } | { state: 'refused' } | { state: 'error'; error: AppError };

/**
 * Asks the server once whether the viewer is a Jira admin, so a refusal shows before anything editable does.
 * The server checks on every admin call anyway.
 */
export function useAdminCheck(): [AdminCheck, () => void] {
  const [check, setCheck] = useState<AdminCheck>({ state: 'checking' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setCheck({ state: 'checking' });
    call('admin/check', {})
      .then((answer) => {
        if (!current) return;
        if (answer.ok) setCheck({ state: 'admin' });
        else setCheck(answer.error.code === 'ADMIN_REQUIRED' ? { state: 'refused' } : { state: 'error', error: answer.error });
      })
      .catch((error: unknown) => {
        if (current) setCheck({ state: 'error', error: unavailable(error) });
      });
    return () => {
      current = false;
    };
  }, [attempt]);
  return [check, () => setAttempt((n) => n + 1)];
}
