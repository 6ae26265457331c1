/** C3 get page, C6 list pages (also per space), C7 children and direct-children. */
import type { Hono } from 'hono';
import type { ConfluencePage } from '../../site/confluence-schema';
import type { SortKey } from '../cursor';
import { canViewPage, visiblePageOrThrow, visibleSpaceOrThrow } from '../access';
import type { EmulatorContext } from '../context';
import { invalidParameter, notFound } from '../errors';
import { type EmulatorContextHono, type EmulatorEnv, idParam, jsonResponse, requestUrl, wantsStorageBody, wikiBase } from '../http';
import { type SortChoice, paginate, readEnumList, readIdList, readLimit, readSort } from '../paging';
import { childJson, childPosition, labelJson, pageJson, propertyJson } from '../representations';

const PAGE_STATUSES = ['current', 'archived', 'trashed', 'deleted', 'historical', 'draft'] as const;
const LIST_SORTS = ['id', 'title', 'created-date', 'modified-date'] as const;
const CHILD_SORTS = ['child-position', 'id', 'created-date', 'modified-date'] as const;
/** `include-labels` / `include-properties` inline at most this many entries. */
const INLINE_LIMIT = 50;

export function registerPageReadRoutes(app: Hono<EmulatorEnv>, ctx: EmulatorContext): void {
  app.get('/wiki/api/v2/pages/:id', (c) => {
    const url = requestUrl(c);
    const page = visiblePageOrThrow(ctx, idParam(c, 'id'), c.env.actor);
    const statuses = readEnumList(url, 'status', PAGE_STATUSES);
    if (statuses && !statuses.includes(page.status)) throw notFound(`Page ${page.id} has status ${page.status}`);
    const json = pageJson(ctx, page, { withBody: wantsStorageBody(url), baseUrl: wikiBase(c) });
    return jsonResponse({ ...json, ...inlinedExtras(url, page) });
  });

  app.get('/wiki/api/v2/pages', (c) => {
    const url = requestUrl(c);
    const spaceIds = readIdList(url, 'space-id', 100);
    return listPages(c, ctx, (page) => !spaceIds || spaceIds.includes(page.spaceId));
  });

  app.get('/wiki/api/v2/spaces/:id/pages', (c) => {
    const space = visibleSpaceOrThrow(ctx, idParam(c, 'id'), c.env.actor);
    const depth = requestUrl(c).searchParams.get('depth') ?? 'all';
    if (depth !== 'all' && depth !== 'root') throw invalidParameter('depth', 'all|root');
    return listPages(c, ctx, (page) => page.spaceId === space.id && (depth === 'all' || page.parentId === undefined));
  });

  for (const route of ['children', 'direct-children'] as const) {
    app.get(`/wiki/api/v2/pages/:id/${route}`, (c) => {
      const url = requestUrl(c);
      const parent = visiblePageOrThrow(ctx, idParam(c, 'id'), c.env.actor);
      const sort = readSort(url, CHILD_SORTS, 'child-position');
      const limit = readLimit(url);
      const children = ctx.site.confluence.pages.filter(
        (page) => page.parentId === parent.id && page.status === 'current' && canViewPage(ctx, page, c.env.actor),
      );
      const result = paginate({ url, baseUrl: wikiBase(c), cursors: ctx.cursors, items: children, direction: sort.direction, limit, sortKey: (page) => childSortKey(ctx, page, sort) });
      const results = result.results.map((page) => childJson(ctx, page, route === 'direct-children'));
      return jsonResponse({ results, _links: result.links }, 200, result.headers);
    });
  }
}

function listPages(c: EmulatorContextHono, ctx: EmulatorContext, inScope: (page: ConfluencePage) => boolean): Response {
  const url = requestUrl(c);
  const ids = readIdList(url, 'id', 250);
  const title = url.searchParams.get('title');
  const statuses: readonly string[] = readEnumList(url, 'status', PAGE_STATUSES) ?? ['current', 'archived'];
  const sort = readSort(url, LIST_SORTS, 'id');
  const limit = readLimit(url);
  const withBody = wantsStorageBody(url);
  const matches = ctx.site.confluence.pages.filter(
    (page) =>
      inScope(page) &&
      statuses.includes(page.status) &&
      (!ids || ids.includes(page.id)) &&
      (title === null || page.title === title) &&
      // drafts are private to their author
      (page.status !== 'draft' || c.env.actor.kind === 'app' || (c.env.actor.kind === 'user' && page.authorId === c.env.actor.accountId)) &&
      canViewPage(ctx, page, c.env.actor),
  );
  const result = paginate({ url, baseUrl: wikiBase(c), cursors: ctx.cursors, items: matches, direction: sort.direction, limit, sortKey: (page) => pageSortKey(page, sort) });
  const results = result.results.map((page) => pageJson(ctx, page, { withBody }));
  return jsonResponse({ results, _links: result.links }, 200, result.headers);
}

function pageSortKey(page: ConfluencePage, sort: SortChoice): SortKey {
  const id = Number(page.id);
  switch (sort.field) {
    case 'title':
      return [page.title, id];
    case 'created-date':
      return [page.createdAt, id];
    case 'modified-date':
      return [page.version.createdAt, id];
    default:
      return [id];
  }
}

function childSortKey(ctx: EmulatorContext, page: ConfluencePage, sort: SortChoice): SortKey {
  return sort.field === 'child-position' ? [childPosition(ctx, page), Number(page.id)] : pageSortKey(page, sort);
}

/** `include-labels` and `include-properties` embed the first entries with a `meta.hasMore` flag. */
function inlinedExtras(url: URL, page: ConfluencePage): Record<string, unknown> {
  const extras: Record<string, unknown> = {};
  const inline = <T>(items: T[]) => ({ results: items.slice(0, INLINE_LIMIT), meta: { hasMore: items.length > INLINE_LIMIT, cursor: null }, _links: {} });
  if (url.searchParams.get('include-labels') === 'true') extras.labels = inline(page.labels.map(labelJson));
  if (url.searchParams.get('include-properties') === 'true') extras.properties = inline(page.properties.map(propertyJson));
  return extras;
}
