import { DependencyCreatePayload } from '../../../../../src/contract/programme';

export type NewDependencyCheck = { ok: true; blockerKey: string; blockedKey: string } | { ok: false; problem: 'invalid-key' | 'same' };

/**
 * Checks the create form before calling the server, with the contract's own schema, so the form and the
 * resolver agree on what a key is. Keys are trimmed and upper-cased: people type "data-9".
 */
export function checkNewDependency(blocker: string, blocked: string): NewDependencyCheck {
  const blockerKey = blocker.trim().toUpperCase();
  const blockedKey = blocked.trim().toUpperCase();
  const parsed = DependencyCreatePayload.safeParse({ blockerKey, blockedKey });
  if (parsed.success) return { ok: true, blockerKey, blockedKey };
  const same = parsed.error.issues.some((issue) => issue.code === 'custom');
  return { ok: false, problem: same ? 'same' : 'invalid-key' };
}
