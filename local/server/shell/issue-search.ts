/**
 * `/jira/issues?jql=`: an issue search as the current user through the enhanced JQL search; JQL errors shown as Jira
 * words them. Each result has a labelled checkbox, so the user can pick issues before opening an app's action from
 * the Apps menu (which then gets them as `issueKeys`); without ticks an action gets only the search.
 */
import { z } from 'zod';
import type { LocalSite } from '../../site/create-local-site';
import type { SiteUser } from '../../site/schema';
import { html, trusted, type SafeHtml } from '../html';
import { asUser, jiraErrorText } from './jira-read';
import { appsMenu, navigatorActionDialog } from './navigator-actions';
import type { SearchState } from './search-state';

const PAGE_SIZE = 100;
const SELECTION_FORM = 'issue-selection';
const searchResult = z.object({
  issues: z.array(
    z.object({
      key: z.string(),
      fields: z
        .object({
          summary: z.string(),
          issuetype: z.object({ name: z.string() }).loose(),
          status: z.object({ name: z.string() }).loose(),
          duedate: z.string().nullable().optional(),
        })
        .loose(),
    }).loose(),
  ),
  nextPageToken: z.string().optional(),
}).loose();

export interface IssueSearchOptions {
  /** module titles, for the Apps menu */
  titles?: Record<string, string>;
  /** the navigator action open over the search (`?action=<moduleKey>`) */
  action?: string;
}

const selectionWords = (count: number) =>
  count === 0 ? 'No issues selected: an app action gets the whole search.' : `${count} ${count === 1 ? 'issue' : 'issues'} selected.`;

/** "Select all" and the live count need script; the checkboxes and the Apps menu work without it. */
const SELECTION_SCRIPT = `(function () {
  var form = document.getElementById('${SELECTION_FORM}');
  var all = document.getElementById('select-all');
  var status = document.getElementById('selection-status');
  if (!form || !status) return;
  // The checkboxes join the form by their form attribute: form.elements has them, its subtree does not.
  var boxes = function () { return Array.prototype.filter.call(form.elements, function (el) { return el.name === 'selected'; }); };
  var update = function () {
    var n = boxes().filter(function (box) { return box.checked; }).length;
    status.textContent = n === 0 ? ${JSON.stringify(selectionWords(0))} : n + (n === 1 ? ' issue' : ' issues') + ' selected.';
    if (all) { all.checked = n > 0 && n === boxes().length; all.indeterminate = n > 0 && n < boxes().length; }
  };
  if (all) { all.hidden = false; all.addEventListener('change', function () { boxes().forEach(function (box) { box.checked = all.checked; }); update(); }); }
  document.addEventListener('change', function (event) { if (event.target && event.target.form === form) update(); });
  update();
})();`;

function searchForm(state: SearchState): SafeHtml {
  return html`<form method="get" action="/jira/issues" role="search">
    <label for="jql">JQL</label> <input id="jql" name="jql" size="80" value="${state.jql}"> <button type="submit">Search</button></form>`;
}

/** The results as the body of the selection form: what the Apps menu submits. */
function resultsTable(result: z.infer<typeof searchResult>, state: SearchState): SafeHtml {
  const ticked = new Set(state.selected);
  const rows = result.issues.map(
    (i) => html`<tr><td><input type="checkbox" form="${SELECTION_FORM}" name="selected" value="${i.key}" id="select-${i.key}" aria-label="Select ${i.key}"${ticked.has(i.key) ? html` checked` : ''}></td>
      <td><a href="/jira/browse/${encodeURIComponent(i.key)}">${i.key}</a></td><td>${i.fields.summary}</td><td>${i.fields.issuetype.name}</td>
      <td>${i.fields.status.name}</td><td>${i.fields.duedate ?? ''}</td></tr>`,
  );
  const head = html`<th scope="col"><input type="checkbox" id="select-all" aria-label="Select all issues on this page" hidden></th>
    <th scope="col">Key</th><th scope="col">Summary</th><th scope="col">Type</th><th scope="col">Status</th><th scope="col">Due</th>`;
  return html`<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

export async function issueSearchBody(local: LocalSite, user: SiteUser | undefined, state: SearchState, options: IssueSearchOptions = {}): Promise<SafeHtml> {
  const titles = options.titles ?? {};
  // The selection form carries the search with the ticks; the checkboxes and menu buttons join it by `form=`.
  const selection = html`<form id="${SELECTION_FORM}" method="get" action="/jira/issues">
      <input type="hidden" name="jql" value="${state.jql}">${state.filterId ? html`<input type="hidden" name="filter" value="${state.filterId}">` : ''}</form>
    ${appsMenu(local, titles, SELECTION_FORM)}${navigatorActionDialog(local, titles, state, options.action)}`;
  const top = html`<h1>Issues</h1>${searchForm(state)}${selection}`;
  if (!state.jql.trim()) return html`${top}<p class="muted">Try <code>project = EMA ORDER BY duedate</code>.</p>`;
  const response = await asUser(local, user, '/rest/api/3/search/jql', {
    method: 'POST',
    body: { jql: state.jql, fields: ['summary', 'issuetype', 'status', 'duedate'], maxResults: PAGE_SIZE },
  });
  if (!response.ok) return html`${top}<p class="error" role="alert">${await jiraErrorText(response)}</p>`;
  const result = searchResult.parse(await response.json());
  const found = result.issues.length;
  const more = result.nextPageToken !== undefined;
  return html`${top}
    <p role="status">${found === 0 ? 'No issues match.' : `${found}${more ? '+' : ''} issues${more ? ` (first ${PAGE_SIZE} shown)` : ''}`}</p>
    ${found > 0 ? html`<p id="selection-status" aria-live="polite">${selectionWords(state.selected.length)}</p>${resultsTable(result, state)}<script>${trusted(SELECTION_SCRIPT)}</script>` : ''}`;
}
