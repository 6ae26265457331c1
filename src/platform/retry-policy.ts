/**
 * The one retry policy for product REST calls, following Jira's rate-limiting guides
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/, …/build-an-app-that-respects-rate-limits/):
 * - a 429 for the hourly points quota (`RateLimit-Reason: jira-quota-global-based`, `jira-quota-tenant-based`, the
 *   older `jira-cost-based`, or Confluence's `confluence-quota-global-based`) is never retried: every request is refused until
 *   the hour turns, so the caller is told at once how long to wait;
 * - any other 429 (`jira-burst-based`: that endpoint, `jira-per-issue-on-write`: that issue, or no reason) is retried
 *   after Retry-After at the earliest, the wait doubling from 0.5 s with every attempt and stretched by up to 30 %
 *   (jitter, so refused callers do not all come back in the same instant);
 * - 502/503/504 are retried with exponential backoff and full jitter (or their Retry-After); 500 is a bug on the other
 *   side and is not retried;
 * - only idempotent requests are retried (GET, PUT, DELETE, or a POST marked so), and only when the wait, plus the
 *   time to send the request again and answer, fits in what is left of the invocation (./deadline.ts), and no
 *   Retry-After asks for more than a minute: otherwise the failure is reported at once, as a coded error, instead of
 *   the function timing out.
 */
export const RETRY_POLICY = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  /** the first wait after a burst 429 without a longer Retry-After; doubles with each attempt */
  rateLimitBaseDelayMs: 500,
  rateLimitJitter: 0.3,
  /** time kept back for sending the request again and answering the user */
  answerReserveMs: 1500,
  /** what a user is told to wait when a 429 says nothing about it */
  unknownRetryAfterSeconds: 60,
  transientStatuses: new Set([429, 502, 503, 504]),
  idempotentMethods: new Set(['GET', 'HEAD', 'PUT', 'DELETE']),
};

// Confluence's names follow Jira's with the product's name (not captured live; the local site uses them).
const QUOTA_REASONS = new Set(['jira-quota-global-based', 'jira-quota-tenant-based', 'jira-cost-based', 'confluence-quota-global-based', 'confluence-quota-tenant-based']);

/** What a failed answer says about retrying it. */
export interface FailedAttempt {
  status: number;
  /** the `Retry-After` header */
  retryAfter: string | null;
  /** the `RateLimit-Reason` header */
  reason: string | null;
  /** 1-based */
  attempt: number;
  /** the request may be sent again without doing anything twice */
  idempotent: boolean;
  /** what is left of the invocation (./deadline.ts) */
  remainingMs: number;
  nowMs: number;
}

export type RetryDecision = { retry: true; waitMs: number } | { retry: false };

export function isQuotaReason(reason: string | null): boolean {
  return reason !== null && QUOTA_REASONS.has(reason);
}

export function decideRetry(failed: FailedAttempt, random: () => number = Math.random): RetryDecision {
  if (!RETRY_POLICY.transientStatuses.has(failed.status) || !failed.idempotent || failed.attempt >= RETRY_POLICY.maxAttempts) return { retry: false };
  const retryAfter = retryAfterMs(failed.retryAfter, failed.nowMs);
  // Waiting longer than maxDelayMs is not worth holding an invocation for: the caller is told when to come back instead.
  if (retryAfter !== null && retryAfter > RETRY_POLICY.maxDelayMs) return { retry: false };
  let waitMs: number;
  if (failed.status === 429) {
    if (isQuotaReason(failed.reason)) return { retry: false };
    const floor = RETRY_POLICY.rateLimitBaseDelayMs * 2 ** (failed.attempt - 1);
    waitMs = Math.max(retryAfter ?? 0, floor) * (1 + RETRY_POLICY.rateLimitJitter * random());
  } else {
    waitMs = retryAfter ?? backoffMs(failed.attempt, random);
  }
  waitMs = Math.ceil(Math.min(waitMs, RETRY_POLICY.maxDelayMs));
  return waitMs + RETRY_POLICY.answerReserveMs <= failed.remainingMs ? { retry: true, waitMs } : { retry: false };
}

/** Whole seconds a caller should wait after a 429 it was not retried past: Retry-After, else X-RateLimit-Reset. */
export function retryAfterSecondsOf(retryAfter: string | null, rateLimitReset: string | null, nowMs: number): number {
  const ms = retryAfterMs(retryAfter, nowMs) ?? retryAfterMs(rateLimitReset, nowMs);
  return ms === null ? RETRY_POLICY.unknownRetryAfterSeconds : Math.ceil(ms / 1000);
}

/** Milliseconds from a Retry-After header (delta-seconds or a date), or null when absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs: number): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - nowMs) : null;
}

/** Full-jitter backoff for the given attempt (1-based). */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}
