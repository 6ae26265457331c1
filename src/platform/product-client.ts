import api, { type Route } from '@forge/api';
import type { z } from 'zod';
import { remainingMs } from './deadline';
import { PlatformError, kindOfStatus, messageOfBody } from './platform-error';
import { RETRY_POLICY, decideRetry, retryAfterSecondsOf } from './retry-policy';

export type Principal = 'user' | 'app';
export type Product = 'jira' | 'confluence';

export interface ProductRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Set for a POST that is safe to repeat (a search, a link create that Jira de-duplicates). */
  idempotent?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(product: Product, principal: Principal, path: Route, request: ProductRequest): Promise<Response> {
  const requester = principal === 'user' ? api.asUser() : api.asApp();
  const init = {
    method: request.method ?? 'GET',
    headers: { Accept: 'application/json', ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  };
  return (product === 'jira' ? requester.requestJira(path, init) : requester.requestConfluence(path, init)) as Promise<Response>;
}

/**
 * Calls Jira or Confluence and parses the JSON answer with `schema`. Retries transient failures per
 * RETRY_POLICY, within the invocation's time left; any other failure becomes a PlatformError (a 429 one of kind
 * `rate-limited`, saying when to come back and why). A 204 or empty body parses as `undefined`.
 */
export async function requestProduct<T>(product: Product, principal: Principal, path: Route, schema: z.ZodType<T>, request: ProductRequest = {}): Promise<T> {
  const method = request.method ?? 'GET';
  const idempotent = RETRY_POLICY.idempotentMethods.has(method) || request.idempotent === true;
  for (let attempt = 1; ; attempt++) {
    const response = await send(product, principal, path, request);
    const text = await response.text();
    const body: unknown = text === '' ? undefined : safeJson(text);
    if (response.ok) {
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new PlatformError('unexpected-response', response.status, `${product} answered an unexpected shape at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`, product);
      }
      return parsed.data;
    }
    if (await waitedToRetry(response, attempt, idempotent)) continue;
    throw failureOf(product, response, body);
  }
}

/** What the retry rules read of an answer (a WHATWG Response or @forge/api's own). */
interface Answer {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
}

/** After a failed answer: waits and says true when RETRY_POLICY sends the request again, else says false at once. */
export async function waitedToRetry(response: Answer, attempt: number, idempotent: boolean): Promise<boolean> {
  const decision = decideRetry({
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    reason: response.headers.get('ratelimit-reason'),
    attempt,
    idempotent,
    remainingMs: remainingMs(),
    nowMs: Date.now(),
  });
  if (!decision.retry) return false;
  await sleep(decision.waitMs);
  return true;
}

/** The PlatformError for a final failed answer; a 429 says when to come back and which limit it hit. */
export function failureOf(product: Product, response: Answer, body: unknown): PlatformError {
  const message = messageOfBody(body) || response.statusText;
  if (response.status !== 429) return new PlatformError(kindOfStatus(response.status), response.status, message, product);
  const { headers } = response;
  return new PlatformError('rate-limited', 429, message || 'Rate limit exceeded.', product, {
    retryAfterSeconds: retryAfterSecondsOf(headers.get('retry-after'), headers.get('x-ratelimit-reset'), Date.now()),
    reason: headers.get('ratelimit-reason'),
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
