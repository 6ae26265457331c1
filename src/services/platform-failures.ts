import { PlatformError } from '../platform/platform-error';
import { RETRY_POLICY } from '../platform/retry-policy';
import { AppFailure } from './errors';

/** Turns a product failure into the coded error the UI explains; anything else passes through untouched. */
export function asAppFailure(error: unknown, subject: Record<string, string>): unknown {
  if (!(error instanceof PlatformError)) return error;
  const params = { ...subject, product: error.product, detail: error.message };
  switch (error.kind) {
    case 'not-found':
      return new AppFailure({ code: 'NOT_FOUND', params });
    case 'forbidden':
    case 'unauthorized':
      return new AppFailure({ code: 'PERMISSION_DENIED', params });
    case 'conflict':
      return new AppFailure({ code: 'CONFLICT', params });
    case 'rate-limited':
      // Jira's limits: the user is told when to try again instead of waiting for a resolver that would time out.
      return new AppFailure({
        code: 'RATE_LIMITED',
        params: { ...params, status: error.status, retryAfterSeconds: error.rateLimit?.retryAfterSeconds ?? RETRY_POLICY.unknownRetryAfterSeconds, ...(error.rateLimit?.reason ? { reason: error.rateLimit.reason } : {}) },
      });
    case 'bad-request':
      // Jira's 400s say what was wrong (invalid JQL, a bad value): its words reach the user, not "unavailable".
      return new AppFailure({ code: 'JIRA_REJECTED', params: { ...params, message: error.message, status: error.status } });
    default:
      return new AppFailure({ code: 'JIRA_UNAVAILABLE', params: { ...params, status: error.status } });
  }
}
