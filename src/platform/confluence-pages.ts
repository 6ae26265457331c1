import { route } from '@forge/api';
import { z } from 'zod';
import { followPages } from './confluence-paging';
import { requestProduct, type Principal } from './product-client';

/**
 * Confluence Cloud v2 pages and spaces (rest doc §8.2, §8.3), as typed calls. Only the fields the app relies on are
 * parsed; everything else Confluence sends is ignored. Ids are strings in JSON, as Confluence sends them.
 */

const VersionSchema = z.object({ number: z.number().int().min(1), authorId: z.string().nullish() });

export const PageSchema = z.object({
  id: z.string(),
  status: z.string(),
  title: z.string(),
  spaceId: z.string(),
  parentId: z.string().nullish(),
  version: VersionSchema,
  body: z.object({ storage: z.object({ value: z.string() }).optional() }).optional(),
  _links: z.object({ webui: z.string().optional() }).optional(),
});
export type ConfluencePage = z.infer<typeof PageSchema>;

const SpaceSchema = z.object({ id: z.string(), key: z.string(), name: z.string(), homepageId: z.string().nullish() });
export type ConfluenceSpace = z.infer<typeof SpaceSchema>;

/** The v2 list envelope: `results` plus `_links.next` (relative, absent on the last page). */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ results: z.array(item), _links: z.object({ next: z.string().optional() }).optional() });

/** Confluence answers at most 250 entries a list page (rest doc §8.1). */
const LIST_LIMIT = 250;

export async function getSpaceById(principal: Principal, spaceId: string): Promise<ConfluenceSpace | null> {
  const params = new URLSearchParams({ ids: spaceId, limit: '1' });
  const answer = await requestProduct('confluence', principal, route`/wiki/api/v2/spaces?${params}`, listOf(SpaceSchema));
  return answer.results.find((space) => space.id === spaceId) ?? null;
}

export async function getSpaceByKey(principal: Principal, key: string): Promise<ConfluenceSpace | null> {
  const params = new URLSearchParams({ keys: key, limit: '1' });
  const answer = await requestProduct('confluence', principal, route`/wiki/api/v2/spaces?${params}`, listOf(SpaceSchema));
  return answer.results.find((space) => space.key === key) ?? null;
}

/** One page with its current version; its storage body only when asked (it costs transfer). 404 → PlatformError `not-found`. */
export async function getPage(principal: Principal, pageId: string, options: { withBody?: boolean } = {}): Promise<ConfluencePage> {
  const params = new URLSearchParams(options.withBody ? { 'body-format': 'storage' } : {});
  return requestProduct('confluence', principal, route`/wiki/api/v2/pages/${pageId}?${params}`, PageSchema);
}

/**
 * Many pages by id in as few requests as Confluence allows (250 ids a request), trashed ones included so the caller can
 * tell "a person deleted it" from "it is there". Pages that are gone for good (purged) or invisible are simply absent.
 */
export async function getPagesByIds(principal: Principal, pageIds: readonly string[]): Promise<Map<string, ConfluencePage>> {
  const found = new Map<string, ConfluencePage>();
  for (let at = 0; at < pageIds.length; at += LIST_LIMIT) {
    const params = new URLSearchParams({ limit: String(LIST_LIMIT) });
    for (const id of pageIds.slice(at, at + LIST_LIMIT)) params.append('id', id);
    for (const status of ['current', 'archived', 'trashed']) params.append('status', status);
    const first = route`/wiki/api/v2/pages?${params}`;
    for (const page of await followPages(principal, first, PageSchema)) found.set(page.id, page);
  }
  return found;
}

/** The current page with exactly this title in the space (titles are unique per space), or null. */
export async function findPageByTitle(principal: Principal, spaceId: string, title: string): Promise<ConfluencePage | null> {
  const params = new URLSearchParams({ 'space-id': spaceId, title, limit: '1' });
  const answer = await requestProduct('confluence', principal, route`/wiki/api/v2/pages?${params}`, listOf(PageSchema));
  return answer.results.find((page) => page.title === title) ?? null;
}

/** Child pages of a page, every page of the listing followed. */
export async function listChildren(principal: Principal, pageId: string): Promise<Array<{ id: string; title: string; status: string }>> {
  const params = new URLSearchParams({ limit: String(LIST_LIMIT) });
  return followPages(principal, route`/wiki/api/v2/pages/${pageId}/children?${params}`, z.object({ id: z.string(), title: z.string(), status: z.string() }));
}

export interface PageWrite {
  title: string;
  /** Confluence storage format */
  storage: string;
  parentId: string | null;
}

const VERSION_MESSAGE = 'Published by Programme Orchestrator';

/**
 * Creates a page. Not idempotent (a repeat makes a second page, or a title clash): callers use createPageOnce
 * (./confluence-create.ts), which re-reads by title before any retry.
 */
export async function postPage(principal: Principal, spaceId: string, page: PageWrite): Promise<ConfluencePage> {
  return requestProduct('confluence', principal, route`/wiki/api/v2/pages`, PageSchema, {
    method: 'POST',
    body: { spaceId, status: 'current', title: page.title, ...(page.parentId ? { parentId: page.parentId } : {}), body: { representation: 'storage', value: page.storage } },
  });
}

/**
 * Replaces a page's title and body as version `currentVersion + 1` (a stale number → PlatformError `conflict`). With
 * `parentId` null the page stays where it is.
 */
export async function putPage(principal: Principal, pageId: string, currentVersion: number, page: PageWrite): Promise<ConfluencePage> {
  return requestProduct('confluence', principal, route`/wiki/api/v2/pages/${pageId}`, PageSchema, {
    method: 'PUT',
    body: {
      id: pageId,
      status: 'current',
      title: page.title,
      ...(page.parentId ? { parentId: page.parentId } : {}),
      body: { representation: 'storage', value: page.storage },
      version: { number: currentVersion + 1, message: VERSION_MESSAGE },
    },
  });
}
