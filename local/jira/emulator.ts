/**
 * The emulated Jira Cloud REST v3 of the local Forge host: an in-process Hono app answering the calls of
 * atlassian-rest.md §12 (J1–J24) against the mutable site, as the actor passed with each request.
 */
import { Hono } from 'hono';
import type { Actor } from '../site/actor';
import { requireKnownActor } from './access';
import type { JiraContext, JiraEmulatorOptions } from './context';
import { JiraError } from './errors';
import { type JiraEnv, UnsupportedMediaType, jsonResponse } from './http';
import { createPageTokenCodec } from './page-token';
import { registerBulkPropertyRoutes } from './routes/bulk-properties';
import { registerFieldRoutes } from './routes/fields';
import { registerIssuePickerRoutes } from './routes/issue-picker';
import { registerIssueRoutes } from './routes/issues';
import { registerJqlRoutes } from './routes/jql';
import { registerLinkRoutes } from './routes/links';
import { registerPermissionRoutes } from './routes/permissions';
import { registerProjectRoutes } from './routes/projects';
import { registerPropertyRoutes } from './routes/properties';
import { registerSearchRoutes } from './routes/search';
import { registerServerInfoRoutes } from './routes/server-info';
import { registerTransitionRoutes } from './routes/transitions';
import { registerUserRoutes } from './routes/users';
import { type SearchIndex, createSearchIndex } from './search-index';
import { createTaskStore } from './tasks';

export interface JiraEmulator {
  fetch(request: Request, actor: Actor): Promise<Response>;
  /** `searchIndex.setLag(seconds)`: search and jql/match see writes that much later (0 by default) */
  searchIndex: SearchIndex;
}

export function createJiraEmulator(options: JiraEmulatorOptions): JiraEmulator {
  const now = options.now ?? (() => new Date());
  const searchIndex = options.searchIndex ?? createSearchIndex({ now });
  searchIndex.attach(options.site);
  const ctx: JiraContext = {
    site: options.site,
    propertyIndex: options.propertyIndex,
    now,
    emit: (event) => options.onEvent?.(event),
    tokens: createPageTokenCodec(),
    tasks: createTaskStore(),
    searchIndex,
  };
  const app = new Hono<JiraEnv>();

  app.use('*', async (c, next) => {
    requireKnownActor(ctx.site, c.env.actor);
    // The index stamps a write with the time of the request that made it, an edit of the site between requests
    // with the time of the next request (a no-op while the lag is 0).
    ctx.searchIndex.observe();
    await next();
    if (c.req.method !== 'GET') ctx.searchIndex.observe();
  });

  registerSearchRoutes(app, ctx);
  registerJqlRoutes(app, ctx);
  registerTransitionRoutes(app, ctx); // before the issue routes: /issue/{key}/transitions is not an issue key
  registerIssuePickerRoutes(app, ctx); // before the issue routes: /issue/picker is not an issue key
  registerIssueRoutes(app, ctx);
  registerFieldRoutes(app, ctx);
  registerLinkRoutes(app, ctx);
  registerBulkPropertyRoutes(app, ctx); // before the per-issue routes: /issue/properties/… is not an issue key
  registerPropertyRoutes(app, ctx);
  registerProjectRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerServerInfoRoutes(app, ctx);
  registerPermissionRoutes(app, ctx);

  app.notFound((c) => jsonResponse(new JiraError(404, [`No emulated Jira endpoint for ${c.req.method} ${new URL(c.req.url).pathname}`]).body(), 404));
  app.onError((error, c) => {
    if (error instanceof JiraError) return jsonResponse(error.body(), error.status);
    if (error instanceof UnsupportedMediaType) {
      const problem = { title: 'Unsupported Media Type', status: 415, detail: error.message, instance: new URL(c.req.url).pathname };
      return new Response(JSON.stringify(problem), { status: 415, headers: { 'Content-Type': 'application/problem+json' } });
    }
    return jsonResponse({ errorMessages: [`Internal error in the Jira emulator: ${error.message}`], errors: {} }, 500);
  });

  return { fetch: async (request, actor) => app.fetch(request, { actor }), searchIndex };
}
