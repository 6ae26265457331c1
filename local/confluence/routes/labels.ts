/**
 * Labels: read through v2 (C10), written through v1 (C11 add, C12 remove) with the v1 envelope.
 * A label id belongs to the (prefix, name) pair site-wide, as in Confluence, so the same label on two
 * pages shares its id.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ConfluenceLabel, ConfluencePage } from '../../site/confluence-schema';
import { visiblePageOrThrow } from '../access';
import type { EmulatorContext } from '../context';
import { notFound } from '../errors';
import { type EmulatorEnv, idParam, jsonResponse, readJsonBody, requestUrl, wikiBase } from '../http';
import { paginate, readEnumList, readLimit, readSort } from '../paging';
import { labelJson } from '../representations';

/** Characters Confluence refuses in label names (spaces included). */
const FORBIDDEN_LABEL_CHARS = /[\s!#&()*,.:;<>?@[\]^]/;

const LabelInput = z.object({
  prefix: z.enum(['global', 'my', 'team']).default('global'),
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !FORBIDDEN_LABEL_CHARS.test(name), { message: "a label name cannot contain spaces or any of !#&()*,.:;<>?@[]^" }),
});
/** v1 takes an array, and also a single label object. */
const AddLabelsBody = z.union([z.array(LabelInput).min(1), LabelInput.transform((label) => [label])]);

export function registerLabelRoutes(app: Hono<EmulatorEnv>, ctx: EmulatorContext): void {
  app.get('/wiki/api/v2/pages/:id/labels', (c) => {
    const url = requestUrl(c);
    const page = visiblePageOrThrow(ctx, idParam(c, 'id'), c.env.actor);
    const prefixes = readEnumList(url, 'prefix', ['global', 'my', 'team', 'system'] as const);
    const sort = readSort(url, ['id', 'name', 'created-date'], 'id');
    const limit = readLimit(url);
    const matches = page.labels.filter((label) => !prefixes || prefixes.includes(label.prefix));
    const sortKey = (label: ConfluenceLabel) => (sort.field === 'name' ? [label.name, Number(label.id)] : [Number(label.id)]);
    const result = paginate({ url, baseUrl: wikiBase(c), cursors: ctx.cursors, items: matches, direction: sort.direction, limit, sortKey });
    return jsonResponse({ results: result.results.map(labelJson), _links: result.links }, 200, result.headers);
  });

  app.post('/wiki/rest/api/content/:id/label', async (c) => {
    const page = visiblePageOrThrow(ctx, idParam(c, 'id'), c.env.actor);
    const labels = await readJsonBody(c, AddLabelsBody);
    for (const input of labels) {
      const name = input.name.toLowerCase(); // Confluence stores label names in lower case
      if (page.labels.some((label) => label.prefix === input.prefix && label.name === name)) continue;
      page.labels.push({ id: labelIdFor(ctx, input.prefix, name), prefix: input.prefix, name });
      ctx.emit({ type: 'avi:confluence:added:label', pageId: page.id, spaceId: page.spaceId, label: name }, c.env.actor);
    }
    return jsonResponse(v1LabelList(c.req.url, wikiBase(c), page));
  });

  app.delete('/wiki/rest/api/content/:id/label/:name', (c) => removeLabel(c.env.actor, idParam(c, 'id'), c.req.param('name')));
  app.delete('/wiki/rest/api/content/:id/label', (c) => removeLabel(c.env.actor, idParam(c, 'id'), requestUrl(c).searchParams.get('name') ?? ''));

  function removeLabel(actor: Parameters<typeof visiblePageOrThrow>[2], pageId: string, rawName: string): Response {
    const page = visiblePageOrThrow(ctx, pageId, actor);
    const name = rawName.toLowerCase();
    const index = page.labels.findIndex((label) => label.name === name && label.prefix !== 'system');
    if (index === -1) throw notFound(`Label '${rawName}' is not on content ${pageId}`);
    page.labels.splice(index, 1);
    ctx.emit({ type: 'avi:confluence:removed:label', pageId: page.id, spaceId: page.spaceId, label: name }, actor);
    return new Response(null, { status: 204 });
  }
}

function labelIdFor(ctx: EmulatorContext, prefix: ConfluenceLabel['prefix'], name: string): string {
  for (const page of ctx.site.confluence.pages) {
    const existing = page.labels.find((label) => label.prefix === prefix && label.name === name);
    if (existing) return existing.id;
  }
  return ctx.nextId();
}

function v1LabelList(self: string, base: string, page: ConfluencePage) {
  const results = page.labels.map((label) => ({ prefix: label.prefix, name: label.name, id: label.id, label: label.name }));
  return { results, start: 0, limit: 200, size: results.length, _links: { self, base, context: '/wiki' } };
}
