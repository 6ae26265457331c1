/**
 * The app's `confluence:globalPage` modules as Confluence shows them: listed under Apps in the Confluence header,
 * each at `/wiki/apps/<app id>/<environment id>/<route>`, the manifest's `route` being the last part of the address.
 */
import type { LocalSite } from '../../site/create-local-site';
import { html, type SafeHtml } from '../html';

interface GlobalPage {
  key: string;
  route: string;
}

function globalPages(local: LocalSite): GlobalPage[] {
  return (local.app.modules['confluence:globalPage'] ?? []).flatMap((m) => (typeof m.key === 'string' && typeof m.route === 'string' ? [{ key: m.key, route: m.route }] : []));
}

/** The Confluence address of a global page, as Confluence gives it. */
export function confluenceAppPath(local: LocalSite, page: GlobalPage): string {
  const { appId, environmentId } = local.host.settings;
  return `/wiki/apps/${encodeURIComponent(appId)}/${encodeURIComponent(environmentId)}/${encodeURIComponent(page.route)}`;
}

/** The module shown at `/wiki/apps/:appId/:environmentId/:route`, when the address is this app's. */
export function globalPageAt(local: LocalSite, appId: string, environmentId: string, route: string): string | undefined {
  const { settings } = local.host;
  if (appId !== settings.appId || environmentId !== settings.environmentId) return undefined;
  return globalPages(local).find((page) => page.route === route)?.key;
}

/** The "Apps" list on the Confluence start page: every global page of the app, by title. */
export function confluenceAppsList(local: LocalSite, titles: Record<string, string>): SafeHtml {
  const pages = globalPages(local);
  if (pages.length === 0) return html``;
  return html`<h2>Apps</h2><ul aria-label="Apps">${pages.map((page) => html`<li><a href="${confluenceAppPath(local, page)}">${titles[page.key] ?? page.key}</a></li>`)}</ul>`;
}
