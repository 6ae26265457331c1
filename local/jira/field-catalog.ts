/**
 * The fields the emulated Jira knows: the system fields the app reads plus the site's custom fields,
 * each with its `GET /field` description and how its value renders in an IssueBean (§4.1).
 */
import type { Actor } from '../site/actor';
import type { SiteCustomField, SiteFile, SiteIssue } from '../site/schema';
import { canBrowse, findIssue, projectOf } from './access';
import { jiraTimestamp } from './context';
import { issueTypeJson, linkTypeJson, priorityJson, projectJson, reducedIssueJson, statusJson, userJson } from './shapes';

export interface RenderView {
  base: string;
  site: SiteFile;
  actor: Actor;
}

export interface FieldDefinition {
  id: string;
  name: string;
  custom: boolean;
  navigable: boolean;
  clauseNames: string[];
  schema: Record<string, unknown>;
  render(view: RenderView, issue: SiteIssue): unknown;
}

const system = (
  id: string,
  name: string,
  clauseNames: string[],
  schema: Record<string, unknown>,
  render: FieldDefinition['render'],
): FieldDefinition => ({ id, name, custom: false, navigable: true, clauseNames, schema: { ...schema, system: id }, render });

const SYSTEM_FIELDS: FieldDefinition[] = [
  system('summary', 'Summary', ['summary'], { type: 'string' }, (_v, issue) => issue.summary),
  system('status', 'Status', ['status'], { type: 'status' }, (v, issue) => statusJson(v.base, v.site, issue)),
  system('issuetype', 'Issue Type', ['issuetype', 'type'], { type: 'issuetype' }, (v, issue) => issueTypeJson(v.base, v.site, issue)),
  system('project', 'Project', ['project'], { type: 'project' }, (v, issue) => projectJson(v.base, projectOf(v.site, issue))),
  system('parent', 'Parent', ['parent'], { type: 'issuelink' }, renderParent),
  system('duedate', 'Due date', ['due', 'duedate'], { type: 'date' }, (_v, issue) => issue.dueDate ?? null),
  system('labels', 'Labels', ['labels'], { type: 'array', items: 'string' }, (_v, issue) => [...issue.labels]),
  system('assignee', 'Assignee', ['assignee'], { type: 'user' }, renderAssignee),
  system('reporter', 'Reporter', ['reporter'], { type: 'user' }, (view, issue) => renderUser(view, issue.reporterAccountId)),
  system('priority', 'Priority', ['priority'], { type: 'priority' }, (v) => priorityJson(v.base)),
  system('created', 'Created', ['created', 'createdDate'], { type: 'datetime' }, (_v, issue) => jiraTimestamp(issue.created)),
  system('updated', 'Updated', ['updated', 'updatedDate'], { type: 'datetime' }, (_v, issue) => jiraTimestamp(issue.updated)),
  system('description', 'Description', ['description'], { type: 'string' }, (_v, issue) => issue.description ?? null),
  system('issuelinks', 'Linked Issues', ['issueLink'], { type: 'array', items: 'issuelinks' }, renderIssueLinks),
];

function customField(field: SiteCustomField, site: SiteFile): FieldDefinition {
  const number = field.schema.customId;
  const isStartDate = field.id === startDateFieldId(site);
  return {
    id: field.id,
    name: field.name,
    custom: true,
    navigable: true,
    clauseNames: [`cf[${number}]`, field.name, `${field.name}[Date]`],
    schema: { ...field.schema },
    render: (_v, issue) => (isStartDate ? (issue.startDate ?? null) : null),
  };
}

export function startDateFieldId(site: SiteFile): string | undefined {
  return site.fields.find((f) => f.name === 'Start date' && f.schema.custom.endsWith(':datepicker'))?.id;
}

export function allFields(site: SiteFile): FieldDefinition[] {
  return [...SYSTEM_FIELDS, ...site.fields.map((field) => customField(field, site))];
}

/**
 * Which fields to return for a `fields` parameter: `*all`, `*navigable`, field ids, `-id` exclusions.
 * Unknown names are ignored as Jira does; only exclusions means "the default minus those".
 */
export function selectFields(site: SiteFile, requested: string[] | undefined, defaultSpec: string[]): FieldDefinition[] {
  const known = allFields(site);
  const spec = requested && requested.length > 0 ? requested : defaultSpec;
  const positives = spec.filter((token) => !token.startsWith('-'));
  const chosen = new Set<string>();
  for (const token of positives.length > 0 ? positives : defaultSpec) {
    if (token === '*all') known.forEach((field) => chosen.add(field.id));
    else if (token === '*navigable') known.filter((field) => field.navigable).forEach((field) => chosen.add(field.id));
    else if (known.some((field) => field.id === token)) chosen.add(token);
  }
  spec.filter((token) => token.startsWith('-')).forEach((token) => chosen.delete(token.slice(1)));
  return known.filter((field) => chosen.has(field.id));
}

/**
 * `fields.parent`, or nothing when the viewer may not browse the parent. What Jira Cloud returns for a parent the
 * caller cannot see is not documented: atlassian-rest.md §4 is silent, and searching Atlassian's docs and public issue
 * trackers found no statement either way. We rely on the rule §10 states for every other way an issue is reached —
 * Jira never reveals an issue the caller may not browse (GET is 404 "does not exist", search drops it, and the issue
 * links of an issue leave such issues out, as renderIssueLinks does) — so the parent is left out, exactly as for an
 * issue without one. An app that needs to know about a hidden parent must ask as the app.
 */
function renderParent(view: RenderView, issue: SiteIssue): unknown {
  const parent = issue.parentKey ? findIssue(view.site, issue.parentKey) : undefined;
  if (!parent || !canBrowse(view.site, view.actor, parent.projectKey)) return undefined;
  return reducedIssueJson(view.base, view.site, parent);
}

function renderAssignee(view: RenderView, issue: SiteIssue): unknown {
  return renderUser(view, issue.assigneeAccountId);
}

function renderUser(view: RenderView, accountId: string | undefined): unknown {
  const user = view.site.users.find((candidate) => candidate.accountId === accountId);
  return user ? userJson(view.base, user) : null;
}

/** §5.2: on the sentence's subject the link shows `outwardIssue: <object>`, on the object `inwardIssue: <subject>`. */
function renderIssueLinks(view: RenderView, issue: SiteIssue): unknown[] {
  const entries: unknown[] = [];
  for (const link of view.site.links) {
    const type = view.site.linkTypes.find((candidate) => candidate.name === link.type);
    const otherKey = link.outwardKey === issue.key ? link.inwardKey : link.inwardKey === issue.key ? link.outwardKey : undefined;
    const other = otherKey ? findIssue(view.site, otherKey) : undefined;
    if (!type || !other || !canBrowse(view.site, view.actor, other.projectKey)) continue;
    const side = link.outwardKey === issue.key ? 'outwardIssue' : 'inwardIssue';
    entries.push({ id: link.id, self: `${view.base}/rest/api/3/issueLink/${link.id}`, type: linkTypeJson(view.base, type), [side]: reducedIssueJson(view.base, view.site, other) });
  }
  return entries;
}
