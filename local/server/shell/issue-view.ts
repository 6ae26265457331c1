/**
 * `/jira/browse/:key`: the issue as the current user sees it through the emulated REST (so a project the user
 * cannot browse gives Jira's own 404), with the app's issue modules framed with the issue in context.
 */
import { z } from 'zod';
import type { LocalSite } from '../../site/create-local-site';
import { startDateFieldOf, type SiteUser } from '../../site/schema';
import { FRAME_SANDBOX } from '../csp';
import { html, query, type SafeHtml } from '../html';
import { appFrame } from './layout';
import { ISSUE_MODULE_TYPES } from './surfaces';
import { asUser, jiraErrorText } from './jira-read';

const linkedIssue = z.object({ key: z.string(), fields: z.object({ summary: z.string().optional() }).loose().optional() }).loose();
const issueBean = z.object({
  key: z.string(),
  fields: z
    .object({
      summary: z.string(),
      issuetype: z.object({ name: z.string() }).loose(),
      status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).loose().optional() }).loose(),
      project: z.object({ key: z.string(), name: z.string() }).loose(),
      duedate: z.string().nullable().optional(),
      parent: z.object({ key: z.string(), fields: z.object({ summary: z.string().optional() }).loose().optional() }).loose().nullable().optional(),
      issuelinks: z
        .array(z.object({ type: z.object({ inward: z.string(), outward: z.string() }).loose(), inwardIssue: linkedIssue.optional(), outwardIssue: linkedIssue.optional() }).loose())
        .default([]),
    })
    .loose(),
});

export interface IssuePage {
  status: 200 | 404;
  title: string;
  body: SafeHtml;
}

const issueLink = (key: string, summary?: string) => html`<a href="/jira/browse/${encodeURIComponent(key)}">${key}</a>${summary ? html` ${summary}` : ''}`;

export async function issuePage(local: LocalSite, user: SiteUser | undefined, titles: Record<string, string>, key: string): Promise<IssuePage> {
  const startField = startDateFieldOf(local.site)?.id;
  const fields = ['summary', 'issuetype', 'status', 'project', 'duedate', 'parent', 'issuelinks', ...(startField ? [startField] : [])].join(',');
  const response = await asUser(local, user, `/rest/api/3/issue/${encodeURIComponent(key)}?fields=${fields}`);
  if (response.status === 404 || response.status === 403 || response.status === 401) {
    // Jira's own words for an issue the user may not see.
    return {
      status: 404,
      title: "You can't view this issue",
      body: html`<h1>You can't view this issue</h1><p>It may have been deleted or you don't have permission to view it right now.</p>
        <p class="muted">${await jiraErrorText(response)}</p><p><a href="/jira/issues">Search for issues</a></p>`,
    };
  }
  const issue = issueBean.parse(await response.json());
  const f = issue.fields;
  const startDate = startField ? (f as Record<string, unknown>)[startField] : undefined;
  const links = f.issuelinks.map((link) =>
    link.outwardIssue
      ? html`<li>${issue.key} ${link.type.outward} ${issueLink(link.outwardIssue.key, link.outwardIssue.fields?.summary)}</li>`
      : link.inwardIssue
        ? html`<li>${issue.key} ${link.type.inward} ${issueLink(link.inwardIssue.key, link.inwardIssue.fields?.summary)}</li>`
        : '',
  );
  const modules = local.app.uiModules.filter((m) => ISSUE_MODULE_TYPES.has(m.type) && m.resource);
  const frames = modules.map((m) => {
    const src = `/resources/${encodeURIComponent(m.resource ?? '')}/${query({ moduleKey: m.key, localId: `${m.key}-${issue.key}`, issueKey: issue.key, projectKey: f.project.key })}`;
    const title = titles[m.key] ?? m.key;
    return html`<section class="card" aria-label="${title}"><h2>${title} <span class="muted">(${m.type})</span></h2>${appFrame(src, title, FRAME_SANDBOX)}</section>`;
  });
  return {
    status: 200,
    title: `${issue.key} ${f.summary}`,
    body: html`<p class="muted"><a href="/jira/issues?jql=${encodeURIComponent(`project = ${f.project.key}`)}">${f.project.name}</a> / ${issue.key}</p>
      <h1>${f.summary}</h1>
      <dl class="fields">
        <dt>Type</dt><dd>${f.issuetype.name}</dd>
        <dt>Status</dt><dd><span class="lozenge">${f.status.name}</span></dd>
        <dt>Start date</dt><dd>${typeof startDate === 'string' ? startDate : html`<span class="muted">None</span>`}</dd>
        <dt>Due date</dt><dd>${f.duedate ?? html`<span class="muted">None</span>`}</dd>
        <dt>Parent</dt><dd>${f.parent ? issueLink(f.parent.key, f.parent.fields?.summary) : html`<span class="muted">None</span>`}</dd>
      </dl>
      <section class="card" aria-labelledby="links"><h2 id="links">Linked issues</h2>${links.length ? html`<ul>${links}</ul>` : html`<p class="muted">No linked issues.</p>`}</section>
      ${frames}`,
  };
}
