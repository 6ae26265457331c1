/**
 * `/wiki`, `/wiki/spaces/:key` and `/wiki/spaces/:key/pages/:id`: the Confluence spaces the current user may
 * see, each with its page tree, and each page rendered from storage format by local/confluence/render.ts.
 */
import { renderStorageToHtml } from '../../confluence';
import type { Actor } from '../../site/actor';
import type { ConfluencePage, ConfluenceSpace } from '../../site/confluence-schema';
import type { LocalSite } from '../../site/create-local-site';
import type { SiteUser } from '../../site/schema';
import { html, query, trusted, type SafeHtml } from '../html';
import { macroFrame, macroModules } from './wiki-macro';

export interface WikiPage {
  status: 200 | 404;
  title: string;
  body: SafeHtml;
}

const actorOf = (user: SiteUser | undefined): Actor => (user ? { kind: 'user', accountId: user.accountId } : { kind: 'anonymous' });

function canViewSpace(space: ConfluenceSpace, actor: Actor): boolean {
  if (actor.kind !== 'user') return false;
  return space.status === 'current' && (space.viewers === 'all' || space.viewers.includes(actor.accountId));
}

/** View restrictions are inherited: the page and every ancestor must let the user in. */
function canViewPage(local: LocalSite, page: ConfluencePage, actor: Actor): boolean {
  if (actor.kind !== 'user' || page.status !== 'current') return false;
  const byId = new Map(local.site.confluence.pages.map((p) => [p.id, p]));
  const seen = new Set<string>();
  for (let current: ConfluencePage | undefined = page; current && !seen.has(current.id); current = current.parentId ? byId.get(current.parentId) : undefined) {
    seen.add(current.id);
    if (current.restrictedTo && !current.restrictedTo.includes(actor.accountId)) return false;
  }
  return true;
}

const pageHref = (space: ConfluenceSpace, page: ConfluencePage) => `/wiki/spaces/${encodeURIComponent(space.key)}/pages/${encodeURIComponent(page.id)}`;

function pageTree(local: LocalSite, space: ConfluenceSpace, actor: Actor, currentId?: string): SafeHtml {
  const pages = local.site.confluence.pages.filter((p) => p.spaceId === space.id && canViewPage(local, p, actor));
  const visibleIds = new Set(pages.map((p) => p.id));
  const children = (parentId: string | undefined): SafeHtml => {
    const level = pages.filter((p) => (parentId === undefined ? p.parentId === undefined || !visibleIds.has(p.parentId) : p.parentId === parentId));
    if (level.length === 0) return html``;
    return html`<ul>${level.map(
      (p) => html`<li><a href="${pageHref(space, p)}"${p.id === currentId ? html` aria-current="page"` : ''}>${p.title || '(untitled)'}</a>${children(p.id)}</li>`,
    )}</ul>`;
  };
  return html`<nav class="tree" aria-label="Pages of ${space.name}">${pages.length ? children(undefined) : html`<p class="muted">No pages you can see.</p>`}</nav>`;
}

const notFound = (what: string): WikiPage => ({ status: 404, title: 'Page not found', body: html`<h1>Page not found</h1><p>${what} does not exist or you do not have permission to view it.</p>` });

export function spacesPage(local: LocalSite, user: SiteUser | undefined): WikiPage {
  const spaces = local.site.confluence.spaces.filter((s) => canViewSpace(s, actorOf(user)));
  return {
    status: 200,
    title: 'Confluence',
    body: html`<h1>Confluence spaces</h1>${spaces.length ? html`<ul>${spaces.map((s) => html`<li><a href="/wiki/spaces/${encodeURIComponent(s.key)}">${s.name}</a> <span class="muted">(${s.key})</span></li>`)}</ul>` : html`<p class="muted">No spaces you can see yet; the app creates its pages when it publishes.</p>`}`,
  };
}

export function spacePage(local: LocalSite, user: SiteUser | undefined, key: string): WikiPage {
  const actor = actorOf(user);
  const space = local.site.confluence.spaces.find((s) => s.key === key);
  if (!space || !canViewSpace(space, actor)) return notFound(`Space ${key}`);
  return { status: 200, title: space.name, body: html`<p class="muted"><a href="/wiki">Spaces</a></p><h1>${space.name}</h1>${pageTree(local, space, actor)}` };
}

/** A page and its space, when the user may see both. */
export function visiblePage(local: LocalSite, user: SiteUser | undefined, key: string, pageId: string): { space: ConfluenceSpace; page: ConfluencePage } | undefined {
  const actor = actorOf(user);
  const space = local.site.confluence.spaces.find((s) => s.key === key);
  const page = local.site.confluence.pages.find((p) => p.id === pageId && p.spaceId === space?.id);
  if (!space || !page || !canViewSpace(space, actor) || !canViewPage(local, page, actor)) return undefined;
  return { space, page };
}

/** "Edit" on a page: insert one of the app's macros (everyone who sees a page may edit it on the emulated site). */
function editMenu(local: LocalSite, space: ConfluenceSpace, page: ConfluencePage, titles: Record<string, string>): SafeHtml {
  const macros = macroModules(local);
  if (macros.length === 0) return html``;
  const base = `/wiki/spaces/${encodeURIComponent(space.key)}/pages/${encodeURIComponent(page.id)}/macro`;
  return html`<details class="card"><summary>Edit</summary><ul>${macros.map((m) => html`<li><a href="${base}${query({ module: m.key })}">Insert ${titles[m.key] ?? m.key}</a></li>`)}</ul></details>`;
}

export function contentPage(local: LocalSite, user: SiteUser | undefined, key: string, pageId: string, titles: Record<string, string> = {}): WikiPage {
  const found = visiblePage(local, user, key, pageId);
  if (!found) return notFound(`Page ${pageId}`);
  const { space, page } = found;
  const actor = actorOf(user);
  const rendered = renderStorageToHtml(page.body, {
    siteUrl: local.host.settings.siteUrl,
    jiraIssueUrl: (issueKey) => `/jira/browse/${encodeURIComponent(issueKey)}`,
    pageUrl: (target) => {
      const targetSpace = target.spaceKey ? local.site.confluence.spaces.find((s) => s.key === target.spaceKey) : space;
      const found = local.site.confluence.pages.find((p) => p.spaceId === targetSpace?.id && p.title === target.title);
      return found && targetSpace ? pageHref(targetSpace, found) : undefined;
    },
    userName: (accountId) => local.site.users.find((u) => u.accountId === accountId)?.displayName,
    forgeMacro: (macro) => macroFrame(local, space, page, macro, titles),
  });
  const author = local.site.users.find((u) => u.accountId === page.version.authorId)?.displayName ?? page.version.authorId;
  return {
    status: 200,
    title: page.title,
    body: html`<p class="muted"><a href="/wiki">Spaces</a> / <a href="/wiki/spaces/${encodeURIComponent(space.key)}">${space.name}</a></p>
      <div style="display:grid;grid-template-columns:260px 1fr;gap:24px">${pageTree(local, space, actor, page.id)}
      <article>${editMenu(local, space, page, titles)}<h1>${page.title}</h1><p class="muted">Version ${page.version.number} · ${author} · ${page.version.createdAt}</p>
      <div class="page-body">${trusted(rendered)}</div></article></div>`,
  };
}

/** `/wiki/pages/:id` (what `router.navigate({target:'contentView'})` opens): the page's path in its space. */
export function pagePathById(local: LocalSite, pageId: string): string | undefined {
  const page = local.site.confluence.pages.find((p) => p.id === pageId);
  const space = page && local.site.confluence.spaces.find((s) => s.id === page.spaceId);
  return page && space ? pageHref(space, page) : undefined;
}
