/**
 * Instruments shared by all emulated products: per-route latency, injected 429/5xx failures and call
 * counts keyed by route PATTERN ("GET /rest/api/3/issue/{issueIdOrKey}"), so tests and benchmarks can
 * reason about the points model (rest doc §11) without caring about concrete ids. The Jira they wrap also enforces
 * Jira's rate limits for apps (local/jira/rate-limits.ts), on by default.
 * Patterns: "METHOD /path" or "/path" (any method); `{name}` or `:name` matches one path segment; "*" matches every call.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { createConfluenceRateLimits, type ConfluenceRateLimits } from './confluence/rate-limits';
import { createJiraRateLimits, type JiraRateLimitOptions, type JiraRateLimits } from './jira/rate-limits';
import { createSearchIndex, type SearchIndex } from './jira/search-index';
import { createKvsMeter, type KvsMeter } from './kvs/meter';

export type FailureSpec =
  | { status: 429; retryAfterSeconds: number; reason: string }
  | { status: 500 | 502 | 503 | 504; retryAfterSeconds?: number };

export type ProductFetchFn<A> = (request: Request, actor: A) => Promise<Response>;

export interface Instruments {
  setLatency(routePattern: string, ms: number): void;
  failNext(routePattern: string, failure: FailureSpec, times?: number): void;
  counts(): Record<string, number>;
  /** Jira's rate limits (points quota, burst, per-issue writes) on the wrapped Jira: its points and 429s, `relax` for a test. */
  readonly jiraLimits: JiraRateLimits;
  /** Confluence's rate limits (points quota, burst) on the app's Confluence calls: points, 429s, `relax` for a test. */
  readonly confluenceLimits: ConfluenceRateLimits;
  /** Forge's KVS quotas on the site's store (on by default): units used, peaks, 429s, `relaxQuota` for a test. */
  readonly kvs: KvsMeter;
  /** The wrapped Jira's search index: `setLag(seconds)` makes search and jql/match see writes that much later (0 by default; reset() leaves it). */
  readonly jiraSearchIndex: SearchIndex;
  reset(): void;
  /** `routePatterns`: the product's own routes, so counts use their patterns (e.g. JIRA_ROUTE_PATTERNS). */
  wrap<A>(product: string, fetchFn: ProductFetchFn<A>, routePatterns?: readonly string[]): ProductFetchFn<A>;
}

export interface InstrumentOptions {
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** other figures for Jira's rate limits (the documented ones otherwise); their clock is `now` */
  jiraLimits?: JiraRateLimitOptions['settings'];
}

interface PendingFailure {
  pattern: string;
  failure: FailureSpec;
  remaining: number;
}

export function createInstruments(options: InstrumentOptions = {}): Instruments {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const latencies = new Map<string, number>();
  let failures: PendingFailure[] = [];
  let callCounts: Record<string, number> = {};
  const jiraLimits = createJiraRateLimits({ now, ...(options.jiraLimits ? { settings: options.jiraLimits } : {}) });
  const kvs = createKvsMeter({ now: () => now().getTime() });
  const confluenceLimits = createConfluenceRateLimits({ now });
  const jiraSearchIndex = createSearchIndex({ now });

  return {
    setLatency: (pattern, ms) => void latencies.set(pattern, ms),
    failNext: (pattern, failure, times = 1) => void failures.push({ pattern, failure, remaining: times }),
    counts: () => ({ ...callCounts }),
    jiraLimits,
    confluenceLimits,
    kvs,
    jiraSearchIndex,
    reset() {
      latencies.clear();
      failures = [];
      callCounts = {};
      jiraLimits.reset();
      confluenceLimits.reset();
      kvs.resetUsage();
    },
    wrap(product, fetchFn, routePatterns = []) {
      return async (request, actor) => {
        const method = request.method.toUpperCase();
        const path = new URL(request.url).pathname;
        const known = [...routePatterns, ...latencies.keys(), ...failures.map((f) => f.pattern)];
        const key = bestPattern(known, method, path) ?? `${method} ${path}`;
        callCounts[key] = (callCounts[key] ?? 0) + 1;

        const latency = latencyFor(latencies, method, path);
        if (latency > 0) await sleep(latency);
        const pending = failures.find((f) => f.remaining > 0 && matches(f.pattern, method, path));
        if (pending) {
          pending.remaining -= 1;
          failures = failures.filter((f) => f.remaining > 0);
          return failureResponse(product, path, pending.failure, now());
        }
        if (product === 'confluence') return confluenceLimits.admit(method, path) ?? confluenceLimits.charge(method, path, await fetchFn(request, actor));
        if (product !== 'jira') return fetchFn(request, actor);
        // Jira's limits see the request as it arrives (after the latency), under its route's own pattern.
        const call = { method, path, route: bestPattern([...routePatterns], method, path) ?? `${method} ${path}` };
        return jiraLimits.admit(call) ?? jiraLimits.charge(call, await fetchFn(request, actor));
      };
    },
  };
}

function splitPattern(pattern: string): { method: string | undefined; segments: string[] } {
  const [first, second] = pattern.trim().split(/\s+/);
  const path = second ?? first ?? '';
  return { method: second ? first?.toUpperCase() : undefined, segments: path.split('/').filter(Boolean) };
}

export function matches(pattern: string, method: string, path: string): boolean {
  if (pattern === '*') return true;
  const parsed = splitPattern(pattern);
  if (parsed.method && parsed.method !== method) return false;
  const segments = path.split('/').filter(Boolean);
  if (segments.length !== parsed.segments.length) return false;
  return parsed.segments.every((segment, i) => isParam(segment) || segment === segments[i]);
}

const isParam = (segment: string) => /^\{[^}]+\}$/.test(segment) || segment.startsWith(':');

/** The matching pattern with the most literal segments (so `/issue/bulkfetch` beats `/issue/{id}`). */
function bestPattern(patterns: string[], method: string, path: string): string | undefined {
  const literalCount = (pattern: string) => splitPattern(pattern).segments.filter((s) => !isParam(s)).length + (splitPattern(pattern).method ? 0.5 : 0);
  return patterns
    .filter((pattern) => pattern !== '*' && matches(pattern, method, path))
    .sort((a, b) => literalCount(b) - literalCount(a))[0];
}

function latencyFor(latencies: Map<string, number>, method: string, path: string): number {
  let total = latencies.get('*') ?? 0;
  for (const [pattern, ms] of latencies) if (pattern !== '*' && matches(pattern, method, path)) total = Math.max(total, ms);
  return total;
}

function failureResponse(product: string, path: string, failure: FailureSpec, at: Date): Response {
  const confluence = product === 'confluence' || path.startsWith('/wiki');
  const message = failure.status === 429 ? 'Rate limit exceeded.' : failure.status === 500 ? 'Internal server error' : 'Service unavailable, please try again later.';
  const body = confluence
    ? path.startsWith('/wiki/rest/')
      ? { statusCode: failure.status, message, data: { authorized: true, valid: true, errors: [], successful: false }, reason: message }
      : { errors: [{ status: failure.status, code: failure.status === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_SERVER_ERROR', title: message, detail: null }] }
    : { errorMessages: [message], errors: {} };
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (failure.retryAfterSeconds !== undefined) headers['Retry-After'] = String(failure.retryAfterSeconds);
  if (failure.status === 429) {
    const reset = new Date(at.getTime() + failure.retryAfterSeconds * 1000);
    Object.assign(headers, {
      'RateLimit-Reason': failure.reason,
      'X-RateLimit-Limit': '100',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': `${reset.toISOString().slice(0, 16)}Z`,
      'X-RateLimit-NearLimit': 'true',
    });
  }
  return new Response(JSON.stringify(body), { status: failure.status, headers });
}
