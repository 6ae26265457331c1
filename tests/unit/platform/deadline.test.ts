/** src/platform/deadline.ts: the time an invocation has left, set per invocation without passing it through every call. */
import { remainingMs, withDeadline } from '../../../src/platform/deadline';

const NOW = 1_000_000;

it('knows no limit outside a Forge invocation and outside withDeadline', () => {
  expect(remainingMs(NOW)).toBe(Number.POSITIVE_INFINITY);
});

it('gives the time to the deadline to everything awaited inside withDeadline, and an inner deadline only tightens it', async () => {
  const seen = await withDeadline(NOW + 10_000, async () => {
    await Promise.resolve();
    const outer = remainingMs(NOW);
    const earlier = await withDeadline(NOW + 4_000, async () => remainingMs(NOW));
    const later = await withDeadline(NOW + 60_000, async () => remainingMs(NOW));
    return { outer, earlier, later };
  });
  expect(seen).toEqual({ outer: 10_000, earlier: 4_000, later: 10_000 });
  expect(remainingMs(NOW)).toBe(Number.POSITIVE_INFINITY);
});

it('never says less than nothing', async () => {
  expect(await withDeadline(NOW - 5, async () => remainingMs(NOW))).toBe(0);
});

it('reads what Forge says is left of the invocation', async () => {
  const g = globalThis as { __forge_runtime__?: unknown };
  const appContext = { appId: 'a', appVersion: '1', environmentId: 'e', environmentType: 'DEVELOPMENT', invocationId: 'i', installationId: 'n', functionKey: 'f', moduleType: 'm', moduleKey: 'k' };
  g.__forge_runtime__ = { appContext, lambdaContext: { awsRequestId: 'i', getRemainingTimeInMillis: () => 7_000 } };
  try {
    expect(remainingMs(NOW)).toBe(7_000);
    expect(await withDeadline(NOW + 3_000, async () => remainingMs(NOW))).toBe(3_000);
  } finally {
    delete g.__forge_runtime__;
  }
});
