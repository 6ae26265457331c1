/** `/jira/issues?jql=`: an issue search as the current user through the enhanced JQL search; JQL errors shown as Jira words them. */
import { z } from 'zod';
import type { LocalSite } from '../../site/create-local-site';
import type { SiteUser } from '../../site/schema';
import { html, type SafeHtml } from '../html';
import { asUser, jiraErrorText } from './jira-read';
import { appsMenu, navigatorActionDialog } from './navigator-actions';

const PAGE_SIZE = 100;
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

export async function issueSearchBody(local: LocalSite, user: SiteUser | undefined, jql: string, options: IssueSearchOptions = {}): Promise<SafeHtml> {
  const titles = options.titles ?? {};
  const form = html`<form method="get" action="/jira/issues" role="search">
    <label for="jql">JQL</label> <input id="jql" name="jql" size="80" value="${jql}"> <button type="submit">Search</button></form>
    ${appsMenu(local, titles, jql)}${navigatorActionDialog(local, titles, jql, options.action)}`;
  if (!jql.trim()) return html`<h1>Issues</h1>${form}<p class="muted">Try <code>project = EMA ORDER BY duedate</code>.</p>`;
  const response = await asUser(local, user, '/rest/api/3/search/jql', {
    method: 'POST',
    body: { jql, fields: ['summary', 'issuetype', 'status', 'duedate'], maxResults: PAGE_SIZE },
  });
  if (!response.ok) return html`<h1>Issues</h1>${form}<p class="error" role="alert">${await jiraErrorText(response)}</p>`;
  const result = searchResult.parse(await response.json());
  const rows = result.issues.map(
    (i) => html`<tr><td><a href="/jira/browse/${encodeURIComponent(i.key)}">${i.key}</a></td><td>${i.fields.summary}</td><td>${i.fields.issuetype.name}</td>
      <td>${i.fields.status.name}</td><td>${i.fields.duedate ?? ''}</td></tr>`,
  );
  return html`<h1>Issues</h1>${form}
    <p role="status">${result.issues.length === 0 ? 'No issues match.' : `${result.issues.length}${result.nextPageToken ? '+' : ''} issues${result.nextPageToken ? ` (first ${PAGE_SIZE} shown)` : ''}`}</p>
    ${rows.length ? html`<table><thead><tr><th scope="col">Key</th><th scope="col">Summary</th><th scope="col">Type</th><th scope="col">Status</th><th scope="col">Due</th></tr></thead><tbody>${rows}</tbody></table>` : ''}`;
}
