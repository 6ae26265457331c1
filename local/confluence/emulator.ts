/**
 * The emulated Confluence Cloud REST of the local Forge host: an in-process Hono app answering the
 * v2 calls (and the few v1 calls) listed in docs/atlassian-rest.md §12 rows C1–C13, against the
 * mutable site the host persists. Callers pass the acting identity with every request.
 */
import { Hono } from 'hono';
import type { Actor } from '../site/actor';
import { type ConfluenceEmulatorSite, type ConfluenceEvent, type EmulatorContext, createIdAllocator } from './context';
import { createCursorCodec } from './cursor';
import { ConfluenceError, v1ErrorBody, v2ErrorBody } from './errors';
import { type EmulatorEnv, jsonResponse } from './http';
import { registerLabelRoutes } from './routes/labels';
import { registerPageReadRoutes } from './routes/page-reads';
import { registerPageWriteRoutes } from './routes/page-writes';
import { registerPermissionCheckRoutes } from './routes/permission-check';
import { registerPropertyRoutes } from './routes/properties';
import { registerSpaceRoutes } from './routes/spaces';

export interface ConfluenceEmulatorOptions {
  /** Mutable: the emulator writes pages, properties and labels straight into `site.confluence`. */
  site: ConfluenceEmulatorSite;
  now?: () => Date;
  onEvent?: (event: ConfluenceEvent) => void;
}

export interface ConfluenceEmulator {
  fetch(request: Request, actor: Actor): Promise<Response>;
}

export function createConfluenceEmulator(options: ConfluenceEmulatorOptions): ConfluenceEmulator {
  const now = options.now ?? (() => new Date());
  const ctx: EmulatorContext = {
    site: options.site,
    cursors: createCursorCodec(),
    now,
    nextId: createIdAllocator(options.site),
    emit(event, actor) {
      options.onEvent?.({ ...event, accountId: actor.kind === 'user' ? actor.accountId : undefined, at: now().toISOString() });
    },
  };
  const app = new Hono<EmulatorEnv>();

  app.use('*', async (c, next) => {
    if (c.env.actor.kind === 'anonymous') {
      throw new ConfluenceError(401, 'Unauthorized', 'This request needs an authenticated user or the app.');
    }
    await next();
  });

  registerSpaceRoutes(app, ctx);
  registerPageReadRoutes(app, ctx);
  registerPageWriteRoutes(app, ctx);
  registerPropertyRoutes(app, ctx);
  registerLabelRoutes(app, ctx);
  registerPermissionCheckRoutes(app, ctx);

  app.notFound((c) => errorResponse(new URL(c.req.url).pathname, new ConfluenceError(404, `No emulated endpoint for ${c.req.method} ${new URL(c.req.url).pathname}`)));
  app.onError((error, c) => {
    const known = error instanceof ConfluenceError ? error : new ConfluenceError(500, 'Internal error in the Confluence emulator', error.message);
    return errorResponse(new URL(c.req.url).pathname, known);
  });

  return {
    fetch: async (request, actor) => app.fetch(request, { actor }),
  };
}

/** v2 paths answer with the v2 envelope, v1 paths (`/rest/api/...`) with the v1 envelope. */
function errorResponse(pathname: string, error: ConfluenceError): Response {
  const body = pathname.startsWith('/wiki/api/v2/') ? v2ErrorBody(error) : v1ErrorBody(error);
  return jsonResponse(body, error.status);
}
