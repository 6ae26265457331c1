/**
 * J19 `GET /rest/api/3/project/search`: offset PageBean of the projects the caller may see (or edit, per `action`);
 * `GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes`: the issue types the caller may create in a project.
 */
import type { Hono } from 'hono';
import type { SiteProject } from '../../site/schema';
import { canBrowse, canEdit } from '../access';
import type { JiraContext } from '../context';
import { badRequest, notFound } from '../errors';
import { type JiraEnv, actorOf, jsonResponse, queryList, siteBase } from '../http';
import { projectJson } from '../shapes';

const ORDERINGS: Record<string, (a: SiteProject, b: SiteProject) => number> = {
  key: (a, b) => a.key.localeCompare(b.key),
  name: (a, b) => a.name.localeCompare(b.name),
};

export function offsetParam(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!/^[0-9]+$/.test(value)) throw badRequest(`The '${name}' parameter must be a non-negative integer.`);
  return Number(value);
}

export function registerProjectRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.get('/rest/api/3/project/search', (c) => {
    const actor = actorOf(c);
    const startAt = offsetParam(c.req.query('startAt'), 0, 'startAt');
    const maxResults = Math.min(offsetParam(c.req.query('maxResults'), 50, 'maxResults'), 100); // >100 silently becomes 100
    const action = c.req.query('action') ?? 'view';
    if (!['view', 'browse', 'edit', 'create'].includes(action)) throw badRequest(`The action '${action}' is not valid.`);
    const orderBy = c.req.query('orderBy') ?? 'key';
    const ordering = ORDERINGS[orderBy.replace(/^[+-]/, '')];
    if (!ordering) throw badRequest(`The orderBy value '${orderBy}' is not supported by the local emulator.`);
    const ids = queryList(c, 'id');
    const keys = queryList(c, 'keys')?.map((key) => key.toUpperCase());
    const query = c.req.query('query')?.toLowerCase();
    const typeKey = c.req.query('typeKey');

    const allowed = (project: SiteProject) => (action === 'view' || action === 'browse' ? canBrowse : canEdit)(ctx.site, actor, project.key);
    const matching = ctx.site.projects
      .filter(allowed)
      .filter((p) => !ids || ids.includes(p.id))
      .filter((p) => !keys || keys.includes(p.key))
      .filter((p) => !query || p.key.toLowerCase().includes(query) || p.name.toLowerCase().includes(query))
      .filter((p) => !typeKey || typeKey.split(',').includes(p.projectTypeKey))
      .sort((a, b) => (orderBy.startsWith('-') ? -1 : 1) * ordering(a, b));
    const page = matching.slice(startAt, startAt + maxResults);
    const base = siteBase(c);
    const isLast = startAt + page.length >= matching.length;
    const pageUrl = (start: number) => `${base}/rest/api/3/project/search?startAt=${start}&maxResults=${maxResults}`;
    return jsonResponse({
      self: pageUrl(startAt),
      ...(isLast ? {} : { nextPage: pageUrl(startAt + maxResults) }),
      maxResults,
      startAt,
      total: matching.length,
      isLast,
      values: page.map((project) => ({
        ...projectJson(base, project),
        style: project.simplified ? 'next-gen' : 'classic',
        isPrivate: false,
      })),
    });
  });

  // A project the caller cannot browse does not exist for them (404, Jira's words); one they may browse but not create
  // in answers no issue types ("data will not be returned" without Create issues). Every project uses the site's types.
  app.get('/rest/api/3/issue/createmeta/:projectIdOrKey/issuetypes', (c) => {
    const actor = actorOf(c);
    const wanted = c.req.param('projectIdOrKey');
    const project = ctx.site.projects.find((p) => p.id === wanted || p.key === wanted.toUpperCase());
    if (!project || !canBrowse(ctx.site, actor, project.key)) throw notFound(`No project could be found with key '${wanted}'.`);
    const startAt = offsetParam(c.req.query('startAt'), 0, 'startAt');
    const maxResults = Math.min(offsetParam(c.req.query('maxResults'), 50, 'maxResults'), 200);
    const base = siteBase(c);
    const types = canEdit(ctx.site, actor, project.key) ? ctx.site.issueTypes : [];
    return jsonResponse({
      issueTypes: types.slice(startAt, startAt + maxResults).map((type) => ({
        self: `${base}/rest/api/3/issuetype/${type.id}`,
        id: type.id,
        description: '',
        iconUrl: `${base}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${type.id}`,
        name: type.name,
        untranslatedName: type.name,
        subtask: type.subtask,
        hierarchyLevel: type.hierarchyLevel,
      })),
      maxResults,
      startAt,
      total: types.length,
    });
  });
}
