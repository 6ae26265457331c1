import { route } from '@forge/api';
import { z } from 'zod';
import { requestProduct } from './product-client';

/** Jira checks at most this many project ids in one bulk question (atlassian-rest.md §7.5). */
const MAX_PROJECTS_PER_CHECK = 1000;

const BulkGrantsSchema = z.object({
  globalPermissions: z.array(z.string()).default([]),
  projectPermissions: z.array(z.object({ permission: z.string(), projects: z.array(z.union([z.number(), z.string()])).default([]) })).default([]),
});

export interface OwnGrants {
  /** Global permissions the caller holds, of those asked. */
  global: ReadonlySet<string>;
  /** The project ids (as strings) where the caller holds the project permission asked about. */
  projects: ReadonlySet<string>;
}

/**
 * What the invoking user holds (`POST /permissions/check` asUser with no accountId: "details for the logged in user",
 * §7.5): the global permissions asked, and one project permission over the given project ids — one request for up
 * to 1,000 projects, never one per issue. Only granted ones come back; anything Jira leaves out counts as not held.
 */
export async function checkOwnPermissions(globalPermissions: readonly string[], projectPermission: string, projectIds: readonly string[]): Promise<OwnGrants> {
  const ids = [...new Set(projectIds)].map(Number).filter((id) => Number.isSafeInteger(id) && id > 0);
  const global = new Set<string>();
  const projects = new Set<string>();
  for (let start = 0; start === 0 || start < ids.length; start += MAX_PROJECTS_PER_CHECK) {
    const chunk = ids.slice(start, start + MAX_PROJECTS_PER_CHECK);
    const body = {
      ...(start === 0 ? { globalPermissions } : {}),
      ...(chunk.length > 0 ? { projectPermissions: [{ permissions: [projectPermission], projects: chunk }] } : {}),
    };
    const answer = await requestProduct('jira', 'user', route`/rest/api/3/permissions/check`, BulkGrantsSchema, { method: 'POST', body, idempotent: true });
    for (const key of answer.globalPermissions) global.add(key);
    for (const grant of answer.projectPermissions) if (grant.permission === projectPermission) for (const id of grant.projects) projects.add(String(id));
  }
  return { global, projects };
}

const MyPermissionsSchema = z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })) });

/**
 * `GET /mypermissions` asUser without a project: a global permission as it is, a project permission true when held in
 * at least one project (§7.4) — the right question for "may they do this anywhere", never for one project.
 */
export async function callerPermissionsAnywhere(permissions: readonly string[]): Promise<Set<string>> {
  const answer = await requestProduct('jira', 'user', route`/rest/api/3/mypermissions?permissions=${permissions.join(',')}`, MyPermissionsSchema);
  return new Set(permissions.filter((key) => answer.permissions[key]?.havePermission === true));
}
