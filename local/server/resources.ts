/**
 * Custom UI serving (forge-platform.md §2.1, §7 A): each manifest resource's built directory under
 * `/resources/<key>/`, its `index.html` with the local bridge injected before the bundle and a Forge-like CSP,
 * and the manifest's translations under `./__LOCALES__/`.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Context, Hono } from 'hono';
import type { LocalSite } from '../site/create-local-site';
import { injectBridge } from './bridge-script';
import { currentColorMode } from './color-mode';
import { contentSecurityPolicy } from './csp';
import { currentUser } from './current-user';
import { frameContext } from './frame-context';
import type { ManifestExtras } from './manifest-extras';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function resourceDir(local: LocalSite, appDir: string, key: string): string | undefined {
  const resource = local.app.resources.find((r) => r.key === key);
  return resource ? path.resolve(appDir, resource.path) : undefined;
}

/** The locales' i18n-info.json: the config the bridge's i18n reads (`{translations, config:{locales, fallback}}`). */
function i18nInfo(extras: ManifestExtras): unknown {
  return { translations: {}, config: { locales: Object.keys(extras.translationFiles), fallback: extras.fallback ?? {} } };
}

async function serveIndex(c: Context, local: LocalSite, extras: ManifestExtras, dir: string, key: string): Promise<Response> {
  const moduleKey = c.req.query('moduleKey');
  const module = local.app.uiModules.find((m) => m.key === moduleKey);
  if (!module) return c.text(`Open this resource from a module: /resources/${key}/?moduleKey=<one of ${local.app.uiModules.map((m) => m.key).join(', ')}>`, 400);
  const indexFile = path.join(dir, 'index.html');
  if (!existsSync(indexFile)) return c.text(`${indexFile} is missing: build the UI first (npm run build:ui)`, 404);
  const params = {
    moduleKey: module.key,
    localId: c.req.query('localId'),
    issueKey: c.req.query('issueKey'),
    projectKey: c.req.query('projectKey'),
    spaceKey: c.req.query('spaceKey'),
    contentId: c.req.query('contentId'),
    modal: c.req.query('modal'),
    jql: c.req.query('jql'),
    issueKeys: c.req.query('issueKeys'),
    filterId: c.req.query('filterId'),
    macroMode: c.req.query('macroMode'),
  };
  const context = frameContext(local, module, currentUser(c, local.site), params, new URL(c.req.url).origin, currentColorMode(c));
  const page = injectBridge(await fs.readFile(indexFile, 'utf8'), { context, resourceKey: key });
  return c.body(page, 200, { 'Content-Type': CONTENT_TYPES['.html'] ?? 'text/html', 'Content-Security-Policy': contentSecurityPolicy(page, extras), 'Cache-Control': 'no-store' });
}

export function registerResourceRoutes(app: Hono, local: LocalSite, appDir: string, extras: ManifestExtras): void {
  app.get('/resources/:key', (c) => c.redirect(`/resources/${encodeURIComponent(c.req.param('key'))}/${new URL(c.req.url).search}`));
  app.get('/resources/:key/*', async (c) => {
    const key = c.req.param('key');
    const dir = resourceDir(local, appDir, key);
    if (!dir) return c.text(`The manifest has no resource '${key}'`, 404);
    const prefix = `/resources/${key}/`;
    const relative = decodeURIComponent(new URL(c.req.url).pathname.slice(prefix.length));
    if (relative === '' || relative === 'index.html') return serveIndex(c, local, extras, dir, key);

    if (relative === '__LOCALES__/i18n-info.json') return c.json(i18nInfo(extras));
    const locale = /^__LOCALES__\/([A-Za-z-]+)\.json$/.exec(relative)?.[1];
    if (locale) {
      const file = extras.translationFiles[locale];
      return file && existsSync(file) ? c.body(await fs.readFile(file, 'utf8'), 200, { 'Content-Type': CONTENT_TYPES['.json'] ?? '' }) : c.text(`No translations for ${locale}`, 404);
    }

    const file = path.resolve(dir, relative);
    // Relative asset paths only, and never outside the resource directory.
    if (!file.startsWith(dir + path.sep)) return c.text('Not found', 404);
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat?.isFile()) return c.text('Not found', 404);
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return c.body(await fs.readFile(file), 200, { 'Content-Type': type });
  });
}
