/**
 * The HTTP face of a local site: JSON API, Custom UI resources with the local bridge, and the site shell.
 * `createSiteServer` gives the Hono app (testable with `app.request`); `startSiteServer` listens on a port (0 = any).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { LocalSite } from '../site/create-local-site';
import { registerApiRoutes } from './api-routes';
import { registerThemeRoutes } from './color-mode';
import { readManifestExtras, type ManifestExtras } from './manifest-extras';
import { registerResourceRoutes } from './resources';
import { registerShellRoutes } from './shell/routes';
import { surfacesOf } from './shell/surfaces';
import { defaultUser } from './current-user';
import { answerOnlyWhenSaved } from './durable-answers';

export interface SiteServerOptions {
  local: LocalSite;
  appDir: string;
}

export function createSiteServer({ local, appDir }: SiteServerOptions): { app: Hono; extras: ManifestExtras } {
  const extras = readManifestExtras(local.app, appDir);
  const app = new Hono();
  app.use(answerOnlyWhenSaved(local));
  registerApiRoutes(app, local);
  registerResourceRoutes(app, local, appDir, extras);
  registerThemeRoutes(app);
  registerShellRoutes(app, local, extras);
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.onError((error, c) => {
    console.error(error);
    return c.text(`The local site failed: ${error.message}`, 500);
  });
  return { app, extras };
}

export interface RunningSiteServer {
  url: string;
  port: number;
  /** shell paths of every UI module, for the start-up banner */
  surfaces: Array<{ title: string; type: string; url: string | undefined }>;
  close(): Promise<void>;
}

export async function startSiteServer(options: SiteServerOptions & { port: number; hostname?: string }): Promise<RunningSiteServer> {
  const { app, extras } = createSiteServer(options);
  const hostname = options.hostname ?? 'localhost';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolve(started));
    started.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  const surfaces = surfacesOf(options.local, extras.titles, defaultUser(options.local.site)).map((s) => ({
    title: s.title,
    type: s.module.type,
    url: s.path ? url + s.path : undefined,
  }));
  return {
    url,
    port,
    surfaces,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections alive; without this close() would wait for them.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
