/** C8/C9: content properties of a page, addressed by numeric id; PUT needs version = current + 1. */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ConfluencePage, ConfluenceProperty } from '../../site/confluence-schema';
import { visiblePageOrThrow } from '../access';
import { type EmulatorContext, authorOf } from '../context';
import { ConfluenceError, badRequest, notFound } from '../errors';
import { type EmulatorEnv, idParam, jsonResponse, readJsonBody, requestUrl, wikiBase } from '../http';
import { paginate, readLimit, readSort } from '../paging';
import { propertyJson } from '../representations';

const propertyKey = z.string().min(1).max(255);
/** A JSON value must be present; `undefined` (missing) is refused, `null` is allowed. */
const propertyValue = z.unknown().refine((value) => value !== undefined, { message: 'a value is required' });

const CreatePropertyBody = z.object({ key: propertyKey, value: propertyValue });
const UpdatePropertyBody = z.object({
  key: propertyKey,
  value: propertyValue,
  version: z.object({ number: z.number().int().min(1), message: z.string().optional() }),
});

export function registerPropertyRoutes(app: Hono<EmulatorEnv>, ctx: EmulatorContext): void {
  const base = '/wiki/api/v2/pages/:id/properties';

  app.get(base, (c) => {
    const url = requestUrl(c);
    const page = visiblePageOrThrow(ctx, idParam(c, 'id'), c.env.actor);
    const key = url.searchParams.get('key');
    const sort = readSort(url, ['key'], 'key');
    const limit = readLimit(url);
    const matches = page.properties.filter((property) => key === null || property.key === key);
    const result = paginate({ url, baseUrl: wikiBase(c), cursors: ctx.cursors, items: matches, direction: sort.direction, limit, sortKey: (p) => [p.key, Number(p.id)] });
    return jsonResponse({ results: result.results.map(propertyJson), _links: result.links }, 200, result.headers);
  });

  app.post(base, async (c) => {
    const page = visiblePageOrThrow(ctx, idParam(c, 'id'), c.env.actor);
    const input = await readJsonBody(c, CreatePropertyBody);
    if (page.properties.some((property) => property.key === input.key)) {
      throw badRequest(`A content property with key '${input.key}' already exists on page ${page.id}; update it by id instead`);
    }
    const property: ConfluenceProperty = {
      id: ctx.nextId(),
      key: input.key,
      value: input.value,
      version: { number: 1, message: '', createdAt: ctx.now().toISOString(), authorId: authorOf(c.env.actor) },
    };
    page.properties.push(property);
    ctx.emit({ type: 'avi:confluence:created:content_property', pageId: page.id, spaceId: page.spaceId, propertyKey: property.key }, c.env.actor);
    return jsonResponse(propertyJson(property));
  });

  app.get(`${base}/:propertyId`, (c) => {
    const { property } = findProperty(ctx, c.env.actor, idParam(c, 'id'), idParam(c, 'propertyId'));
    return jsonResponse(propertyJson(property));
  });

  app.put(`${base}/:propertyId`, async (c) => {
    const { page, property } = findProperty(ctx, c.env.actor, idParam(c, 'id'), idParam(c, 'propertyId'));
    const input = await readJsonBody(c, UpdatePropertyBody);
    if (input.version.number !== property.version.number + 1) {
      throw new ConfluenceError(
        409,
        `Version must be incremented when updating a content property. Current Version: [${property.version.number}]. Provided version: [${input.version.number}]`,
      );
    }
    if (input.key !== property.key) throw badRequest(`The key of property ${property.id} is '${property.key}' and cannot be changed`);
    property.value = input.value;
    property.version = {
      number: input.version.number,
      message: input.version.message ?? '',
      createdAt: ctx.now().toISOString(),
      authorId: authorOf(c.env.actor),
    };
    ctx.emit({ type: 'avi:confluence:updated:content_property', pageId: page.id, spaceId: page.spaceId, propertyKey: property.key }, c.env.actor);
    return jsonResponse(propertyJson(property));
  });

  app.delete(`${base}/:propertyId`, (c) => {
    const { page, property } = findProperty(ctx, c.env.actor, idParam(c, 'id'), idParam(c, 'propertyId'));
    page.properties.splice(page.properties.indexOf(property), 1);
    ctx.emit({ type: 'avi:confluence:deleted:content_property', pageId: page.id, spaceId: page.spaceId, propertyKey: property.key }, c.env.actor);
    return c.body(null, 204);
  });
}

function findProperty(
  ctx: EmulatorContext,
  actor: Parameters<typeof visiblePageOrThrow>[2],
  pageId: string,
  propertyId: string,
): { page: ConfluencePage; property: ConfluenceProperty } {
  const page = visiblePageOrThrow(ctx, pageId, actor);
  const property = page.properties.find((candidate) => candidate.id === propertyId);
  if (!property) throw notFound(`No content property with id ${propertyId} exists on page ${pageId}`);
  return { page, property };
}
