import { route } from '@forge/api';
import { z } from 'zod';
import { requestProduct } from './product-client';

/** The global permissions the app asks about. */
export type GlobalPermission = 'ADMINISTER';

const MyPermissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

/**
 * Whether the invoking user holds a global permission (`GET /mypermissions`, atlassian-rest.md §7.4). Always asked
 * asUser: asApp, the same call describes the app's bot user, which would let anyone through (§10). A global
 * permission needs no project context, so Jira's "true if held in any project" trap does not apply.
 */
export async function callerHoldsGlobalPermission(permission: GlobalPermission): Promise<boolean> {
  const body = await requestProduct('jira', 'user', route`/rest/api/3/mypermissions?permissions=${permission}`, MyPermissionsSchema);
  // A permission missing from the answer counts as not held: deny unless Jira says yes.
  return body.permissions[permission]?.havePermission === true;
}
