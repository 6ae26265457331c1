/** Request/response helpers shared by the route files: JSON bodies (zod-checked), size limit, id params. */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Actor } from '../site/actor';
import { ConfluenceError, badRequest, invalidBody, invalidParameter } from './errors';

export type EmulatorEnv = { Bindings: { actor: Actor } };
export type EmulatorContextHono = Context<EmulatorEnv>;

/** Confluence refuses create/update requests above 5 MB with 413. */
export const MAX_PAGE_REQUEST_BYTES = 5 * 1024 * 1024;

export async function readJsonBody<S extends z.ZodType>(c: EmulatorContextHono, schema: S, maxBytes?: number): Promise<z.output<S>> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(contentType)) {
    throw new ConfluenceError(415, 'Unsupported Media Type', `Content-Type '${contentType || 'null'}' is not supported; send application/json.`);
  }
  const text = await c.req.text();
  if (maxBytes !== undefined && Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw new ConfluenceError(413, 'Request entity too large', `The request body exceeds ${maxBytes} bytes.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw badRequest('Invalid JSON in request body', error instanceof Error ? error.message : null);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalidBody(parsed.error);
  return parsed.data;
}

/** Path ids are int64 in Confluence; anything else is a 400. */
export function idParam(c: EmulatorContextHono, name: string): string {
  const value = c.req.param(name) ?? '';
  if (!/^[0-9]+$/.test(value)) throw invalidParameter(name, 'Long', `'${value}' is not a numeric id.`);
  return value;
}

export function requestUrl(c: EmulatorContextHono): URL {
  return new URL(c.req.url);
}

/** `_links.base`: the site's wiki root as seen by the caller. */
export function wikiBase(c: EmulatorContextHono): string {
  return `${requestUrl(c).origin}/wiki`;
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** Body-format: the emulator stores only storage format and says so loudly for anything else. */
export function wantsStorageBody(url: URL): boolean {
  const format = url.searchParams.get('body-format');
  if (format === null) return false;
  if (format !== 'storage') {
    throw invalidParameter('body-format', 'storage', `The local emulator supports only body-format=storage, got '${format}'.`);
  }
  return true;
}
