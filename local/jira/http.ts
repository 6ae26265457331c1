/** Request helpers shared by the route files: the Hono env, JSON bodies (zod-checked), query lists, self URLs. */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Actor } from '../site/actor';
import { invalidPayload } from './errors';

export type JiraEnv = { Bindings: { actor: Actor } };
export type JiraHonoContext = Context<JiraEnv>;

/** Thrown for a POST/PUT without a JSON content type; Jira answers 415 as problem+json, not its usual envelope. */
export class UnsupportedMediaType extends Error {
  constructor(readonly contentType: string | undefined) {
    super(`Content-Type '${contentType ?? 'null'}' is not supported.`);
  }
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers } });
}

export async function readJson(c: JiraHonoContext): Promise<unknown> {
  const contentType = c.req.header('content-type');
  if (!contentType || !/^application\/([a-z.+-]*\+)?json\b/i.test(contentType)) throw new UnsupportedMediaType(contentType);
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw invalidPayload();
  }
}

export async function readJsonBody<S extends z.ZodType>(c: JiraHonoContext, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await readJson(c));
  if (!parsed.success) throw invalidPayload();
  return parsed.data;
}

/** Query lists come both repeated (`?fields=a&fields=b`) and comma-joined (`?fields=a,b`). */
export function queryList(c: JiraHonoContext, name: string): string[] | undefined {
  const raw = c.req.queries(name);
  if (!raw) return undefined;
  return raw.flatMap((entry) => entry.split(',')).map((entry) => entry.trim()).filter((entry) => entry !== '');
}

export function siteBase(c: JiraHonoContext): string {
  return new URL(c.req.url).origin;
}

export function actorOf(c: JiraHonoContext): Actor {
  return c.env.actor;
}
