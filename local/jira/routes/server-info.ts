/** `GET /rest/api/3/serverInfo`: the site's base URL and version, which needs no permission. */
import type { Hono } from 'hono';
import type { JiraContext } from '../context';
import { type JiraEnv, jsonResponse, siteBase } from '../http';

export function registerServerInfoRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.get('/rest/api/3/serverInfo', (c) =>
    jsonResponse({
      baseUrl: siteBase(c),
      displayUrl: siteBase(c),
      version: '1001.0.0-SNAPSHOT',
      versionNumbers: [1001, 0, 0],
      deploymentType: 'Cloud',
      buildNumber: 100280,
      buildDate: '2026-11-02T06:48:38.000+0000',
      serverTime: ctx.now().toISOString().replace(/Z$/, '+0000'),
      scmInfo: '9d43f6a0b2a8c3f3e1c0d7b5a4e9f8c2d1b0a7e6',
      serverTitle: 'Jira',
    }),
  );
}
