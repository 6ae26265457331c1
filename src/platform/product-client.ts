import api, { type Route } from '@forge/api';
import type { z } from 'zod';
import { PlatformError, kindOfStatus, messageOfBody } from './platform-error';
import { RETRY_POLICY, backoffMs, retryAfterMs } from './retry-policy';

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
 * RETRY_POLICY; any other failure becomes a PlatformError. A 204 or empty body parses as `undefined`.
 */
export async function requestProduct<T>(product: Product, principal: Principal, path: Route, schema: z.ZodType<T>, request: ProductRequest = {}): Promise<T> {
  const method = request.method ?? 'GET';
  const retryable = RETRY_POLICY.idempotentMethods.has(method) || request.idempotent === true;
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
    if (retryable && RETRY_POLICY.transientStatuses.has(response.status) && attempt < RETRY_POLICY.maxAttempts) {
      const wait = retryAfterMs(response.headers.get('retry-after'), Date.now()) ?? backoffMs(attempt);
      await sleep(Math.min(wait, RETRY_POLICY.maxDelayMs));
      continue;
    }
    throw new PlatformError(kindOfStatus(response.status), response.status, messageOfBody(body) || response.statusText, product);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
