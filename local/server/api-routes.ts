/**
 * The site's JSON API: drive resolvers without a browser (`/api/invoke`), the products as a user (what the
 * bridge's requestJira/requestConfluence use), the instruments, and scheduled triggers on demand.
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Actor } from '../site/actor';
import type { LocalSite } from '../site/create-local-site';

const invokeBody = z.object({
  functionKey: z.string().min(1).optional(),
  moduleKey: z.string().min(1),
  resolverKey: z.string().min(1),
  payload: z.unknown().optional(),
  accountId: z.string().min(1).optional(),
  context: z.record(z.string(), z.unknown()).optional(),
});
const productBody = z.object({
  accountId: z.string().min(1).optional(),
  restPath: z.string().startsWith('/', 'must start with /'),
  method: z.enum(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD']).default('GET'),
  headers: z.union([z.array(z.tuple([z.string(), z.string()])), z.record(z.string(), z.string())]).default({}),
  body: z.string().nullable().optional(),
});
const latencyBody = z.object({ route: z.string().min(1), ms: z.number().int().min(0).max(120_000) });
const failBody = z.union([
  z.object({ route: z.string().min(1), status: z.literal(429), retryAfterSeconds: z.number().min(0).default(1), reason: z.string().default('jira-quota-global-based'), times: z.number().int().min(1).default(1) }),
  z.object({ route: z.string().min(1), status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]), retryAfterSeconds: z.number().min(0).optional(), times: z.number().int().min(1).default(1) }),
]);

/** Parses the JSON body with `schema`; the error names the field. */
async function parseBody<S extends z.ZodType>(c: Context, schema: S): Promise<{ ok: true; data: z.infer<S> } | { ok: false; message: string }> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return { ok: false, message: 'The request body is not valid JSON' };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, message: z.prettifyError(parsed.error) };
}

const badRequest = (c: Context, message: string) => c.json({ ok: false, error: { name: 'BadRequest', message, timedOut: false } }, 400);

function actorFor(local: LocalSite, accountId: string | undefined): Actor | string {
  if (accountId === undefined) return { kind: 'anonymous' };
  return local.site.users.some((u) => u.accountId === accountId) ? { kind: 'user', accountId } : `No site user has the account id ${accountId}`;
}

export function registerApiRoutes(app: Hono, local: LocalSite): void {
  app.post('/api/invoke', async (c) => {
    const body = await parseBody(c, invokeBody);
    if (!body.ok) return badRequest(c, body.message);
    const { moduleKey, resolverKey, payload, accountId } = body.data;
    const module = local.app.uiModules.find((m) => m.key === moduleKey);
    if (!module) return badRequest(c, `The manifest has no UI module '${moduleKey}'`);
    const functionKey = body.data.functionKey ?? module.resolverFunction;
    if (!functionKey) return badRequest(c, `Module '${moduleKey}' declares no resolver function`);
    const actor = actorFor(local, accountId);
    if (typeof actor === 'string') return badRequest(c, actor);
    const extension = { type: module.type, ...(body.data.context?.extension as Record<string, unknown> | undefined) };
    const context = { ...body.data.context, moduleKey, extension };
    return c.json(await local.host.invokeResolver({ functionKey, resolverKey, payload, accountId, context }));
  });

  app.post('/api/product/:product', async (c) => {
    const product = c.req.param('product');
    if (product !== 'jira' && product !== 'confluence') return badRequest(c, `Unknown product '${product}' (jira or confluence)`);
    const body = await parseBody(c, productBody);
    if (!body.ok) return badRequest(c, body.message);
    const actor = actorFor(local, body.data.accountId);
    if (typeof actor === 'string') return badRequest(c, actor);
    const { method, headers, restPath } = body.data;
    const hasBody = method !== 'GET' && method !== 'HEAD' && body.data.body !== null && body.data.body !== undefined;
    const request = new Request(new URL(restPath, local.host.settings.siteUrl), { method, headers, ...(hasBody ? { body: body.data.body } : {}) });
    const response = await local[product](request, actor);
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, key) => (responseHeaders[key] = value));
    return c.json({ status: response.status, statusText: response.statusText, headers: responseHeaders, body: await response.text() });
  });

  app.get('/api/instruments/counts', (c) => c.json({ products: local.instruments.counts(), host: local.host.counters(), jiraLimits: local.instruments.jiraLimits.usage(), kvs: local.instruments.kvs.usage() }));
  app.post('/api/instruments/latency', async (c) => {
    const body = await parseBody(c, latencyBody);
    if (!body.ok) return badRequest(c, body.message);
    local.instruments.setLatency(body.data.route, body.data.ms);
    return c.json({ ok: true });
  });
  app.post('/api/instruments/fail', async (c) => {
    const body = await parseBody(c, failBody);
    if (!body.ok) return badRequest(c, body.message);
    const { route, times, ...failure } = body.data;
    local.instruments.failNext(route, failure, times);
    return c.json({ ok: true });
  });
  app.post('/api/instruments/reset', (c) => {
    local.instruments.reset();
    local.host.resetCounters();
    return c.json({ ok: true });
  });

  app.post('/api/triggers/:moduleKey/run', async (c) => {
    const moduleKey = c.req.param('moduleKey');
    if (!local.app.scheduledTriggers.some((t) => t.key === moduleKey)) return c.json({ ok: false, error: { name: 'NotFound', message: `No scheduled trigger '${moduleKey}'`, timedOut: false } }, 404);
    return c.json(await local.host.runScheduledTrigger(moduleKey));
  });
}
