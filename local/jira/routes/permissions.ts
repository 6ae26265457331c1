/**
 * J21 `GET /mypermissions` and J22 `POST /permissions/check` over the site file's grants. Without a
 * project/issue context a project permission reads true if held in any project (Jira's trap, kept).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Actor } from '../../site/actor';
import { type ProjectPermission, canBrowse, findIssue, hasProjectPermission, isSiteAdmin, siteUserOf } from '../access';
import type { JiraContext } from '../context';
import { badRequest, fieldErrors, forbidden, issueNotFound, notFound } from '../errors';
import { type JiraEnv, actorOf, jsonResponse, queryList, readJsonBody } from '../http';

const PERMISSIONS: Record<string, { id: string; name: string; type: 'GLOBAL' | 'PROJECT' }> = {
  ADMINISTER: { id: '0', name: 'Administer Jira', type: 'GLOBAL' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', type: 'PROJECT' },
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', type: 'PROJECT' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT' },
  LINK_ISSUES: { id: '21', name: 'Link Issues', type: 'PROJECT' },
};
const MAX_CHECK_IDS = 1000;

const CheckBody = z.object({
  accountId: z.string().optional(),
  globalPermissions: z.array(z.string()).optional(),
  projectPermissions: z
    .array(z.object({ permissions: z.array(z.string()), projects: z.array(z.number().int()).optional(), issues: z.array(z.number().int()).optional() }))
    .optional(),
});

function holds(ctx: JiraContext, actor: Actor, permission: string, projectKey: string | undefined): boolean {
  if (permission === 'ADMINISTER') return isSiteAdmin(ctx.site, actor);
  if (permission === 'ADMINISTER_PROJECTS') return isSiteAdmin(ctx.site, actor);
  const keys = projectKey ? [projectKey] : ctx.site.projects.map((project) => project.key);
  return keys.some((key) => hasProjectPermission(ctx.site, actor, key, permission as ProjectPermission));
}

export function registerPermissionRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.get('/rest/api/3/mypermissions', (c) => {
    const actor = actorOf(c);
    const requested = queryList(c, 'permissions');
    if (!requested || requested.length === 0) throw badRequest('The permissions parameter is required.');
    const unknown = requested.find((key) => !PERMISSIONS[key]);
    if (unknown) throw badRequest(`Invalid permission key: ${unknown}.`);
    const projectKey = contextProject(ctx, actor, c.req.query('projectKey'), c.req.query('projectId'), c.req.query('issueKey') ?? c.req.query('issueId'));
    const permissions = Object.fromEntries(
      requested.map((key) => {
        const info = PERMISSIONS[key];
        return [key, { id: info?.id, key, name: info?.name, type: info?.type, description: '', havePermission: holds(ctx, actor, key, projectKey) }];
      }),
    );
    return jsonResponse({ permissions });
  });

  app.post('/rest/api/3/permissions/check', async (c) => {
    const body = await readJsonBody(c, CheckBody);
    const caller = actorOf(c);
    let subject: Actor = caller;
    if (body.accountId !== undefined && !(caller.kind === 'user' && caller.accountId === body.accountId)) {
      if (!isSiteAdmin(ctx.site, caller)) throw forbidden("You don't have permission to check the permissions of other users.");
      subject = { kind: 'user', accountId: body.accountId };
      if (!siteUserOf(ctx.site, subject)) throw badRequest(`The accountId '${body.accountId}' is not valid.`);
    }
    const named = [...(body.globalPermissions ?? []), ...(body.projectPermissions ?? []).flatMap((entry) => entry.permissions)];
    const unrecognized = named.filter((key) => !PERMISSIONS[key]);
    if (unrecognized.length > 0) throw fieldErrors(Object.fromEntries(unrecognized.map((key) => [key, 'Unrecognized permission'])));
    const entries = body.projectPermissions ?? [];
    if (entries.some((entry) => (entry.projects?.length ?? 0) > MAX_CHECK_IDS || (entry.issues?.length ?? 0) > MAX_CHECK_IDS)) {
      throw badRequest(`A permission check can name at most ${MAX_CHECK_IDS} projects and ${MAX_CHECK_IDS} issues.`);
    }
    const projectPermissions = entries.flatMap((entry) =>
      entry.permissions.map((permission) => ({
        permission,
        // invalid or unknown ids are ignored, as Jira does
        projects: (entry.projects ?? []).filter((id) => {
          const project = ctx.site.projects.find((p) => p.id === String(id));
          return project !== undefined && holds(ctx, subject, permission, project.key);
        }),
        issues: (entry.issues ?? []).filter((id) => {
          const issue = ctx.site.issues.find((i) => i.id === String(id));
          return issue !== undefined && holds(ctx, subject, permission, issue.projectKey);
        }),
      })),
    );
    const globalPermissions = (body.globalPermissions ?? []).filter((key) => holds(ctx, subject, key, undefined));
    return jsonResponse({ globalPermissions, projectPermissions });
  });
}

/** The project a mypermissions context names; missing or invisible → 404. */
function contextProject(ctx: JiraContext, actor: Actor, projectKey?: string, projectId?: string, issueIdOrKey?: string): string | undefined {
  if (issueIdOrKey !== undefined) {
    const issue = findIssue(ctx.site, issueIdOrKey);
    if (!issue || !canBrowse(ctx.site, actor, issue.projectKey)) throw issueNotFound();
    return issue.projectKey;
  }
  if (projectKey === undefined && projectId === undefined) return undefined;
  const project = ctx.site.projects.find((p) => p.key === projectKey?.toUpperCase() || p.id === projectId);
  if (!project || !canBrowse(ctx.site, actor, project.key)) throw notFound(`No project could be found with key '${projectKey ?? projectId}'.`);
  return project.key;
}

