import { route } from '@forge/api';
import { z } from 'zod';
import { requestProduct } from './product-client';

const ServerInfoSchema = z.object({ baseUrl: z.string().url() });

/**
 * The site's address (`https://acme.atlassian.net`), from `GET /rest/api/3/serverInfo` as the app: a queue job has no
 * UI context with `siteUrl`, yet published pages link to the site's issues.
 */
export async function jiraSiteUrl(): Promise<string> {
  const info = await requestProduct('jira', 'app', route`/rest/api/3/serverInfo`, ServerInfoSchema);
  return info.baseUrl.replace(/\/+$/, '');
}
