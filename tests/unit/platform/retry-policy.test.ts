/** The retry rules of src/platform/retry-policy.ts: which 429s and 5xx are sent again, after how long, and when the invocation's time says no. */
import { RETRY_POLICY, decideRetry, retryAfterSecondsOf, type FailedAttempt } from '../../../src/platform/retry-policy';

const NOW = Date.parse('2026-10-20T10:59:30.000Z');
const RESOLVER_MS = 25_000;
const CONSUMER_MS = 900_000;

function failed(overrides: Partial<FailedAttempt>): FailedAttempt {
  return { status: 429, retryAfter: '1', reason: 'jira-burst-based', attempt: 1, idempotent: true, remainingMs: RESOLVER_MS, nowMs: NOW, ...overrides };
}
const lowest = () => 0;
const highest = () => 0.999_999;

describe('a 429 for the hourly points quota', () => {
  it.each(['jira-quota-global-based', 'jira-quota-tenant-based', 'jira-cost-based', 'confluence-quota-global-based'])('is never retried within the invocation (%s), however soon the hour turns', (reason) => {
    expect(decideRetry(failed({ reason, retryAfter: '1', remainingMs: CONSUMER_MS }))).toEqual({ retry: false });
  });
});

describe('a burst 429', () => {
  it('is retried after Retry-After, stretched by at most 30 % jitter', () => {
    expect(decideRetry(failed({ retryAfter: '1' }), lowest)).toEqual({ retry: true, waitMs: 1000 });
    const latest = decideRetry(failed({ retryAfter: '1' }), highest);
    expect(latest.retry && latest.waitMs).toBe(1300);
  });

  it('waits longer with every attempt, never less than Retry-After', () => {
    const waits = [1, 2, 3, 4].map((attempt) => decideRetry(failed({ retryAfter: '0', attempt }), lowest));
    expect(waits).toEqual([500, 1000, 2000, 4000].map((waitMs) => ({ retry: true, waitMs })));
    expect(decideRetry(failed({ retryAfter: '3', attempt: 2 }), lowest)).toEqual({ retry: true, waitMs: 3000 });
  });

  it('is answered at once when the wait does not fit in the time left: a 30 s Retry-After in a 25 s resolver', () => {
    expect(decideRetry(failed({ retryAfter: '30', remainingMs: RESOLVER_MS }), lowest)).toEqual({ retry: false });
    expect(decideRetry(failed({ retryAfter: '30', remainingMs: CONSUMER_MS }), lowest)).toEqual({ retry: true, waitMs: 30_000 });
  });

  it('keeps time back to send the request again and answer', () => {
    const justEnough = 1000 + RETRY_POLICY.answerReserveMs;
    expect(decideRetry(failed({ remainingMs: justEnough }), lowest)).toEqual({ retry: true, waitMs: 1000 });
    expect(decideRetry(failed({ remainingMs: justEnough - 1 }), lowest)).toEqual({ retry: false });
  });

  it('is not held for more than a minute even when the invocation could wait', () => {
    expect(decideRetry(failed({ retryAfter: '61', remainingMs: CONSUMER_MS }), lowest)).toEqual({ retry: false });
  });

  it('is retried the same way for a per-issue write limit and for a 429 naming no reason', () => {
    expect(decideRetry(failed({ reason: 'jira-per-issue-on-write' }), lowest)).toEqual({ retry: true, waitMs: 1000 });
    expect(decideRetry(failed({ reason: null, retryAfter: null }), lowest)).toEqual({ retry: true, waitMs: 500 });
  });

  it('is not retried for a request that must not be sent twice, nor after the last attempt', () => {
    expect(decideRetry(failed({ idempotent: false }))).toEqual({ retry: false });
    expect(decideRetry(failed({ attempt: RETRY_POLICY.maxAttempts }))).toEqual({ retry: false });
  });
});

describe('5xx', () => {
  it('502/503/504 back off with full jitter, or wait their Retry-After', () => {
    expect(decideRetry(failed({ status: 503, retryAfter: null, reason: null, attempt: 2 }), () => 0.5)).toEqual({ retry: true, waitMs: 1000 });
    expect(decideRetry(failed({ status: 503, retryAfter: '4', reason: null }), () => 0.5)).toEqual({ retry: true, waitMs: 4000 });
    expect(decideRetry(failed({ status: 504, retryAfter: null, reason: null, attempt: 3 }), () => 0.25)).toEqual({ retry: true, waitMs: 1000 });
  });

  it('respect the deadline too', () => {
    expect(decideRetry(failed({ status: 502, retryAfter: null, reason: null, attempt: 2, remainingMs: 2000 }), () => 0.5)).toEqual({ retry: false });
    expect(decideRetry(failed({ status: 503, retryAfter: '10', reason: null, remainingMs: 5000 }))).toEqual({ retry: false });
  });

  it('500 is not retried', () => {
    expect(decideRetry(failed({ status: 500, retryAfter: null, reason: null }))).toEqual({ retry: false });
  });
});

describe('when to come back', () => {
  it('is Retry-After in whole seconds, else X-RateLimit-Reset, else a minute', () => {
    expect(retryAfterSecondsOf('30', '2026-10-20T11:00:00Z', NOW)).toBe(30);
    expect(retryAfterSecondsOf('0.4', null, NOW)).toBe(1);
    expect(retryAfterSecondsOf(null, '2026-10-20T11:00Z', NOW)).toBe(30);
    expect(retryAfterSecondsOf(null, null, NOW)).toBe(RETRY_POLICY.unknownRetryAfterSeconds);
    expect(retryAfterSecondsOf('Tue, 20 Oct 2026 11:00:00 GMT', null, NOW)).toBe(30);
  });
});
