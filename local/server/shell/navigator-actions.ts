/**
 * The issue search's "Apps" menu: the manifest's `jira:issueNavigatorAction` modules, each opening its frame as a
 * modal dialog over the search, as Jira's navigator does. The frame's context carries the search (`jql`, `filterId`
 * when it came from a saved filter) and the issues the user ticked (`issueKeys`). Each menu item is a submit button of
 * the search's selection form, so the ticks travel with it and it works without script; closing returns to the
 * search with the same issues ticked — by the dialog's Close link, Escape, or the app's `view.close()`.
 */
import type { UiModuleDeclaration } from '../../host';
import type { LocalSite } from '../../site/create-local-site';
import { FRAME_SANDBOX } from '../csp';
import { html, query, trusted, type SafeHtml } from '../html';
import { searchPath, type SearchState } from './search-state';

export const NAVIGATOR_ACTION_TYPE = 'jira:issueNavigatorAction';

export function navigatorActions(local: LocalSite): UiModuleDeclaration[] {
  return local.app.uiModules.filter((m) => m.type === NAVIGATOR_ACTION_TYPE && m.resource);
}

/** The project a search is scoped to, when it is simply `project = KEY` (Jira's navigator adds `project` then). */
export function projectOfJql(jql: string): string | undefined {
  return /^\s*project\s*=\s*"?([A-Z][A-Z0-9_]*)"?\s*(order\s+by\s+.*)?$/i.exec(jql)?.[1]?.toUpperCase();
}

/** The Apps menu; its items submit the form `formId` (the search and its ticked issues) with the action's key. */
export function appsMenu(local: LocalSite, titles: Record<string, string>, formId: string): SafeHtml {
  const actions = navigatorActions(local);
  if (actions.length === 0) return html``;
  return html`<details class="apps-menu"><summary>Apps</summary><ul aria-label="Apps">
    ${actions.map((m) => html`<li><button type="submit" form="${formId}" name="action" value="${m.key}">${titles[m.key] ?? m.key}</button></li>`)}
  </ul></details>`;
}

const MODAL_CSS = `.apps-menu{display:inline-block;margin:8px 0}.apps-menu summary{cursor:pointer;font-weight:600}
.apps-menu ul{list-style:none;padding:4px 8px;margin:4px 0;background:#fff;border:1px solid #dcdfe4;border-radius:4px}
.apps-menu button{background:none;border:0;padding:4px 0;color:#0c66e4;font:inherit;cursor:pointer;text-align:left}
.action-overlay{position:fixed;inset:0;background:rgba(9,30,66,.54);display:flex;align-items:center;justify-content:center;z-index:1000}
.action-dialog{background:#fff;border-radius:4px;width:800px;max-width:96vw;height:86vh;display:flex;flex-direction:column}
.action-dialog header{display:flex;align-items:center;justify-content:space-between;padding:8px 16px;background:#fff;color:#172b4d}
.action-dialog h2{margin:0;font-size:18px}.action-dialog iframe{border:0;flex:1;width:100%}`;

/** Closes on Escape (pressed here, or in the frame: `modal-escape`) and on the app's `view.close()` (`modal-close`). */
const closeScript = (closeHref: string) => `(function () {
  var back = ${JSON.stringify(closeHref)};
  var frame = document.getElementById('navigator-action-frame');
  window.addEventListener('message', function (event) {
    if (event.origin !== location.origin || !frame || event.source !== frame.contentWindow || !event.data) return;
    if (event.data.localForge === 'modal-close' || event.data.localForge === 'modal-escape') location.assign(back);
  });
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') location.assign(back); });
  if (frame) frame.focus();
})();`;

/** The open action as a modal dialog, or nothing when `moduleKey` names no navigator action. */
export function navigatorActionDialog(local: LocalSite, titles: Record<string, string>, state: SearchState, moduleKey: string | undefined): SafeHtml {
  const module = navigatorActions(local).find((m) => m.key === moduleKey);
  if (!module?.resource) return html`<style>${trusted(MODAL_CSS)}</style>`;
  const title = titles[module.key] ?? module.key;
  const { jql, filterId, selected } = state;
  const context = { jql, projectKey: projectOfJql(jql), issueKeys: selected.length > 0 ? selected.join(',') : undefined, filterId };
  const src = `/resources/${encodeURIComponent(module.resource)}/${query({ moduleKey: module.key, localId: `${module.key}-navigator`, ...context })}`;
  const back = searchPath(state, { selection: true });
  return html`<style>${trusted(MODAL_CSS)}</style>
    <div class="action-overlay"><div class="action-dialog" role="dialog" aria-modal="true" aria-labelledby="navigator-action-title">
      <header><h2 id="navigator-action-title">${title}</h2><a href="${back}">Close</a></header>
      <iframe id="navigator-action-frame" src="${src}" title="${title}" sandbox="${FRAME_SANDBOX}"></iframe>
    </div></div>
    <script>${trusted(closeScript(back))}</script>`;
}
