/**
 * J14/J15 issue entity properties. PUT takes the raw JSON value (not `{key,value}`), ≤32,768 characters,
 * and answers 201 when created, 200 when replaced. Reading needs Browse; writing needs Edit (403), and
 * DELETE without Edit is a 404 as the spec lists it. Every write raises `avi:jira:set:issue-property`, every delete
 * `avi:jira:deleted:issue-property` (local/jira/events.ts).
 */
import type { Hono } from 'hono';
import { canEdit, visibleIssue } from '../access';
import type { JiraContext } from '../context';
import { badRequest, forbidden, issueNotFound, notFound } from '../errors';
import { type JiraEnv, actorOf, jsonResponse, readJson, siteBase } from '../http';
import { issuePropertyEvent } from '../issue-events';
import { hasIssueProperty, setIssueProperty } from '../issue-properties';

export const MAX_PROPERTY_VALUE_CHARS = 32768;
const MAX_PROPERTY_KEY_CHARS = 255;

/** Why a property write is refused, or undefined when it is fine. */
export function checkPropertyWrite(key: string, value: unknown): string | undefined {
  if (key.length === 0 || key.length > MAX_PROPERTY_KEY_CHARS) return `The property key must be between 1 and ${MAX_PROPERTY_KEY_CHARS} characters.`;
  if (value === undefined) return 'The property value must be valid, non-empty JSON.';
  if (JSON.stringify(value).length > MAX_PROPERTY_VALUE_CHARS) {
    return `The property value exceeds the maximum length of ${MAX_PROPERTY_VALUE_CHARS} characters.`;
  }
  return undefined;
}

const propertyMissing = (key: string) => notFound(`The property with key '${key}' does not exist.`);

export function registerPropertyRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  const base = '/rest/api/3/issue/:issueIdOrKey/properties';

  app.get(base, (c) => {
    const issue = visibleIssue(ctx.site, actorOf(c), c.req.param('issueIdOrKey'));
    const self = `${siteBase(c)}/rest/api/3/issue/${issue.id}/properties`;
    return jsonResponse({ keys: Object.keys(issue.properties).map((key) => ({ key, self: `${self}/${encodeURIComponent(key)}` })) });
  });

  app.get(`${base}/:propertyKey`, (c) => {
    const issue = visibleIssue(ctx.site, actorOf(c), c.req.param('issueIdOrKey'));
    const key = c.req.param('propertyKey');
    if (!hasIssueProperty(issue, key)) throw propertyMissing(key);
    return jsonResponse({ key, value: issue.properties[key] });
  });

  app.put(`${base}/:propertyKey`, async (c) => {
    const actor = actorOf(c);
    const issue = visibleIssue(ctx.site, actor, c.req.param('issueIdOrKey'));
    const key = c.req.param('propertyKey');
    const value = await readJson(c);
    const problem = checkPropertyWrite(key, value);
    if (problem) throw badRequest(problem);
    if (!canEdit(ctx.site, actor, issue.projectKey)) throw forbidden('You do not have permission to edit issues in this project.');
    const existed = hasIssueProperty(issue, key);
    setIssueProperty(issue, key, value);
    ctx.emit(issuePropertyEvent(issue, key, actor, 'avi:jira:set:issue-property'));
    return new Response(null, { status: existed ? 200 : 201 });
  });

  app.delete(`${base}/:propertyKey`, (c) => {
    const actor = actorOf(c);
    const issue = visibleIssue(ctx.site, actor, c.req.param('issueIdOrKey'));
    const key = c.req.param('propertyKey');
    if (!canEdit(ctx.site, actor, issue.projectKey)) throw issueNotFound();
    if (!hasIssueProperty(issue, key)) throw propertyMissing(key);
    delete issue.properties[key];
    ctx.emit(issuePropertyEvent(issue, key, actor, 'avi:jira:deleted:issue-property'));
    return new Response(null, { status: 204 });
  });
}
