/**
 * C13: v1 `POST [/wiki]/rest/api/content/{id}/permission/check`, the call Forge `authorize()` makes
 * (without the `/wiki` prefix). The caller must see the content (else 404); the answer is about the
 * subject. The emulated site knows only view permission, so read/update/delete all follow it.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { canViewPage, visiblePageOrThrow } from '../access';
import { APP_ACCOUNT_ID, type EmulatorContext } from '../context';
import { APP_ACCOUNT_ID as JIRA_APP_ACCOUNT_ID } from '../../jira/context';
import { badRequest } from '../errors';
import { type EmulatorEnv, idParam, jsonResponse, readJsonBody } from '../http';

const CheckBody = z.object({
  subject: z.object({ type: z.enum(['user', 'group']), identifier: z.string().min(1) }),
  operation: z.enum(['read', 'update', 'delete', 'create', 'administer', 'export', 'copy', 'move', 'archive', 'restore', 'purge']),
});

const VIEW_FOLLOWING_OPERATIONS = new Set(['read', 'update', 'delete', 'create', 'export', 'copy', 'move', 'archive', 'restore', 'purge']);

export function registerPermissionCheckRoutes(app: Hono<EmulatorEnv>, ctx: EmulatorContext): void {
  for (const path of ['/wiki/rest/api/content/:id/permission/check', '/rest/api/content/:id/permission/check']) {
    app.post(path, async (c) => {
      const page = visiblePageOrThrow(ctx, idParam(c, 'id'), c.env.actor);
      const { subject, operation } = await readJsonBody(c, CheckBody);
      if (subject.type === 'group') throw badRequest('The local emulator checks permissions for user subjects only');
      // The app's bot user is one account on a real site (Jira's /myself names it asApp); here it is the app actor.
      const isApp = subject.identifier === JIRA_APP_ACCOUNT_ID || subject.identifier === APP_ACCOUNT_ID;
      const known = isApp || ctx.site.users.some((user) => user.accountId === subject.identifier);
      if (!known) throw badRequest(`No user with accountId '${subject.identifier}' exists on this site`);
      const subjectActor = isApp ? ({ kind: 'app' } as const) : ({ kind: 'user', accountId: subject.identifier } as const);
      const hasPermission =
        VIEW_FOLLOWING_OPERATIONS.has(operation) && page.status !== 'draft' && canViewPage(ctx, page, subjectActor);
      const errors = hasPermission ? [] : [{ message: { key: 'permission.denied', args: [] }, translation: `No ${operation} permission on content ${page.id}` }];
      return jsonResponse(hasPermission ? { hasPermission } : { hasPermission, errors });
    });
  }
}
