/**
 * J20 `GET /myself` (asApp: the bot, `accountType: "app"`; `expand=groups` lists the user's groups), J23 `GET /user/bulk`
 * (offset PageBean), `GET /user/search` (the user picker: a plain array) and `GET /groups/picker` (the group picker:
 * `FoundGroups`), `GET /group/bulk` (groups by id or name, for showing chosen groups by name: an offset PageBean of
 * `GroupDetails`).
 */
import type { Hono } from 'hono';
import { siteUserOf } from '../access';
import { APP_ACCOUNT_ID, type JiraContext } from '../context';
import { badRequest } from '../errors';
import { type JiraEnv, actorOf, jsonResponse, queryList, siteBase } from '../http';
import { appUserJson, userJson } from '../shapes';
import { offsetParam } from './projects';
import type { SiteGroup, SiteUser } from '../../site/schema';

const groupJson = (base: string, group: SiteGroup) => ({ name: group.name, groupId: group.groupId, self: `${base}/rest/api/3/group?groupId=${group.groupId}` });

/** Jira matches a user query against the start of the display name's words and of the e-mail address, ignoring case. */
function userMatches(user: SiteUser, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return false;
  const words = user.displayName.toLowerCase().split(/\s+/);
  return words.some((word) => word.startsWith(wanted)) || user.displayName.toLowerCase().startsWith(wanted) || (user.emailAddress ?? '').toLowerCase().startsWith(wanted);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function registerUserRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.get('/rest/api/3/myself', (c) => {
    const base = siteBase(c);
    const user = siteUserOf(ctx.site, actorOf(c));
    const described = user ? userJson(base, user) : appUserJson(base);
    const expand = (c.req.query('expand') ?? '').split(',').map((part) => part.trim());
    // `items` are filled only when expanded; `size` counts them either way.
    const groups = user ? ctx.site.groups.filter((group) => user.groups.includes(group.name)) : [];
    const items = expand.includes('groups') ? groups.map((group) => groupJson(base, group)) : [];
    return jsonResponse({ ...described, groups: { size: groups.length, items }, applicationRoles: { size: 0, items: [] } });
  });

  app.get('/rest/api/3/user/bulk', (c) => {
    const accountIds = c.req.queries('accountId') ?? [];
    if (accountIds.length === 0) throw badRequest('The accountId query parameter is required.');
    const startAt = offsetParam(c.req.query('startAt'), 0, 'startAt');
    const maxResults = offsetParam(c.req.query('maxResults'), 10, 'maxResults');
    const base = siteBase(c);
    const found = accountIds.flatMap((accountId) => {
      if (accountId === APP_ACCOUNT_ID) return [appUserJson(base)];
      const user = ctx.site.users.find((candidate) => candidate.accountId === accountId);
      return user ? [userJson(base, user)] : [];
    });
    const page = found.slice(startAt, startAt + maxResults);
    const isLast = startAt + page.length >= found.length;
    const query = accountIds.map((id) => `accountId=${encodeURIComponent(id)}`).join('&');
    return jsonResponse({
      self: `${base}/rest/api/3/user/bulk?${query}&startAt=${startAt}&maxResults=${maxResults}`,
      ...(isLast ? {} : { nextPage: `${base}/rest/api/3/user/bulk?${query}&startAt=${startAt + maxResults}&maxResults=${maxResults}` }),
      maxResults,
      startAt,
      total: found.length,
      isLast,
      values: page,
    });
  });

  app.get('/rest/api/3/user/search', (c) => {
    const query = c.req.query('query');
    const accountId = c.req.query('accountId');
    if (query === undefined && accountId === undefined && c.req.query('property') === undefined) {
      throw badRequest("One of 'query' or 'accountId' or 'property' query parameters must be provided.");
    }
    if (c.req.query('property') !== undefined) throw badRequest("The local emulator does not search users by 'property'.");
    const startAt = offsetParam(c.req.query('startAt'), 0, 'startAt');
    const maxResults = Math.min(offsetParam(c.req.query('maxResults'), 50, 'maxResults'), 1000);
    const base = siteBase(c);
    const found = ctx.site.users.filter((user) => (accountId === undefined || user.accountId === accountId) && (query === undefined || userMatches(user, query)));
    return jsonResponse(found.slice(startAt, startAt + maxResults).map((user) => userJson(base, user)));
  });

  app.get('/rest/api/3/group/bulk', (c) => {
    const ids = new Set(c.req.queries('groupId') ?? []);
    const names = new Set(c.req.queries('groupName') ?? []);
    const startAt = offsetParam(c.req.query('startAt'), 0, 'startAt');
    const maxResults = Math.min(offsetParam(c.req.query('maxResults'), 50, 'maxResults'), 50);
    // Without a filter Jira lists every group; with one, only those named by id or name.
    const found = ctx.site.groups.filter((group) => (ids.size === 0 && names.size === 0) || ids.has(group.groupId) || names.has(group.name));
    const page = found.slice(startAt, startAt + maxResults);
    const isLast = startAt + page.length >= found.length;
    const base = siteBase(c);
    return jsonResponse({
      self: `${base}/rest/api/3/group/bulk?startAt=${startAt}&maxResults=${maxResults}`,
      ...(isLast ? {} : { nextPage: `${base}/rest/api/3/group/bulk?startAt=${startAt + maxResults}&maxResults=${maxResults}` }),
      maxResults,
      startAt,
      total: found.length,
      isLast,
      values: page.map((group) => ({ name: group.name, groupId: group.groupId })),
    });
  });

  app.get('/rest/api/3/groups/picker', (c) => {
    const query = c.req.query('query') ?? '';
    const caseInsensitive = c.req.query('caseInsensitive') === 'true';
    const maxResults = offsetParam(c.req.query('maxResults'), 20, 'maxResults');
    const excluded = new Set([...(queryList(c, 'exclude') ?? []), ...(queryList(c, 'excludeId') ?? [])]);
    const fold = (text: string) => (caseInsensitive ? text.toLowerCase() : text);
    const matching = ctx.site.groups
      .filter((group) => !excluded.has(group.name) && !excluded.has(group.groupId) && fold(group.name).includes(fold(query)))
      .sort((a, b) => a.name.localeCompare(b.name));
    const shown = matching.slice(0, maxResults);
    const highlight = (name: string) => {
      const at = query === '' ? -1 : fold(name).indexOf(fold(query));
      if (at < 0) return escapeHtml(name);
      return `${escapeHtml(name.slice(0, at))}<b>${escapeHtml(name.slice(at, at + query.length))}</b>${escapeHtml(name.slice(at + query.length))}`;
    };
    return jsonResponse({
      header: `Showing ${shown.length} of ${matching.length} matching groups`,
      total: matching.length,
      groups: shown.map((group) => ({ name: group.name, html: highlight(group.name), labels: [], groupId: group.groupId })),
    });
  });
}
