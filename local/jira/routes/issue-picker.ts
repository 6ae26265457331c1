/**
 * `GET /rest/api/3/issue/picker`: Jira's issue picker. Suggestions whose key starts with the text, or whose summary has
 * a word starting with each word of the text, ignoring case; only issues the caller may browse, read from the search
 * index (which may trail the site). Two sections, as Jira answers: the caller's history ("hs", always empty here: the
 * local site records no issue views) and the current search ("cs"), narrowed by `currentJQL` and `currentProjectId`.
 * `currentIssueKey` is left out; `showSubTasks=false` leaves sub-tasks out, and `showSubTaskParent=false` the parent
 * of a current sub-task. Each issue: `id` (a number), `key`, `keyHtml`, `img`, `summary` (HTML, matches in `<b>`)
 * and `summaryText`.
 */
import type { Hono } from 'hono';
import { canBrowse } from '../access';
import type { JiraContext } from '../context';
import { badRequest } from '../errors';
import { type JiraEnv, jsonResponse } from '../http';
import type { SiteFile, SiteIssue } from '../../site/schema';
import { compileOr400, scopeOf } from './search';

/** Suggestions per section. */
const MAX_SUGGESTIONS = 20;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

function matches(issue: SiteIssue, query: string): boolean {
  const text = query.trim().toLowerCase();
  if (issue.key.toLowerCase().startsWith(text)) return true;
  const wanted = wordsOf(text);
  const words = wordsOf(issue.summary);
  return wanted.length > 0 && wanted.every((w) => words.some((word) => word.startsWith(w)));
}

/** The summary with every word that a query word starts bolded, the rest escaped. */
function highlighted(summary: string, query: string): string {
  const wanted = wordsOf(query);
  return summary
    .split(/([^\p{L}\p{N}]+)/u)
    .map((part) => (wanted.some((w) => part.toLowerCase().startsWith(w)) && part !== '' ? `<b>${escapeHtml(part)}</b>` : escapeHtml(part)))
    .join('');
}

const booleanParam = (value: string | undefined, name: string): boolean => {
  if (value === undefined || value === 'true') return true;
  if (value === 'false') return false;
  throw badRequest(`The value '${value}' is invalid for ${name}.`);
};

function suggestion(site: SiteFile, issue: SiteIssue, query: string) {
  const typeId = site.issueTypes.find((type) => type.name === issue.issueType)?.id ?? '0';
  return {
    id: Number(issue.id),
    key: issue.key,
    keyHtml: escapeHtml(issue.key),
    img: `/rest/api/2/universal_avatar/view/type/issuetype/avatar/${typeId}?size=medium`,
    summary: highlighted(issue.summary, query),
    summaryText: issue.summary,
  };
}

function section(id: 'hs' | 'cs', label: string, found: SiteIssue[], render: (issue: SiteIssue) => unknown) {
  const shown = found.slice(0, MAX_SUGGESTIONS);
  return { label, ...(found.length > 0 ? { sub: `Showing ${shown.length} of ${found.length} matching issues` } : { msg: 'No matching issues found' }), id, issues: shown.map(render) };
}

export function registerIssuePickerRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.get('/rest/api/3/issue/picker', (c) => {
    const query = c.req.query('query') ?? '';
    const showSubTasks = booleanParam(c.req.query('showSubTasks'), 'showSubTasks');
    const showSubTaskParent = booleanParam(c.req.query('showSubTaskParent'), 'showSubTaskParent');
    const currentIssueKey = c.req.query('currentIssueKey')?.toUpperCase();
    const currentProjectId = c.req.query('currentProjectId');
    const scope = scopeOf(ctx, c);
    const currentJql = c.req.query('currentJQL');
    const compiled = currentJql ? compileOr400(currentJql, scope, false) : undefined;
    const indexed = ctx.searchIndex.view().site;
    const current = currentIssueKey ? indexed.issues.find((issue) => issue.key === currentIssueKey) : undefined;
    const subtaskLevel = (issue: SiteIssue) => indexed.issueTypes.find((type) => type.name === issue.issueType)?.subtask === true;
    const projectId = (issue: SiteIssue) => indexed.projects.find((project) => project.key === issue.projectKey)?.id;
    const found = query.trim() === '' ? [] : indexed.issues.filter(
      (issue) =>
        canBrowse(indexed, scope.actor, issue.projectKey) &&
        issue.key !== currentIssueKey &&
        (showSubTasks || !subtaskLevel(issue)) &&
        (showSubTaskParent || !current || !subtaskLevel(current) || issue.key !== current.parentKey) &&
        (currentProjectId === undefined || projectId(issue) === currentProjectId) &&
        (!compiled || compiled.matches(issue)) &&
        matches(issue, query),
    );
    const render = (issue: SiteIssue) => suggestion(indexed, issue, query);
    return jsonResponse({ sections: [section('hs', 'History Search', [], render), section('cs', 'Current Search', found, render)] });
  });
}
