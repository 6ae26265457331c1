/**
 * Confluence Cloud's rate limits for apps, as the local site applies them to the app's Confluence traffic (the
 * instrumented path; the site shell's and people's own requests pass untouched). Since 2 Mar 2026 Confluence applies the
 * same model as Jira (https://developer.atlassian.com/cloud/confluence/rate-limiting/, rest doc §11):
 *  - an hourly points quota drawn from the app's global pool (65,000 points an hour, reset at the top of each UTC hour;
 *    every request refused until then): 1 point a request plus 1 per object a read returns;
 *  - per-second burst limits per endpoint and method. Confluence publishes no figures; the local site holds it to Jira's
 *    (GET and POST 100/s, PUT and DELETE 50/s), with a bucket of one second's worth.
 * The reasons follow Jira's naming with the product's name (`confluence-quota-global-based`, `confluence-burst-based`) ⚠
 * not captured live. A 429 carries Retry-After, RateLimit-Reason, X-RateLimit-* and Confluence's v2 error envelope.
 */
export type ConfluenceLimit = 'quota' | 'burst';
export type ConfluenceRateLimitReason = 'confluence-quota-global-based' | 'confluence-burst-based';

export interface ConfluenceRateLimitSettings {
  pointsPerHour: number;
  perSecond: Record<string, number>;
}

export const CONFLUENCE_RATE_LIMITS: ConfluenceRateLimitSettings = { pointsPerHour: 65_000, perSecond: { GET: 100, POST: 100, PUT: 50, DELETE: 50 } };

export interface ConfluenceLimitUsage {
  used: number;
  pointsPerHour: number;
  /** points by route pattern (`GET /wiki/api/v2/pages/{id}`) */
  points: Record<string, number>;
  rateLimited: Partial<Record<ConfluenceRateLimitReason, Record<string, number>>>;
  relaxed: Partial<Record<ConfluenceLimit, string>>;
}

export interface ConfluenceRateLimits {
  /** The 429 to answer before the request reaches Confluence, or undefined to let it through. */
  admit(method: string, path: string): Response | undefined;
  /** Charges an admitted request's returned objects. */
  charge(method: string, path: string, response: Response): Promise<Response>;
  /** Stops one limit refusing (points are still counted), for a test that says why. */
  relax(limit: ConfluenceLimit, why: string): void;
  usage(): ConfluenceLimitUsage;
  reset(): void;
}

const HOUR_MS = 3_600_000;

/** The route pattern: numeric ids become `{id}`, so each endpoint has one bucket whatever page it names. */
export const confluenceRouteOf = (method: string, path: string) => `${method} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`;

export function createConfluenceRateLimits(options: { now?: () => Date; settings?: Partial<ConfluenceRateLimitSettings> } = {}): ConfluenceRateLimits {
  const now = () => (options.now ?? (() => new Date()))().getTime();
  const settings = { ...CONFLUENCE_RATE_LIMITS, ...options.settings };
  const relaxed: Partial<Record<ConfluenceLimit, string>> = {};
  let [hour, used] = [0, 0];
  let buckets = new Map<string, { tokens: number; at: number }>();
  let points: Record<string, number> = {};
  let rateLimited: ConfluenceLimitUsage['rateLimited'] = {};
  const rateOf = (method: string) => settings.perSecond[method] ?? settings.perSecond.PUT ?? 1;
  const usedNow = (at: number) => {
    const start = Math.floor(at / HOUR_MS) * HOUR_MS;
    if (start !== hour) [hour, used] = [start, 0];
    return used;
  };
  const spend = (route: string, cost: number) => {
    used += cost;
    points[route] = (points[route] ?? 0) + cost;
  };
  const refuse = (route: string, reason: ConfluenceRateLimitReason, waitMs: number, limit: number, at: number) => {
    const byRoute = (rateLimited[reason] ??= {});
    byRoute[route] = (byRoute[route] ?? 0) + 1;
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    return new Response(JSON.stringify({ errors: [{ status: 429, code: 'TOO_MANY_REQUESTS', title: 'Rate limit exceeded.', detail: null }] }), {
      status: 429,
      headers: {
        'Content-Type': 'application/json',
        'Retry-After': String(seconds),
        'RateLimit-Reason': reason,
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': new Date(at + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      },
    });
  };

  return {
    admit(method, path) {
      const at = now();
      const route = confluenceRouteOf(method, path);
      const spent = usedNow(at); // also turns the hour over, relaxed or not
      if (!relaxed.quota && spent >= settings.pointsPerHour) return refuse(route, 'confluence-quota-global-based', hour + HOUR_MS - at, settings.pointsPerHour, at);
      const rate = rateOf(method);
      const bucket = buckets.get(route) ?? { tokens: rate, at };
      bucket.tokens = Math.min(rate, bucket.tokens + ((at - bucket.at) / 1000) * rate);
      bucket.at = at;
      buckets.set(route, bucket);
      if (!relaxed.burst && bucket.tokens < 1) return refuse(route, 'confluence-burst-based', ((1 - bucket.tokens) / rate) * 1000, rate, at);
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      spend(route, 1);
      return undefined;
    },
    async charge(method, path, response) {
      if (method !== 'GET' || !response.ok) return response;
      const text = await response.text();
      usedNow(now());
      spend(confluenceRouteOf(method, path), objectsIn(text));
      return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
    },
    relax(limit, why) {
      if (why.trim() === '') throw new Error(`Relaxing the ${limit} limit needs the reason the test may ignore it`);
      relaxed[limit] = why;
    },
    usage: () => ({ used: usedNow(now()), pointsPerHour: settings.pointsPerHour, points: { ...points }, rateLimited: structuredClone(rateLimited), relaxed: { ...relaxed } }),
    reset() {
      [hour, used] = [0, 0];
      buckets = new Map();
      points = {};
      rateLimited = {};
    },
  };
}

/** A list answer costs one point per result; a single object one. */
function objectsIn(text: string): number {
  try {
    const body = JSON.parse(text) as { results?: unknown };
    return Array.isArray(body.results) ? body.results.length : 1;
  } catch {
    return 0;
  }
}
