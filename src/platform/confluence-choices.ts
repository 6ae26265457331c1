import { assumeTrustedRoute, route, type Route } from '@forge/api';
import { z } from 'zod';
import { PlatformError } from './platform-error';
import { requestProduct, type Principal } from './product-client';

/**
 * What the publishing settings ask Confluence (rest doc §8, §10): the spaces and pages an admin may pick, and whether
 * the app may write under the chosen parent. Listings follow Confluence's own `_links.next` (cursor paging, §8.1).
 */
const SpaceSchema = z.object({ id: z.string(), key: z.string(), name: z.string(), homepageId: z.string().nullish(), status: z.string().optional() });
export type SpaceChoice = z.infer<typeof SpaceSchema>;
const PageSchema = z.object({ id: z.string(), title: z.string(), spaceId: z.string(), status: z.string().optional() });
export type PageChoice = z.infer<typeof PageSchema>;

/** Listing pages read at most (250 entries each): an admin picks from the first 2,500. */
const MAX_LISTING_PAGES = 10;

async function listAll<T>(principal: Principal, first: Route, item: z.ZodType<T>): Promise<T[]> {
  const schema = z.object({ results: z.array(item), _links: z.object({ next: z.string().optional() }).optional() });
  const found: T[] = [];
  let next: Route | null = first;
  for (let page = 0; next !== null && page < MAX_LISTING_PAGES; page++) {
    const answer: z.infer<typeof schema> = await requestProduct('confluence', principal, next, schema);
    found.push(...answer.results);
    const link = answer._links?.next;
    if (link !== undefined && !/^\/wiki\/api\/v2\/[A-Za-z0-9/_-]+\?[^#\s]*$/.test(link)) {
      throw new PlatformError('unexpected-response', 200, `Confluence's next link is not a v2 API path: ${link.slice(0, 200)}`, 'confluence');
    }
    next = link === undefined ? null : assumeTrustedRoute(link);
  }
  return found;
}

/** The current spaces the caller may view, by name. */
export async function listSpaces(principal: Principal): Promise<SpaceChoice[]> {
  const spaces = await listAll(principal, route`/wiki/api/v2/spaces?status=current&sort=name&limit=250`, SpaceSchema);
  return spaces;
}

/** The current pages of a space the caller may view. */
export async function listSpacePages(principal: Principal, spaceId: string): Promise<PageChoice[]> {
  return listAll(principal, route`/wiki/api/v2/spaces/${spaceId}/pages?status=current&sort=title&limit=250`, PageSchema);
}

export async function spaceByKey(principal: Principal, key: string): Promise<SpaceChoice | null> {
  const answer = await requestProduct('confluence', principal, route`/wiki/api/v2/spaces?keys=${key}`, z.object({ results: z.array(SpaceSchema) }));
  return answer.results.find((space) => space.key === key) ?? null;
}

/** A page the caller may view, or null (Confluence answers 404 for both missing and hidden pages). */
export async function pageById(principal: Principal, pageId: string): Promise<PageChoice | null> {
  try {
    return await requestProduct('confluence', principal, route`/wiki/api/v2/pages/${pageId}`, PageSchema);
  } catch (error) {
    if (error instanceof PlatformError && error.kind === 'not-found') return null;
    throw error;
  }
}

/**
 * Whether an account may do `operation` on a page (v1 content permission check, §10: site, space permissions and
 * restrictions). Asked as the app about its own account: checking oneself needs no Confluence admin rights.
 */
export async function mayOnContent(principal: Principal, contentId: string, accountId: string, operation: 'read' | 'update'): Promise<boolean> {
  const answer = await requestProduct('confluence', principal, route`/wiki/rest/api/content/${contentId}/permission/check`, z.object({ hasPermission: z.boolean() }), {
    method: 'POST',
    idempotent: true,
    body: { subject: { type: 'user', identifier: accountId }, operation },
  });
  return answer.hasPermission;
}
