/**
 * The one retry policy for product REST calls. 429 honours Retry-After; 502/503/504 are transient and retried
 * with exponential backoff and full jitter; 500 is treated as a bug on the other side and not retried.
 * Only idempotent requests are retried blindly (GET, PUT, DELETE); a POST that creates something is not.
 */
export const RETRY_POLICY = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  transientStatuses: new Set([429, 502, 503, 504]),
  idempotentMethods: new Set(['GET', 'HEAD', 'PUT', 'DELETE']),
};

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null when absent or unreadable. */
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
