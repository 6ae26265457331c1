import { route } from '@forge/api';
import { z } from 'zod';
import { requestProduct, type Principal } from './product-client';

const KeyPageSchema = z.object({
  issues: z.array(z.object({ key: z.string() })),
  nextPageToken: z.string().optional(),
  isLast: z.boolean().optional(),
});

/**
 * The keys of the first `limit` issues a JQL finds, in one request: a search that asks for the key alone gets pages of
 * up to 5,000 (rest doc §2.1), so `limit` (≤ 5,000) is one page. `more` says Jira had further matches.
 */
export async function searchIssueKeys(principal: Principal, jql: string, limit: number): Promise<{ keys: string[]; more: boolean }> {
  const page = await requestProduct('jira', principal, route`/rest/api/3/search/jql`, KeyPageSchema, {
    method: 'POST',
    idempotent: true,
    body: { jql, fields: ['key'], maxResults: Math.max(1, Math.min(5000, limit)) },
  });
  return { keys: page.issues.map((issue) => issue.key), more: page.isLast === false || (page.isLast === undefined && page.nextPageToken !== undefined) };
}
