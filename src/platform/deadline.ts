import { AsyncLocalStorage } from 'node:async_hooks';
import { getAppContext } from '@forge/api';

/**
 * How long the current invocation may still run, so a retry never waits past the function's time limit (a resolver has
 * 25 s; a 30 s Retry-After there is a timeout, not an answer). Forge says it through `getAppContext()
 * .invocationRemainingTimeInMillis()` (the Lambda's `getRemainingTimeInMillis`, docs/forge-platform.md §3.4); code that
 * wants to finish earlier (to answer, or to save its progress) sets a tighter deadline for everything it awaits with
 * `withDeadline`, so no service has to pass a deadline through its calls.
 */
const scoped = new AsyncLocalStorage<number>();

/** Runs `work` with a deadline (epoch ms) for every product call it makes; an outer, earlier deadline still applies. */
export function withDeadline<T>(deadlineMs: number, work: () => Promise<T>): Promise<T> {
  const outer = scoped.getStore();
  return scoped.run(outer === undefined ? deadlineMs : Math.min(outer, deadlineMs), work);
}

/** Milliseconds left: the tighter of Forge's remaining invocation time and any `withDeadline`; Infinity when neither is known. */
export function remainingMs(nowMs: number = Date.now()): number {
  const scopedDeadline = scoped.getStore();
  const own = scopedDeadline === undefined ? Number.POSITIVE_INFINITY : scopedDeadline - nowMs;
  return Math.max(0, Math.min(own, forgeRemainingMs()));
}

function forgeRemainingMs(): number {
  try {
    const remaining = getAppContext().invocationRemainingTimeInMillis();
    return Number.isFinite(remaining) ? remaining : Number.POSITIVE_INFINITY;
  } catch {
    // Outside a Forge invocation (a unit test, a script) or a tunnel without the Lambda context: no limit is known.
    return Number.POSITIVE_INFINITY;
  }
}
