/**
 * Jira Cloud's rate limits for apps (enforced since 2 Mar 2026), as the local site applies them to the app's Jira
 * traffic (the instrumented path: the site shell's own reads are Jira's UI, not the app, and pass untouched).
 * Figures and names from https://developer.atlassian.com/cloud/jira/platform/rate-limiting/ (page of 12 Aug 2026) and
 * https://developer.atlassian.com/cloud/jira/platform/build-an-app-that-respects-rate-limits/ (20 Oct 2026):
 *  - hourly points quota: Tier 1 "Global Pool", 65,000 points an hour for the app, reset at the top of each UTC hour,
 *    every request refused until then (`jira-quota-global-based`; a Tier 2 per-tenant pool says `jira-quota-tenant-based`).
 *    The local site is the app's only installation, so the app's pool is that installation's;
 *  - burst: a token bucket per endpoint and method, refilled at the steady rate (GET and POST 100/s, PUT and DELETE 50/s;
 *    GET issue/{id} and POST search/approximate-count 150/s); the bucket size is not published: it holds one second of
 *    the rate here (`jira-burst-based`);
 *  - per issue: at most 20 writes in 2 s and 100 in 30 s to one issue (`jira-per-issue-on-write`).
 * A 429 carries Retry-After (seconds), RateLimit-Reason, X-RateLimit-Limit/-Remaining/-Reset and Jira's error envelope;
 * answers carry RateLimit-Policy/RateLimit for the quota (`r` only below 20 % left, with X-RateLimit-NearLimit: true)
 * and X-RateLimit-Limit/-Remaining for the endpoint's per-second rate.
 */
import { BASE_POINTS, objectPointsOf } from './rate-limit-costs';

export type JiraLimit = 'quota' | 'burst' | 'per-issue-write';
export type JiraRateLimitReason = 'jira-quota-global-based' | 'jira-quota-tenant-based' | 'jira-burst-based' | 'jira-per-issue-on-write';

export interface JiraRateLimitSettings {
  quota: { pool: 'global' | 'tenant'; pointsPerHour: number };
  /** steady requests per second by method, and per route pattern where Jira sets its own */
  burst: { perSecond: Record<string, number>; endpoints: Record<string, number> };
  perIssueWrites: ReadonlyArray<{ writes: number; seconds: number }>;
}

export const JIRA_RATE_LIMITS: JiraRateLimitSettings = {
  quota: { pool: 'global', pointsPerHour: 65_000 },
  burst: {
    perSecond: { GET: 100, POST: 100, PUT: 50, DELETE: 50 },
    endpoints: { 'GET /rest/api/3/issue/{issueIdOrKey}': 150, 'POST /rest/api/3/search/approximate-count': 150 },
  },
  perIssueWrites: [
    { writes: 20, seconds: 2 },
    { writes: 100, seconds: 30 },
  ],
};

export interface JiraRateLimitOptions {
  now?: () => Date;
  /** other figures, e.g. a tiny quota for a test; the documented ones (JIRA_RATE_LIMITS) otherwise */
  settings?: { quota?: Partial<JiraRateLimitSettings['quota']>; burst?: Partial<JiraRateLimitSettings['burst']>; perIssueWrites?: JiraRateLimitSettings['perIssueWrites'] };
}

/** One request as the instruments see it: `route` is its pattern (`GET /rest/api/3/issue/{issueIdOrKey}`). */
export interface JiraCall {
  method: string;
  route: string;
  path: string;
}

export interface JiraLimitUsage {
  quota: { pool: 'global' | 'tenant'; pointsPerHour: number; used: number; resetsAt: string };
  /** points charged since the last reset, by route pattern */
  points: Record<string, number>;
  /** 429s the limits answered since the last reset, by reason, then route pattern */
  rateLimited: Partial<Record<JiraRateLimitReason, Record<string, number>>>;
  /** limits a test relaxed, with the reason it gave */
  relaxed: Partial<Record<JiraLimit, string>>;
}

export interface JiraRateLimits {
  /** Before the request reaches Jira: the 429 to answer, or undefined to let it through. */
  admit(call: JiraCall): Response | undefined;
  /** After Jira answered an admitted request: charges its objects' points and returns the answer with the rate-limit headers. */
  charge(call: JiraCall, response: Response): Promise<Response>;
  /**
   * Stops one limit refusing requests (points are still counted), for a test that is not about that limit and says why,
   * e.g. `relax('burst', 'seeds 500 issues in one second before the test starts')`. Lasts for these instruments' life.
   */
  relax(limit: JiraLimit, why: string): void;
  usage(): JiraLimitUsage;
  /** Empties the counts and refills the quota, buckets and per-issue windows; relaxations stay. */
  reset(): void;
}

const HOUR_MS = 3_600_000;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NEAR_LIMIT_SHARE = 0.2;

interface Bucket {
  tokens: number;
  at: number;
}

export function createJiraRateLimits(options: JiraRateLimitOptions = {}): JiraRateLimits {
  const now = () => (options.now ?? (() => new Date()))().getTime();
  const settings: JiraRateLimitSettings = {
    quota: { ...JIRA_RATE_LIMITS.quota, ...options.settings?.quota },
    burst: { ...JIRA_RATE_LIMITS.burst, ...options.settings?.burst },
    perIssueWrites: options.settings?.perIssueWrites ?? JIRA_RATE_LIMITS.perIssueWrites,
  };
  const quotaReason: JiraRateLimitReason = settings.quota.pool === 'global' ? 'jira-quota-global-based' : 'jira-quota-tenant-based';
  const policy = settings.quota.pool === 'global' ? 'global-app-quota' : 'tenant-app-quota';
  const longestWindowMs = Math.max(0, ...settings.perIssueWrites.map((w) => w.seconds * 1000));
  const relaxed: Partial<Record<JiraLimit, string>> = {};
  let hour = 0;
  let used = 0;
  let buckets = new Map<string, Bucket>();
  let writes = new Map<string, number[]>();
  let points: Record<string, number> = {};
  let rateLimited: JiraLimitUsage['rateLimited'] = {};

  // A method the table does not name (HEAD, PATCH) gets the stricter write rate.
  const rateOf = (call: JiraCall) => settings.burst.endpoints[call.route] ?? settings.burst.perSecond[call.method] ?? settings.burst.perSecond.PUT ?? 1;
  const hourStart = (at: number) => Math.floor(at / HOUR_MS) * HOUR_MS;
  /** The quota's points used this UTC hour (a new hour starts from nothing). */
  const usedNow = (at: number) => {
    if (hourStart(at) !== hour) [hour, used] = [hourStart(at), 0];
    return used;
  };
  const bucketOf = (call: JiraCall, at: number): Bucket => {
    const rate = rateOf(call);
    const bucket = buckets.get(call.route) ?? { tokens: rate, at };
    bucket.tokens = Math.min(rate, bucket.tokens + ((at - bucket.at) / 1000) * rate);
    bucket.at = at;
    buckets.set(call.route, bucket);
    return bucket;
  };
  const spend = (route: string, cost: number) => {
    used += cost;
    points[route] = (points[route] ?? 0) + cost;
  };
  const refuse = (call: JiraCall, reason: JiraRateLimitReason, waitMs: number, limit: number, at: number): Response => {
    const byRoute = (rateLimited[reason] ??= {});
    byRoute[call.route] = (byRoute[call.route] ?? 0) + 1;
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    return rateLimitedResponse(reason, seconds, limit, at, reason === quotaReason ? quotaHeaders(policy, settings.quota.pointsPerHour, 0, at) : {});
  };

  return {
    admit(call) {
      const at = now();
      if (!relaxed.quota && usedNow(at) >= settings.quota.pointsPerHour) {
        return refuse(call, quotaReason, hourStart(at) + HOUR_MS - at, settings.quota.pointsPerHour, at);
      }
      const issue = WRITE_METHODS.has(call.method) ? issueOf(call) : undefined;
      const stamps = issue === undefined ? [] : (writes.get(issue) ?? []).filter((stamp) => stamp > at - longestWindowMs);
      const within = (seconds: number) => stamps.filter((stamp) => stamp > at - seconds * 1000);
      const full = relaxed['per-issue-write'] ? undefined : settings.perIssueWrites.find((w) => within(w.seconds).length >= w.writes);
      // Free again when the oldest write of the full window leaves it.
      if (full) return refuse(call, 'jira-per-issue-on-write', (within(full.seconds)[0] ?? at) + full.seconds * 1000 - at, full.writes, at);
      const bucket = bucketOf(call, at);
      if (!relaxed.burst && bucket.tokens < 1) return refuse(call, 'jira-burst-based', ((1 - bucket.tokens) / rateOf(call)) * 1000, rateOf(call), at);
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      if (issue !== undefined) writes.set(issue, [...stamps, at]);
      spend(call.route, BASE_POINTS);
      return undefined;
    },
    async charge(call, response) {
      const at = now();
      const text = await response.text();
      usedNow(at);
      spend(call.route, objectPointsOf(call.route, response.status, text === '' ? undefined : safeJson(text)));
      const headers = new Headers(response.headers);
      const remaining = Math.max(0, settings.quota.pointsPerHour - used);
      for (const [name, value] of Object.entries(quotaHeaders(policy, settings.quota.pointsPerHour, remaining, at))) headers.set(name, value);
      headers.set('X-RateLimit-Limit', String(rateOf(call)));
      headers.set('X-RateLimit-Remaining', String(Math.floor(bucketOf(call, at).tokens)));
      return new Response(text === '' ? null : text, { status: response.status, statusText: response.statusText, headers });
    },
    relax(limit, why) {
      if (why.trim() === '') throw new Error(`Relaxing the ${limit} limit needs the reason the test may ignore it`);
      relaxed[limit] = why;
    },
    usage: () => ({
      quota: { pool: settings.quota.pool, pointsPerHour: settings.quota.pointsPerHour, used: usedNow(now()), resetsAt: new Date(hourStart(now()) + HOUR_MS).toISOString() },
      points: { ...points },
      rateLimited: Object.fromEntries(Object.entries(rateLimited).map(([reason, byRoute]) => [reason, { ...byRoute }])),
      relaxed: { ...relaxed },
    }),
    reset() {
      [hour, used] = [0, 0];
      buckets = new Map();
      writes = new Map();
      points = {};
      rateLimited = {};
    },
  };
}

/** The issue a write addresses in its path (`/issue/{issueIdOrKey}/…`), as named there. */
function issueOf(call: JiraCall): string | undefined {
  const at = call.route.split(' ').pop()?.split('/').indexOf('{issueIdOrKey}') ?? -1;
  return at < 0 ? undefined : call.path.split('/')[at];
}

/** The quota as the structured headers state it: `r` only once less than 20 % is left (the docs' "near limit"). */
function quotaHeaders(policy: string, pointsPerHour: number, remaining: number, at: number): Record<string, string> {
  const secondsToReset = Math.ceil((Math.floor(at / HOUR_MS) * HOUR_MS + HOUR_MS - at) / 1000);
  const near = remaining < pointsPerHour * NEAR_LIMIT_SHARE;
  return {
    'RateLimit-Policy': `"${policy}";q=${pointsPerHour};w=3600`,
    'RateLimit': `"${policy}";${near ? `r=${remaining};` : ''}t=${secondsToReset}`,
    ...(near ? { 'X-RateLimit-NearLimit': 'true' } : {}),
  };
}

function rateLimitedResponse(reason: JiraRateLimitReason, retryAfterSeconds: number, limit: number, at: number, extra: Record<string, string>): Response {
  const reset = new Date(at + retryAfterSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return new Response(JSON.stringify({ errorMessages: ['Rate limit exceeded.'], errors: {} }), {
    status: 429,
    headers: {
      'Content-Type': 'application/json;charset=UTF-8',
      'Retry-After': String(retryAfterSeconds),
      'RateLimit-Reason': reason,
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': reset,
      ...extra,
    },
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
