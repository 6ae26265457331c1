/** The site shell's pages and its few form posts (switch user, run a trigger, reset instruments). */
import type { Context, Hono } from 'hono';
import type { LocalSite } from '../../site/create-local-site';
import { colorModeOf, currentColorMode, rememberColorMode } from '../color-mode';
import { currentUser, rememberUser } from '../current-user';
import { html, type SafeHtml } from '../html';
import type { ManifestExtras } from '../manifest-extras';
import { appPage } from './app-page';
import { confluenceAppsList, globalPageAt } from './confluence-apps';
import { homeBody } from './home';
import { issuePage } from './issue-view';
import { issueSearchBody } from './issue-search';
import { searchStateOf } from './search-state';
import { layout } from './layout';
import { ISSUE_MODULE_TYPES, surfacePath } from './surfaces';
import { contentPage, pagePathById, spacePage, spacesPage } from './wiki';
import { registerWikiMacroRoutes } from './wiki-macro-routes';

/** Only same-site paths, so the switcher cannot be turned into an open redirect. */
const safeBack = (back: unknown) => (typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') ? back : '/');

export function registerShellRoutes(app: Hono, local: LocalSite, extras: ManifestExtras): void {
  const page = (c: Context, title: string, body: SafeHtml, status: 200 | 400 | 404 = 200) => {
    const url = new URL(c.req.url);
    return c.html(layout({ title, site: local.site, user: currentUser(c, local.site), path: url.pathname + url.search, body, colorMode: currentColorMode(c) }), status);
  };
  const userOf = (c: Context) => currentUser(c, local.site);

  app.get('/', (c) => page(c, 'Home', homeBody({ local, titles: extras.titles, user: userOf(c), notice: c.req.query('notice') })));

  app.post('/shell/user', async (c) => {
    const form = await c.req.parseBody();
    const accountId = form.accountId;
    if (typeof accountId === 'string' && local.site.users.some((u) => u.accountId === accountId)) rememberUser(c, accountId);
    return c.redirect(safeBack(form.back), 303);
  });
  app.post('/shell/theme', async (c) => {
    const form = await c.req.parseBody();
    const mode = colorModeOf(form.colorMode);
    if (mode) rememberColorMode(c, mode);
    return c.redirect(safeBack(form.back), 303);
  });
  app.post('/shell/triggers/:key/run', async (c) => {
    const key = c.req.param('key');
    const known = local.app.scheduledTriggers.some((t) => t.key === key);
    const result = known ? await local.host.runScheduledTrigger(key) : undefined;
    const notice = !result ? `No scheduled trigger ${key}` : result.ok ? `Ran ${key}: done.` : `Ran ${key}: failed — ${result.error.message}`;
    return c.redirect(`/?notice=${encodeURIComponent(notice)}`, 303);
  });
  app.post('/shell/instruments/reset', (c) => {
    local.instruments.reset();
    local.host.resetCounters();
    return c.redirect(`/?notice=${encodeURIComponent('Instruments and counts reset.')}`, 303);
  });

  app.get('/browse/:key', (c) => c.redirect(`/jira/browse/${encodeURIComponent(c.req.param('key'))}`));
  app.get('/jira/browse/:key', async (c) => {
    const result = await issuePage(local, userOf(c), extras.titles, c.req.param('key'));
    return page(c, result.title, result.body, result.status);
  });
  app.get('/jira/issues', async (c) => {
    const state = searchStateOf({ jql: c.req.query('jql'), filter: c.req.query('filter'), selected: c.req.queries('selected') });
    return page(c, 'Issues', await issueSearchBody(local, userOf(c), state, { titles: extras.titles, action: c.req.query('action') }));
  });
  // Jira's own issue-search path, which app links use (`/issues/?jql=…`).
  app.get('/issues', (c) => c.redirect(`/jira/issues${new URL(c.req.url).search}`));
  app.get('/issues/', (c) => c.redirect(`/jira/issues${new URL(c.req.url).search}`));
  const moduleRoute = (c: Context) => {
    // Issue modules live on an issue: send the user to one they can browse.
    const module = local.app.uiModules.find((m) => m.key === c.req.param('moduleKey'));
    const onIssue = module && ISSUE_MODULE_TYPES.has(module.type) ? surfacePath(local, module, userOf(c)) : undefined;
    if (onIssue) return c.redirect(onIssue);
    // Forge appends a module target's `path` to the page URL; the app reads it back through view.createHistory().
    const moduleKey = c.req.param('moduleKey') ?? '';
    const prefix = `/${c.req.path.split('/')[1]}/apps/${encodeURIComponent(moduleKey)}`;
    // The page's query belongs to the module path too (the shell keeps `project` for the project page itself).
    const search = new URL(c.req.url).searchParams;
    search.delete('project');
    const modulePath = decodeURIComponent(c.req.path).slice(decodeURIComponent(prefix).length);
    const path = modulePath === '' && search.size === 0 ? undefined : `${modulePath || '/'}${search.size > 0 ? `?${search.toString()}` : ''}`;
    const result = appPage(local, userOf(c), extras.titles, moduleKey, c.req.query('project'), path);
    return page(c, result.title, result.body, result.status);
  };
  // A Jira global page's own address is `/jira/apps/<app id>/<environment id>` (what the status macro links to).
  app.get('/jira/apps/:appId/:environmentId', async (c, next) => {
    const { settings } = local.host;
    const globalPage = local.app.uiModules.find((m) => m.type === 'jira:globalPage');
    if (!globalPage || c.req.param('appId') !== settings.appId || c.req.param('environmentId') !== settings.environmentId) return next();
    return c.redirect(`/jira/apps/${encodeURIComponent(globalPage.key)}`);
  });
  app.get('/jira/apps/:moduleKey', moduleRoute);
  app.get('/jira/apps/:moduleKey/*', moduleRoute);
  app.get('/wiki/apps/:moduleKey', moduleRoute);
  // A Confluence global page's own address is `/wiki/apps/<app id>/<environment id>/<route>`.
  app.get('/wiki/apps/:appId/:environmentId/:route', (c, next) => {
    const moduleKey = globalPageAt(local, c.req.param('appId'), c.req.param('environmentId'), c.req.param('route'));
    if (!moduleKey) return next();
    const result = appPage(local, userOf(c), extras.titles, moduleKey, undefined);
    return page(c, result.title, result.body, result.status);
  });

  app.get('/wiki', (c) => {
    const result = spacesPage(local, userOf(c));
    return page(c, result.title, html`${result.body}${confluenceAppsList(local, extras.titles)}`, result.status);
  });
  app.get('/wiki/spaces/:key', (c) => {
    const result = spacePage(local, userOf(c), c.req.param('key'));
    return page(c, result.title, result.body, result.status);
  });
  app.get('/wiki/spaces/:key/pages/:id', (c) => {
    const result = contentPage(local, userOf(c), c.req.param('key'), c.req.param('id'), extras.titles);
    return page(c, result.title, result.body, result.status);
  });
  registerWikiMacroRoutes(app, local, extras.titles, page);
  // Confluence's `_links.webui` ends with the title (`/spaces/KEY/pages/ID/Title`); the id alone decides the page.
  app.get('/wiki/spaces/:key/pages/:id/:title', (c) => {
    const result = contentPage(local, userOf(c), c.req.param('key'), c.req.param('id'), extras.titles);
    return page(c, result.title, result.body, result.status);
  });
  app.get('/wiki/pages/:id', (c) => {
    const path = pagePathById(local, c.req.param('id'));
    return path ? c.redirect(path) : page(c, 'Page not found', spacesPage(local, userOf(c)).body, 404);
  });
}
