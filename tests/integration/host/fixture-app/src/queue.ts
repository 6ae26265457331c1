/** Queue consumers: `work` records each body and chains when asked; `flaky` asks for two retries before succeeding. */
import { kvs } from '@forge/kvs';
import { InvocationError, InvocationErrorCode, Queue, type AsyncEvent } from '@forge/events';

export async function work(event: AsyncEvent) {
  const n = Number(event.body.n);
  await kvs.set(`work:${n}`, { body: event.body, jobId: event.jobId, queueName: event.queueName });
  if (Number(event.body.chainUntil ?? 0) > n) await new Queue({ key: 'work' }).push({ body: { ...event.body, n: n + 1 } });
}

export async function flaky(event: AsyncEvent) {
  const attempt = event.retryContext?.retryCount ?? 0;
  if (attempt < 2) {
    return new InvocationError({ retryAfter: 30, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST, retryData: { attempt } });
  }
  await kvs.set('flaky:done', { attempt, retryData: event.retryContext?.retryData ?? null, body: event.body });
  return undefined;
}
