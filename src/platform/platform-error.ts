/**
 * What can go wrong talking to Jira or Confluence, as a small set of kinds the services can act on. Built from
 * the HTTP answer once, here, so no service reads status codes.
 */
export type PlatformErrorKind = 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'bad-request' | 'rate-limited' | 'server' | 'unexpected-response';

/** Why a product refused a request for its rate limits, and when to come back (kind `rate-limited` only). */
export interface RateLimitDetails {
  retryAfterSeconds: number;
  /** `RateLimit-Reason`, e.g. `jira-quota-global-based`, `jira-burst-based`; null when the answer named none */
  reason: string | null;
}

export class PlatformError extends Error {
  constructor(
    readonly kind: PlatformErrorKind,
    readonly status: number,
    message: string,
    readonly product: 'jira' | 'confluence' | 'storage',
    readonly rateLimit?: RateLimitDetails,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

export function kindOfStatus(status: number): PlatformErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'bad-request';
}

/** Jira's `{errorMessages, errors}` or Confluence's `{errors:[{title,detail}]}` as one readable line. */
export function messageOfBody(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const jira = body as { errorMessages?: unknown; errors?: unknown };
  const parts: string[] = [];
  if (Array.isArray(jira.errorMessages)) parts.push(...jira.errorMessages.filter((m): m is string => typeof m === 'string'));
  if (Array.isArray(jira.errors)) {
    for (const e of jira.errors as Array<{ title?: unknown; detail?: unknown }>) parts.push([e.title, e.detail].filter((x) => typeof x === 'string').join(': '));
  } else if (typeof jira.errors === 'object' && jira.errors !== null) {
    for (const [field, text] of Object.entries(jira.errors)) parts.push(`${field}: ${String(text)}`);
  }
  return parts.join(' ');
}
