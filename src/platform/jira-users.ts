import { route } from '@forge/api';
import { z } from 'zod';
import { requestProduct, type Principal } from './product-client';

const MyselfWithGroupsSchema = z.object({
  accountId: z.string(),
  groups: z.object({ items: z.array(z.object({ name: z.string(), groupId: z.string().nullish() })) }).default({ items: [] }),
});

/**
 * The group ids of the invoking user (`GET /myself?expand=groups`, atlassian-rest.md §7.3): one request. Asked asUser:
 * asApp the same call describes the app's bot user. A group Jira lists without an id (older sites) cannot match a
 * setting, which names groups by id only.
 */
export async function callerGroupIds(): Promise<Set<string>> {
  const me = await requestProduct('jira', 'user', route`/rest/api/3/myself?expand=groups`, MyselfWithGroupsSchema);
  return new Set(me.groups.items.flatMap((group) => (group.groupId ? [group.groupId] : [])));
}

const AppUserSchema = z.object({ accountId: z.string().min(1), accountType: z.string() });

/** The app's own account id (its bot user): `GET /myself` asApp describes the bot (atlassian-rest.md §7.3, §10). */
export async function appAccountId(): Promise<string> {
  return (await requestProduct('jira', 'app', route`/rest/api/3/myself`, AppUserSchema)).accountId;
}

/** Account ids per request (and the page size asked for, default 10): keeps the query string short. */
const IDS_PER_REQUEST = 50;

const UserPageSchema = z.object({
  values: z.array(z.object({ accountId: z.string(), displayName: z.string().default('') })),
});

/**
 * Display names by account id (`GET /user/bulk`, §7.6), in one request for up to 50 people. Accounts Jira does not
 * return (deleted, or hidden from the asker) are absent from the map.
 */
export async function displayNames(principal: Principal, accountIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const unique = [...new Set(accountIds)];
  for (let start = 0; start < unique.length; start += IDS_PER_REQUEST) {
    const ids = unique.slice(start, start + IDS_PER_REQUEST);
    const query = new URLSearchParams([['maxResults', String(IDS_PER_REQUEST)], ...ids.map((id) => ['accountId', id])]);
    const page = await requestProduct('jira', principal, route`/rest/api/3/user/bulk?${query}`, UserPageSchema);
    for (const user of page.values) names.set(user.accountId, user.displayName);
  }
  return names;
}
