/**
 * J8 `POST /issue` (201 `{id,key,self}`, field errors in Jira's shape) and `PUT /issue/{id}` (204), each
 * firing the matching product event. Invisible project or issue → 400 / 404; visible but not editable → 403.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { SiteIssue } from '../../site/schema';
import { canBrowse, canEdit, visibleIssue } from '../access';
import { type JiraContext, eventOrigin, nextNumericId } from '../context';
import { fieldErrors, forbidden } from '../errors';
import type { ChangelogItem } from '../events';
import { startDateFieldId } from '../field-catalog';
import { type JiraEnv, actorOf, jsonResponse, readJsonBody, siteBase } from '../http';
import { eventIssue, issueUpdatedEvent } from '../issue-events';
import { type EditableValues, hierarchyError, readFieldInput } from '../issue-input';
import { propertyRecord } from '../issue-properties';
import { checkPropertyWrite } from './properties';

const CreateBody = z.object({
  fields: z.record(z.string(), z.unknown()),
  // Parsed JSON already: the value is kept as sent (z.json() would drop a `"__proto__"` key inside it).
  properties: z.array(z.object({ key: z.string(), value: z.unknown() })).optional(),
  update: z.record(z.string(), z.unknown()).optional(),
});
const EditBody = z.object({ fields: z.record(z.string(), z.unknown()) });

type Ref = { id?: unknown; key?: unknown; name?: unknown };
const ref = (value: unknown): Ref => (value && typeof value === 'object' ? (value as Ref) : {});

export function registerIssueWriteRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  app.post('/rest/api/3/issue', async (c) => {
    const body = await readJsonBody(c, CreateBody);
    const actor = actorOf(c);
    const site = ctx.site;
    const projectRef = ref(body.fields.project);
    const project = site.projects.find((p) => p.key === projectRef.key || p.id === projectRef.id);
    const typeRef = ref(body.fields.issuetype);
    const issueType = site.issueTypes.find((t) => t.id === typeRef.id || t.name === typeRef.name);
    const { values, errors } = readFieldInput(site, actor, body.fields, true);
    if (!project || !canBrowse(site, actor, project.key)) errors.project = 'valid project is required';
    if (!issueType) errors.issuetype = 'valid issue type is required';
    if (values.summary === undefined && !errors.summary) errors.summary = 'You must specify a summary of the issue.';
    if (issueType && !errors.parent) {
      const problem = hierarchyError(site, issueType.name, values.parentKey);
      if (problem) errors.parent = problem;
    }
    for (const property of body.properties ?? []) {
      const problem = checkPropertyWrite(property.key, property.value);
      if (problem) errors.properties = problem;
    }
    if (Object.keys(errors).length > 0) throw fieldErrors(errors);
    if (!project || !issueType) throw fieldErrors({ project: 'valid project is required' });
    if (!canEdit(site, actor, project.key)) throw forbidden('You do not have permission to create issues in this project.');

    const now = ctx.now().toISOString();
    const highest = Math.max(0, ...site.issues.filter((i) => i.projectKey === project.key).map((i) => Number(i.key.split('-')[1])));
    const status = site.statuses.find((s) => s.statusCategory === 'new') ?? site.statuses[0];
    const issue: SiteIssue = {
      id: nextNumericId(site.issues.map((i) => i.id)),
      key: `${project.key}-${highest + 1}`,
      projectKey: project.key,
      summary: values.summary ?? '',
      issueType: issueType.name,
      status: status?.name ?? 'To Do',
      statusCategory: status?.statusCategory ?? 'new',
      labels: values.labels ?? [],
      ...(actor.kind === 'user' ? { reporterAccountId: actor.accountId } : {}),
      properties: propertyRecord((body.properties ?? []).map((p) => [p.key, p.value] as const)),
      created: now,
      updated: now,
      ...definedOnly(values),
    };
    site.issues.push(issue);
    const base = siteBase(c);
    ctx.emit({ eventType: 'avi:jira:created:issue', ...eventOrigin(actor), issue: eventIssue(base, site, issue) });
    return jsonResponse({ id: issue.id, key: issue.key, self: `${base}/rest/api/3/issue/${issue.id}` }, 201);
  });

  app.put('/rest/api/3/issue/:issueIdOrKey', async (c) => {
    const actor = actorOf(c);
    const issue = visibleIssue(ctx.site, actor, c.req.param('issueIdOrKey'));
    const body = await readJsonBody(c, EditBody);
    const { values, errors } = readFieldInput(ctx.site, actor, body.fields, false);
    if ('parentKey' in values && !errors.parent) {
      const problem = hierarchyError(ctx.site, issue.issueType, values.parentKey);
      if (problem) errors.parent = problem;
    }
    if (Object.keys(errors).length > 0) throw fieldErrors(errors);
    if (!canEdit(ctx.site, actor, issue.projectKey)) throw forbidden('You do not have permission to edit issues in this project.');
    const items = changelogItems(ctx, issue, values);
    Object.assign(issue, values, { updated: ctx.now().toISOString() });
    if (items.length > 0) ctx.emit(issueUpdatedEvent(siteBase(c), ctx.site, issue, actor, items));
    return new Response(null, { status: 204 });
  });
}

function definedOnly(values: EditableValues): EditableValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

const CHANGELOG_FIELDS: Array<[keyof EditableValues, string, string]> = [
  ['summary', 'summary', 'summary'],
  ['dueDate', 'duedate', 'duedate'],
  ['labels', 'labels', 'labels'],
  ['parentKey', 'IssueParentAssociation', 'parent'],
  ['assigneeAccountId', 'assignee', 'assignee'],
  ['description', 'description', 'description'],
];

function changelogItems(ctx: JiraContext, issue: SiteIssue, values: EditableValues): ChangelogItem[] {
  const text = (value: unknown): string | null =>
    value === undefined ? null : Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : JSON.stringify(value);
  const items: ChangelogItem[] = [];
  const push = (key: keyof EditableValues, field: string, fieldId: string, fieldtype: 'jira' | 'custom') => {
    if (!(key in values) || text(issue[key]) === text(values[key])) return;
    items.push({ field, fieldtype, fieldId, from: text(issue[key]), fromString: text(issue[key]), to: text(values[key]), toString: text(values[key]) });
  };
  CHANGELOG_FIELDS.forEach(([key, field, fieldId]) => push(key, field, fieldId, 'jira'));
  push('startDate', 'Start date', startDateFieldId(ctx.site) ?? 'customfield_10015', 'custom');
  return items;
}
