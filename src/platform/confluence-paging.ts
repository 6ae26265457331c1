import { assumeTrustedRoute, type Route } from '@forge/api';
import { z } from 'zod';
import { PlatformError } from './platform-error';
import { requestProduct, type Principal } from './product-client';

/** A listing longer than this is not what the app asked for; stop rather than walk forever. */
const MAX_PAGES = 200;

/**
 * Every entry of a v2 listing: follows `_links.next` verbatim (rest doc §8.1: the cursor is opaque and bound to the
 * query, so the link is never rebuilt). The link is Confluence's own, relative to the site; anything that does not
 * point back into the v2 API is refused rather than requested.
 */
export async function followPages<T>(principal: Principal, first: Route, item: z.ZodType<T>): Promise<T[]> {
  const schema = z.object({ results: z.array(item), _links: z.object({ next: z.string().optional() }).optional() });
  const found: T[] = [];
  let next: Route | null = first;
  for (let page = 0; next !== null; page++) {
    if (page >= MAX_PAGES) throw new PlatformError('unexpected-response', 200, `Confluence listed more than ${MAX_PAGES} pages of results`, 'confluence');
    const answer: z.infer<typeof schema> = await requestProduct('confluence', principal, next, schema);
    found.push(...answer.results);
    next = answer._links?.next ? nextRoute(answer._links.next) : null;
  }
  return found;
}

function nextRoute(link: string): Route {
  if (!/^\/wiki\/api\/v2\/[A-Za-z0-9/_-]+\?[^#\s]*$/.test(link)) {
    throw new PlatformError('unexpected-response', 200, `Confluence's next link is not a v2 API path: ${link.slice(0, 200)}`, 'confluence');
  }
  return assumeTrustedRoute(link);
}
