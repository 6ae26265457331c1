/**
 * The issue search's "Apps" menu: the manifest's `jira:issueNavigatorAction` modules, each opening its frame as a
 * modal dialog over the search with the search's JQL in context (`extension.jql`), as Jira's navigator does.
 * Opening is a plain link (`?action=<moduleKey>`), so it works without script; closing returns to the search —
 * by the dialog's Close link, Escape, or the app's `view.close()`.
 */
import type { UiModuleDeclaration } from '../../host';
import type { LocalSite } from '../../site/create-local-site';
import { FRAME_SANDBOX } from '../csp';
import { html, query, trusted, type SafeHtml } from '../html';

export const NAVIGATOR_ACTION_TYPE = 'jira:issueNavigatorAction';

const searchPath = (jql: string) => `/jira/issues${query({ jql: jql || undefined })}`;

export function navigatorActions(local: LocalSite): UiModuleDeclaration[] {
  return local.app.uiModules.filter((m) => m.type === NAVIGATOR_ACTION_TYPE && m.resource);
}

/** The project a search is scoped to, when it is simply `project = KEY` (Jira's navigator adds `project` then). */
export function projectOfJql(jql: string): string | undefined {
  return /^\s*project\s*=\s*"?([A-Z][A-Z0-9_]*)"?\s*(order\s+by\s+.*)?$/i.exec(jql)?.[1]?.toUpperCase();
}

export function appsMenu(local: LocalSite, titles: Record<string, string>, jql: string): SafeHtml {
  const actions = navigatorActions(local);
  if (actions.length === 0) return html``;
  return html`<details class="apps-menu"><summary>Apps</summary><ul aria-label="Apps">
    ${actions.map((m) => html`<li><a href="/jira/issues${query({ jql: jql || undefined, action: m.key })}">${titles[m.key] ?? m.key}</a></li>`)}
  </ul></details>`;
}

const MODAL_CSS = `.apps-menu{display:inline-block;margin:8px 0}.apps-menu summary{cursor:pointer;font-weight:600}
.apps-menu ul{list-style:none;padding:4px 8px;margin:4px 0;background:#fff;border:1px solid #dcdfe4;border-radius:4px}
.action-overlay{position:fixed;inset:0;background:rgba(9,30,66,.54);display:flex;align-items:center;justify-content:center;z-index:1000}
.action-dialog{background:#fff;border-radius:4px;width:800px;max-width:96vw;height:86vh;display:flex;flex-direction:column}
.action-dialog header{display:flex;align-items:center;justify-content:space-between;padding:8px 16px;background:#fff;color:#172b4d}
.action-dialog h2{margin:0;font-size:18px}.action-dialog iframe{border:0;flex:1;width:100%}`;

/** Closes on Escape and on the app's `view.close()` (the bridge posts `modal-close` from the action's frame). */
const closeScript = (closeHref: string) => `(function () {
  var back = ${JSON.stringify(closeHref)};
  var frame = document.getElementById('navigator-action-frame');
  window.addEventListener('message', function (event) {
    if (event.origin === location.origin && frame && event.source === frame.contentWindow && event.data && event.data.localForge === 'modal-close') location.assign(back);
  });
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') location.assign(back); });
  if (frame) frame.focus();
})();`;

/** The open action as a modal dialog, or nothing when `moduleKey` names no navigator action. */
export function navigatorActionDialog(local: LocalSite, titles: Record<string, string>, jql: string, moduleKey: string | undefined): SafeHtml {
  const module = navigatorActions(local).find((m) => m.key === moduleKey);
  if (!module?.resource) return html`<style>${trusted(MODAL_CSS)}</style>`;
  const title = titles[module.key] ?? module.key;
  const src = `/resources/${encodeURIComponent(module.resource)}/${query({ moduleKey: module.key, localId: `${module.key}-navigator`, jql, projectKey: projectOfJql(jql) })}`;
  const back = searchPath(jql);
  return html`<style>${trusted(MODAL_CSS)}</style>
    <div class="action-overlay"><div class="action-dialog" role="dialog" aria-modal="true" aria-labelledby="navigator-action-title">
      <header><h2 id="navigator-action-title">${title}</h2><a href="${back}">Close</a></header>
      <iframe id="navigator-action-frame" src="${src}" title="${title}" sandbox="${FRAME_SANDBOX}"></iframe>
    </div></div>
    <script>${trusted(closeScript(back))}</script>`;
}
