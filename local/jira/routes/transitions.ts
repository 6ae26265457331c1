/**
 * `GET /rest/api/3/issue/{key}/transitions` and `POST …/transitions`: moving an issue to another status, as people
 * do on the issue view. The emulated workflow lets every status go to every other one (Jira's "global" transitions);
 * a transition's id is its target status's id. Needs Browse (404 otherwise) and Transition issues (here: edit rights).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { canEdit, visibleIssue } from '../access';
import type { JiraContext } from '../context';
import { badRequest, forbidden } from '../errors';
import { type JiraEnv, actorOf, jsonResponse, readJsonBody, siteBase } from '../http';
import { issueUpdatedEvent } from '../issue-events';

const CATEGORY_NAMES = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' } as const;
const CATEGORY_IDS = { new: 2, indeterminate: 4, done: 3 } as const;

const TransitionBody = z.object({ transition: z.object({ id: z.string().min(1) }) });

export function registerTransitionRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.get('/rest/api/3/issue/:issueIdOrKey/transitions', (c) => {
    const issue = visibleIssue(ctx.site, actorOf(c), c.req.param('issueIdOrKey'));
    const base = siteBase(c);
    const transitions = ctx.site.statuses
      .filter((status) => status.name !== issue.status)
      .map((status) => ({
        id: status.id,
        name: status.name,
        to: {
          self: `${base}/rest/api/3/status/${status.id}`,
          id: status.id,
          name: status.name,
          statusCategory: { id: CATEGORY_IDS[status.statusCategory], key: status.statusCategory, name: CATEGORY_NAMES[status.statusCategory] },
        },
        hasScreen: false,
        isGlobal: true,
        isInitial: false,
        isAvailable: true,
        isConditional: false,
        isLooped: false,
      }));
    return jsonResponse({ transitions });
  });

  app.post('/rest/api/3/issue/:issueIdOrKey/transitions', async (c) => {
    const actor = actorOf(c);
    const issue = visibleIssue(ctx.site, actor, c.req.param('issueIdOrKey'));
    const body = await readJsonBody(c, TransitionBody);
    const target = ctx.site.statuses.find((status) => status.id === body.transition.id && status.name !== issue.status);
    if (!target) throw badRequest(`Transition id '${body.transition.id}' is not valid for this issue.`);
    if (!canEdit(ctx.site, actor, issue.projectKey)) throw forbidden('You do not have permission to transition this issue.');
    const from = issue.status;
    Object.assign(issue, { status: target.name, statusCategory: target.statusCategory, updated: ctx.now().toISOString() });
    ctx.emit(issueUpdatedEvent(siteBase(c), ctx.site, issue, actor, [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: null, fromString: from, to: target.id, toString: target.name }]));
    return new Response(null, { status: 204 });
  });
}
