/**
 * J16–J18: bulk property writes and task polling. Jira runs these asynchronously and answers 303 with
 * `Location: /rest/api/3/task/{id}`; the emulator does the work at once (local/jira/tasks.ts says why) and records
 * the task. `PUT /issue/properties/{key}` is transactional and honours its `filter` (entity ids, `hasProperty`,
 * `currentValue` by JSON deep equality, AND-ed; only issues the caller may edit): a compare-and-set for many issues
 * at once; its task is COMPLETE on the first poll. `POST /issue/properties/multi` is per issue: an issue that does not
 * exist (or that the caller cannot see) is ignored, as the spec says, and a refused one is listed in the task's
 * `result` (an emulator choice: the spec leaves `result` untyped); its task stays ENQUEUED, then RUNNING, for a few
 * polls (atlassian-rest.md §6.3). Every property written raises `avi:jira:set:issue-property`.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Actor } from '../../site/actor';
import { idRecordSchema } from '../../../src/domain/id-keyed';
import { canBrowse, canEdit, isSiteAdmin } from '../access';
import type { JiraContext } from '../context';
import { badRequest, forbidden, notFound } from '../errors';
import { type JiraEnv, type JiraHonoContext, actorOf, jsonResponse, readJsonBody, siteBase } from '../http';
import { issuePropertyEvent } from '../issue-events';
import { hasIssueProperty, setIssueProperty } from '../issue-properties';
import { checkPropertyWrite } from './properties';

const MULTI_MAX_ISSUES = 100;
const MULTI_MAX_PROPERTIES = 10;
/** Polls that see a `multi` task unfinished: ENQUEUED once, then RUNNING. */
export const MULTI_UNFINISHED_POLLS = 2;

// The body is parsed JSON already; values stay as parsed (z.json() would drop a `"__proto__"` key inside them, so a
// conditional write against a stored value holding one could never match). Property keys are data: idRecordSchema.
const BulkSetBody = z
  .object({
    value: z.unknown().optional(),
    expression: z.string().optional(),
    filter: z.object({ entityIds: z.array(z.number().int()).optional(), currentValue: z.unknown().optional(), hasProperty: z.boolean().optional() }).optional(),
  })
  .strict();
const MultiBody = z.object({ issues: z.array(z.object({ issueID: z.number().int(), properties: idRecordSchema(z.string(), z.unknown()) })) });

export function registerBulkPropertyRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  const accepted = (c: JiraHonoContext, description: string, result: unknown, unfinishedPolls = 0) => {
    const task = ctx.tasks.record({ description, submittedBy: actorOf(c), result, now: ctx.now().getTime(), unfinishedPolls });
    return new Response(null, { status: 303, headers: { Location: `/rest/api/3/task/${task.id}` } });
  };

  app.put('/rest/api/3/issue/properties/:propertyKey', async (c) => {
    const body = await readJsonBody(c, BulkSetBody);
    const key = c.req.param('propertyKey');
    if (body.expression !== undefined) throw badRequest('Jira expressions are not supported by the local emulator; send "value".');
    const problem = checkPropertyWrite(key, body.value);
    if (problem) throw badRequest(problem);
    const filter = body.filter ?? {};
    const byValue = 'currentValue' in filter;
    // A value can only be compared on an issue that has the property: asking for both is a contradiction.
    if (byValue && filter.hasProperty === false) throw badRequest('The filter cannot require a current value of a property the issues must not have.');
    const actor = actorOf(c);
    // Every criterion AND-ed, over the issues the caller may edit (an issue they cannot see or edit is skipped).
    const eligible = ctx.site.issues.filter(
      (issue) =>
        canEdit(ctx.site, actor, issue.projectKey) &&
        (filter.entityIds === undefined || filter.entityIds.includes(Number(issue.id))) &&
        (filter.hasProperty === undefined || hasIssueProperty(issue, key) === filter.hasProperty) &&
        (!byValue || (hasIssueProperty(issue, key) && sameJson(issue.properties[key], filter.currentValue))),
    );
    // Transactional: everything was checked above, so either every eligible issue takes the value or (on a refusal) none.
    for (const issue of eligible) setIssueProperty(issue, key, structuredClone(body.value));
    for (const issue of eligible) ctx.emit(issuePropertyEvent(issue, key, actor, 'avi:jira:set:issue-property'));
    return accepted(c, `Set issue property ${key}`, undefined);
  });

  app.post('/rest/api/3/issue/properties/multi', async (c) => {
    const body = await readJsonBody(c, MultiBody);
    if (body.issues.length > MULTI_MAX_ISSUES) throw badRequest(`The number of issues exceeds the limit of ${MULTI_MAX_ISSUES}.`);
    if (body.issues.some((entry) => Object.keys(entry.properties).length > MULTI_MAX_PROPERTIES)) {
      throw badRequest(`The number of properties per issue exceeds the limit of ${MULTI_MAX_PROPERTIES}.`);
    }
    const failedIssues: Array<{ issueId: number; errorMessages: string[] }> = [];
    for (const entry of body.issues) {
      const problem = writeIssueProperties(ctx, actorOf(c), String(entry.issueID), entry.properties);
      if (problem) failedIssues.push({ issueId: entry.issueID, errorMessages: [problem] });
    }
    return accepted(c, 'Set properties on multiple issues', { failedIssues }, MULTI_UNFINISHED_POLLS);
  });

  app.get('/rest/api/3/task/:taskId', (c) => {
    const id = c.req.param('taskId');
    const submitted = ctx.tasks.get(id);
    if (!submitted) throw notFound(`The task with ID ${id} does not exist.`);
    const actor = actorOf(c);
    if (!sameActor(submitted.submittedBy, actor) && !isSiteAdmin(ctx.site, actor)) throw forbidden('You do not have permission to view this task.');
    const now = ctx.now().getTime();
    const task = ctx.tasks.poll(id, now) ?? submitted;
    const done = task.status === 'COMPLETE' || task.status === 'FAILED';
    return jsonResponse({
      self: `${siteBase(c)}/rest/api/3/task/${task.id}`,
      id: task.id,
      description: task.description,
      status: task.status,
      ...(done && task.result !== undefined ? { result: task.result } : {}),
      submittedBy: 10000,
      progress: task.progress,
      elapsedRuntime: (task.finished ?? now) - task.submitted,
      submitted: task.submitted,
      ...(task.started === undefined ? {} : { started: task.started }),
      ...(task.finished === undefined ? {} : { finished: task.finished }),
      lastUpdate: task.lastUpdate,
    });
  });
}

/**
 * Non-transactional per-issue write; returns the failure message, if any. "If an issue is not found, it is ignored"
 * (the spec): a missing issue, or one the caller cannot see (Jira's not-found), is skipped without a failure.
 */
function writeIssueProperties(ctx: JiraContext, actor: Actor, issueId: string, properties: Record<string, unknown>): string | undefined {
  const issue = ctx.site.issues.find((candidate) => candidate.id === issueId);
  if (!issue || !canBrowse(ctx.site, actor, issue.projectKey)) return undefined;
  if (!canEdit(ctx.site, actor, issue.projectKey)) return 'You do not have permission to edit issues in this project.';
  for (const [key, value] of Object.entries(properties)) {
    const problem = checkPropertyWrite(key, value);
    if (problem) return problem;
  }
  for (const [key, value] of Object.entries(properties)) {
    setIssueProperty(issue, key, value);
    ctx.emit(issuePropertyEvent(issue, key, actor, 'avi:jira:set:issue-property'));
  }
  return undefined;
}

/** JSON deep equality as Jira compares `filter.currentValue`: object key order does not matter, array order does. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}

const isJsonObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function sameActor(a: Actor, b: Actor): boolean {
  return a.kind === b.kind && (a.kind !== 'user' || (b.kind === 'user' && a.accountId === b.accountId));
}
