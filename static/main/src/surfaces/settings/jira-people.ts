import { requestJira } from '@forge/bridge';
import { z } from 'zod';
import { refusalText } from '../bulk-tagging/search-issues';
import type { PickerOption } from './search-picker';

/**
 * People and groups as the signed-in user may see them in Jira (through the bridge, as the user): the pickers of the
 * Roles section and the strategy form, and the names of people and groups already chosen.
 */
const User = z.object({ accountId: z.string(), displayName: z.string().default(''), accountType: z.string().optional(), active: z.boolean().optional(), emailAddress: z.string().optional() }).loose();
const Users = z.array(User);
const UserPage = z.object({ values: Users }).loose();
const GroupPicker = z.object({ groups: z.array(z.object({ name: z.string(), groupId: z.string().nullable().optional() }).loose()) }).loose();
const GroupPage = z.object({ values: z.array(z.object({ name: z.string(), groupId: z.string() }).loose()) }).loose();

async function getJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await requestJira(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(await refusalText(response));
  return schema.parse(await response.json());
}

/** People whose name or e-mail starts with the text; apps and deactivated accounts are left out. */
export async function searchUsers(text: string): Promise<PickerOption[]> {
  const users = await getJson(`/rest/api/3/user/search?query=${encodeURIComponent(text)}&maxResults=20`, Users);
  return users
    .filter((u) => (u.accountType ?? 'atlassian') === 'atlassian' && u.active !== false)
    .map((u) => ({ id: u.accountId, label: u.displayName || u.accountId, ...(u.emailAddress ? { detail: u.emailAddress } : {}) }));
}

/** Groups whose name contains the text, by their stable group id (a group can be renamed). */
export async function searchGroups(text: string): Promise<PickerOption[]> {
  const answer = await getJson(`/rest/api/3/groups/picker?query=${encodeURIComponent(text)}&maxResults=20&caseInsensitive=true`, GroupPicker);
  return answer.groups.flatMap((g) => (g.groupId ? [{ id: g.groupId, label: g.name }] : []));
}

/** Display names of the given accounts (one request per 50), as a Map: account ids are data. */
export async function userNames(accountIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let start = 0; start < accountIds.length; start += 50) {
    const query = accountIds.slice(start, start + 50).map((id) => `accountId=${encodeURIComponent(id)}`).join('&');
    const page = await getJson(`/rest/api/3/user/bulk?${query}&maxResults=50`, UserPage);
    for (const user of page.values) names.set(user.accountId, user.displayName);
  }
  return names;
}

/** Names of the given groups by id; a group Jira does not return keeps no name (the page shows its id). */
export async function groupNames(groupIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let start = 0; start < groupIds.length; start += 50) {
    const query = groupIds.slice(start, start + 50).map((id) => `groupId=${encodeURIComponent(id)}`).join('&');
    const page = await getJson(`/rest/api/3/group/bulk?${query}&maxResults=50`, GroupPage);
    for (const group of page.values) names.set(group.groupId, group.name);
  }
  return names;
}
