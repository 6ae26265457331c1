/** C1: `GET /wiki/api/v2/spaces` — only spaces the caller may view, sorted by id, cursor-paged. */
import type { Hono } from 'hono';
import { canViewSpace } from '../access';
import type { EmulatorContext } from '../context';
import { invalidParameter } from '../errors';
import { type EmulatorEnv, jsonResponse, requestUrl, wikiBase } from '../http';
import { paginate, readEnumList, readIdList, readLimit, readList, readSort } from '../paging';
import { spaceJson } from '../representations';

const SPACE_SORTS = ['id', 'key', 'name'] as const;

export function registerSpaceRoutes(app: Hono<EmulatorEnv>, ctx: EmulatorContext): void {
  app.get('/wiki/api/v2/spaces', (c) => {
    const url = requestUrl(c);
    const ids = readIdList(url, 'ids', 250);
    const keys = readList(url, 'keys');
    if (keys.length > 250) throw invalidParameter('keys', 'Array', "'keys' accepts at most 250 values.");
    const types = readEnumList(url, 'type', ['global', 'collaboration', 'knowledge_base', 'personal'] as const);
    const statuses = readEnumList(url, 'status', ['current', 'archived'] as const);
    const sort = readSort(url, SPACE_SORTS, 'id');
    const limit = readLimit(url);
    const matches = ctx.site.confluence.spaces.filter(
      (space) =>
        canViewSpace(space, c.env.actor) &&
        (!ids || ids.includes(space.id)) &&
        (keys.length === 0 || keys.includes(space.key)) &&
        (!types || types.includes(space.type)) &&
        (!statuses || statuses.includes(space.status)),
    );
    const page = paginate({
      url,
      baseUrl: wikiBase(c),
      cursors: ctx.cursors,
      items: matches,
      direction: sort.direction,
      limit,
      sortKey: (space) => (sort.field === 'id' ? [Number(space.id)] : [space[sort.field as 'key' | 'name'], Number(space.id)]),
    });
    return jsonResponse({ results: page.results.map(spaceJson), _links: page.links }, 200, page.headers);
  });
}
