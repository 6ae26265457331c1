/** C2 create, C4 update (version = current + 1, else 409), C5 delete (to trash; purge/draft variants). */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ConfluencePage } from '../../site/confluence-schema';
import { visiblePageOrThrow, visibleSpaceOrThrow } from '../access';
import { type EmulatorContext, authorOf } from '../context';
import { ConfluenceError, badRequest, notFound } from '../errors';
import { type EmulatorEnv, MAX_PAGE_REQUEST_BYTES, idParam, jsonResponse, readJsonBody, requestUrl, wikiBase } from '../http';
import { assertNotOwnAncestor, assertStorageBody, assertTitleFree, resolveParentId } from '../page-rules';
import { pageJson } from '../representations';

const id = z.union([z.string().regex(/^[0-9]+$/, 'must be a numeric id'), z.number().int().nonnegative()]).transform(String);
const storageBody = z.object({
  representation: z.literal('storage', { message: "the local emulator accepts only representation 'storage'" }),
  value: z.string(),
});

const CreatePageBody = z
  .object({
    spaceId: id,
    status: z.enum(['current', 'draft']).default('current'),
    title: z.string().max(255).optional(),
    parentId: id.optional(),
    body: storageBody.optional(),
  })
  .refine((body) => body.status === 'draft' || (body.title ?? '').trim() !== '', {
    message: 'a title is required for a current page',
    path: ['title'],
  });

const UpdatePageBody = z.object({
  id,
  status: z.enum(['current', 'draft', 'archived']),
  title: z.string().min(1).max(255),
  spaceId: id.optional(),
  parentId: id.optional(),
  body: storageBody,
  version: z.object({ number: z.number().int().min(1), message: z.string().optional() }),
});

export function registerPageWriteRoutes(app: Hono<EmulatorEnv>, ctx: EmulatorContext): void {
  app.post('/wiki/api/v2/pages', async (c) => {
    const actor = c.env.actor;
    const input = await readJsonBody(c, CreatePageBody, MAX_PAGE_REQUEST_BYTES);
    const space = visibleSpaceOrThrow(ctx, input.spaceId, actor);
    const parentId = resolveParentId(ctx, space, input.parentId, requestUrl(c).searchParams.get('root-level') === 'true', actor);
    const title = input.title ?? '';
    if (input.status === 'current') assertTitleFree(ctx, space.id, title);
    const body = input.body?.value ?? '';
    assertStorageBody(body);
    const at = ctx.now().toISOString();
    const author = authorOf(actor);
    const page: ConfluencePage = {
      id: ctx.nextId(),
      spaceId: space.id,
      ...(parentId === undefined ? {} : { parentId }),
      title,
      status: input.status,
      body,
      version: { number: 1, message: '', createdAt: at, authorId: author },
      authorId: author,
      createdAt: at,
      properties: [],
      labels: [],
    };
    ctx.site.confluence.pages.push(page);
    if (page.status === 'current') ctx.emit({ type: 'avi:confluence:created:page', pageId: page.id, spaceId: page.spaceId }, actor);
    return jsonResponse(pageJson(ctx, page, { withBody: true, baseUrl: wikiBase(c) }));
  });

  app.put('/wiki/api/v2/pages/:id', async (c) => {
    const actor = c.env.actor;
    const pageId = idParam(c, 'id');
    const input = await readJsonBody(c, UpdatePageBody, MAX_PAGE_REQUEST_BYTES);
    const page = visiblePageOrThrow(ctx, pageId, actor);
    if (input.id !== pageId) throw badRequest(`Body id ${input.id} does not match the page id ${pageId} in the path`);
    if (input.spaceId !== undefined && input.spaceId !== page.spaceId) {
      throw badRequest('Moving a page to another space is not supported by the local emulator');
    }
    if (input.version.number !== page.version.number + 1) {
      throw new ConfluenceError(
        409,
        `Version must be incremented when updating a page. Current Version: [${page.version.number}]. Provided version: [${input.version.number}]`,
      );
    }
    const space = visibleSpaceOrThrow(ctx, page.spaceId, actor);
    const parentId = input.parentId === undefined ? page.parentId : resolveParentId(ctx, space, input.parentId, false, actor);
    assertNotOwnAncestor(ctx, page.id, parentId);
    if (input.status !== 'draft') assertTitleFree(ctx, page.spaceId, input.title, page.id);
    assertStorageBody(input.body.value);
    const wasTrashed = page.status === 'trashed';
    page.title = input.title;
    page.status = input.status;
    page.body = input.body.value;
    if (parentId === undefined) delete page.parentId;
    else page.parentId = parentId;
    page.version = { number: input.version.number, message: input.version.message ?? '', createdAt: ctx.now().toISOString(), authorId: authorOf(actor) };
    const type = wasTrashed ? 'avi:confluence:restored:page' : 'avi:confluence:updated:page';
    ctx.emit({ type, pageId: page.id, spaceId: page.spaceId }, actor);
    return jsonResponse(pageJson(ctx, page, { withBody: true, baseUrl: wikiBase(c) }));
  });

  app.delete('/wiki/api/v2/pages/:id', (c) => {
    const actor = c.env.actor;
    const page = visiblePageOrThrow(ctx, idParam(c, 'id'), actor);
    const url = requestUrl(c);
    const purge = url.searchParams.get('purge') === 'true';
    const draft = url.searchParams.get('draft') === 'true';
    if (purge || draft) {
      if (purge && page.status !== 'trashed') throw badRequest('Only a trashed page can be purged; delete it first');
      if (draft && page.status !== 'draft') throw badRequest(`Page ${page.id} is not a draft`);
      removePage(ctx, page);
      ctx.emit({ type: 'avi:confluence:deleted:page', pageId: page.id, spaceId: page.spaceId }, actor);
      return c.body(null, 204);
    }
    if (page.status !== 'current' && page.status !== 'archived') throw notFound(`Page ${page.id} is ${page.status}; nothing to delete`);
    page.status = 'trashed';
    reparentChildren(ctx, page);
    ctx.emit({ type: 'avi:confluence:trashed:page', pageId: page.id, spaceId: page.spaceId }, actor);
    return c.body(null, 204);
  });
}

/** Children of a removed page move up to its parent, as in Confluence. */
function reparentChildren(ctx: EmulatorContext, page: ConfluencePage): void {
  for (const child of ctx.site.confluence.pages) {
    if (child.parentId !== page.id) continue;
    if (page.parentId === undefined) delete child.parentId;
    else child.parentId = page.parentId;
  }
}

function removePage(ctx: EmulatorContext, page: ConfluencePage): void {
  reparentChildren(ctx, page);
  const pages = ctx.site.confluence.pages;
  pages.splice(pages.indexOf(page), 1);
}
