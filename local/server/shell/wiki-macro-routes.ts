/**
 * `GET|POST /wiki/spaces/:key/pages/:id/macro?module=<macro key>[&localId=<placed macro>]`: the macro's configuration
 * view framed as Confluence's editor frames it (inserting, or configuring a placed macro), and the save: the page is
 * read and written back as the user through the Confluence emulator, with the macro element in storage format.
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { LocalSite } from '../../site/create-local-site';
import { currentUser } from '../current-user';
import { FRAME_SANDBOX } from '../csp';
import { html, query, type SafeHtml } from '../html';
import { visiblePage } from './wiki';
import { bodyWithMacro, macroModules, macrosIn, parseSubmittedConfig } from './wiki-macro';

type Page = (c: Context, title: string, body: SafeHtml, status?: 200 | 400 | 404) => Response | Promise<Response>;

const StoredPage = z.object({ title: z.string(), status: z.string(), version: z.object({ number: z.number().int() }), body: z.object({ storage: z.object({ value: z.string() }) }) });

const MacroConfigDeclaration = z.object({ config: z.object({ resource: z.string().optional(), title: z.string().optional(), viewportSize: z.string().optional() }).loose().optional() }).loose();
const FRAME_HEIGHTS: Record<string, string> = { small: '240px', medium: '420px', large: '600px', xlarge: '760px' };

function configOf(local: LocalSite, moduleKey: string) {
  const raw = (local.app.modules.macro ?? []).find((m) => m.key === moduleKey);
  const parsed = MacroConfigDeclaration.safeParse(raw);
  return parsed.success ? parsed.data.config : undefined;
}

export function registerWikiMacroRoutes(app: Hono, local: LocalSite, titles: Record<string, string>, page: Page): void {
  const target = (c: Context) => {
    const user = currentUser(c, local.site);
    const found = visiblePage(local, user, c.req.param('key') ?? '', c.req.param('id') ?? '');
    const module = macroModules(local).find((m) => m.key === c.req.query('module'));
    const localId = c.req.query('localId');
    if (!user || !found || !module) return undefined;
    if (localId !== undefined && !macrosIn(local, found.page.body).some((m) => m.localId === localId)) return undefined;
    return { user, ...found, module, localId, title: titles[module.key] ?? module.key };
  };
  const notFound = (c: Context) => page(c, 'Page not found', html`<h1>Page not found</h1><p>The page or the macro does not exist, or you may not edit it.</p>`, 404);

  app.get('/wiki/spaces/:key/pages/:id/macro', (c) => {
    const t = target(c);
    if (!t?.module.resource) return notFound(c);
    const config = configOf(local, t.module.key);
    const heading = t.localId ? `Edit ${t.title}` : `Insert ${t.title}`;
    const src = `/resources/${encodeURIComponent(config?.resource ?? t.module.resource)}/${query({
      moduleKey: t.module.key, localId: t.localId ?? `${t.module.key}-new`, contentId: t.page.id, spaceKey: t.space.key, macroMode: t.localId ? 'edit' : 'insert',
    })}`;
    const back = `/wiki/spaces/${encodeURIComponent(t.space.key)}/pages/${encodeURIComponent(t.page.id)}`;
    return page(c, heading, html`<p class="muted"><a href="${back}">${t.page.title}</a></p><h1>${heading}</h1>
      <div role="dialog" aria-label="${config?.title ?? heading}" class="card">
        <h2>${config?.title ?? heading}</h2>
        <iframe class="app-frame macro-config" data-macro-config="true" data-macro-back="${back}" src="${src}" title="${config?.title ?? heading}" sandbox="${FRAME_SANDBOX}" style="height:${FRAME_HEIGHTS[config?.viewportSize ?? 'medium'] ?? '420px'}"></iframe>
        <form id="macro-config-form" method="post"><input type="hidden" name="payload" value=""></form>
        <p><a href="${back}">Cancel</a></p>
      </div>`);
  });

  app.post('/wiki/spaces/:key/pages/:id/macro', async (c) => {
    const t = target(c);
    if (!t) return notFound(c);
    const form = await c.req.parseBody();
    const config = parseSubmittedConfig(form.payload);
    if (typeof config === 'string') return page(c, 'Macro not saved', html`<h1>Macro not saved</h1><p class="error">${config}</p>`, 400);
    const actor = { kind: 'user', accountId: t.user.accountId } as const;
    const url = new URL(`/wiki/api/v2/pages/${encodeURIComponent(t.page.id)}?body-format=storage`, local.host.settings.siteUrl);
    const read = await local.direct.confluence(new Request(url), actor);
    const stored = StoredPage.parse(await read.json());
    const body = bodyWithMacro(local, stored.body.storage.value, t.module, t.title, config, t.localId);
    if (body === undefined) return notFound(c);
    const write = await local.direct.confluence(
      new Request(url.toString().replace(/\?.*$/, ''), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: t.page.id, status: stored.status, title: stored.title, body: { representation: 'storage', value: body }, version: { number: stored.version.number + 1, message: `${t.title} configured` } }),
      }),
      actor,
    );
    if (!write.ok) return page(c, 'Macro not saved', html`<h1>Macro not saved</h1><p class="error">Confluence answered ${write.status}: ${await write.text()}</p>`, 400);
    return c.redirect(`/wiki/spaces/${encodeURIComponent(t.space.key)}/pages/${encodeURIComponent(t.page.id)}`, 303);
  });
}
