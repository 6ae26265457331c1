/** J6 bulkfetch and J7 GET issue; writes (J8 create, edit) live in issue-writes.ts. */
import type { Hono } from 'hono';
import { z } from 'zod';
import { canBrowse, findIssue, visibleIssue } from '../access';
import type { JiraContext } from '../context';
import { badRequest } from '../errors';
import { selectFields } from '../field-catalog';
import { type JiraEnv, actorOf, jsonResponse, queryList, readJsonBody, siteBase } from '../http';
import { issueBean, parsePropertySelection } from '../issue-bean';
import type { SiteIssue } from '../../site/schema';
import { registerIssueWriteRoutes } from './issue-writes';

const MAX_BULK_ISSUES = 100;

const BulkFetchBody = z.object({
  issueIdsOrKeys: z.array(z.string()),
  fields: z.array(z.string()).optional(),
  expand: z.array(z.string()).optional(),
  properties: z.array(z.string()).optional(),
  fieldsByKeys: z.boolean().optional(),
});

export function registerIssueRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.post('/rest/api/3/issue/bulkfetch', async (c) => {
    const body = await readJsonBody(c, BulkFetchBody);
    if (body.issueIdsOrKeys.length === 0) throw badRequest('At least one issue ID or key must be provided.');
    if (body.issueIdsOrKeys.length > MAX_BULK_ISSUES) throw badRequest(`The number of issue IDs or keys exceeds the limit of ${MAX_BULK_ISSUES}.`);
    const actor = actorOf(c);
    // missing and invisible issues are omitted silently; answers come in ascending id order
    const found = new Map<string, SiteIssue>();
    for (const idOrKey of body.issueIdsOrKeys) {
      const issue = findIssue(ctx.site, idOrKey);
      if (issue && canBrowse(ctx.site, actor, issue.projectKey)) found.set(issue.id, issue);
    }
    const view = { base: siteBase(c), site: ctx.site, actor };
    const fields = selectFields(ctx.site, body.fields, ['*navigable']);
    const properties = parsePropertySelection(body.properties, 5);
    const issues = [...found.values()]
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((issue) => issueBean(view, issue, { fields, properties, expand: body.expand ?? [] }));
    return jsonResponse({ expand: 'schema,names', issues, issueErrors: [] });
  });

  app.get('/rest/api/3/issue/:issueIdOrKey', (c) => {
    const actor = actorOf(c);
    const issue = visibleIssue(ctx.site, actor, c.req.param('issueIdOrKey'));
    const view = { base: siteBase(c), site: ctx.site, actor };
    const fields = selectFields(ctx.site, queryList(c, 'fields'), ['*all']);
    const properties = parsePropertySelection(queryList(c, 'properties'));
    return jsonResponse(issueBean(view, issue, { fields, properties, expand: queryList(c, 'expand') ?? [] }));
  });

  registerIssueWriteRoutes(app, ctx);
}
