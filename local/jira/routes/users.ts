/** J20 `GET /myself` (asApp: the bot, `accountType: "app"`) and J23 `GET /user/bulk` (offset PageBean). */
import type { Hono } from 'hono';
import { siteUserOf } from '../access';
import { APP_ACCOUNT_ID, type JiraContext } from '../context';
import { badRequest } from '../errors';
import { type JiraEnv, actorOf, jsonResponse, siteBase } from '../http';
import { appUserJson, userJson } from '../shapes';
import { offsetParam } from './projects';

export function registerUserRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.get('/rest/api/3/myself', (c) => {
    const base = siteBase(c);
    const user = siteUserOf(ctx.site, actorOf(c));
    const described = user ? userJson(base, user) : appUserJson(base);
    return jsonResponse({ ...described, groups: { size: 0, items: [] }, applicationRoles: { size: 0, items: [] } });
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
}
