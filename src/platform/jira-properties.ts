import { route } from '@forge/api';
import { z } from 'zod';
import { JOURNEY_PROPERTY_KEY } from '../domain/taxonomy/dimensions';
import { runJiraTask, type TaskEnd } from './jira-task';
import { requestProduct, type Principal } from './product-client';

/**
 * Reading the journey tag property of issues (atlassian-rest.md §6): one issue, or many embedded in bulkfetch or
 * search — never one request per issue. Writing is conditional: jira-property-update.ts.
 */

/** An issue with its raw journey property (`undefined` when it has none); the caller parses the value. */
export interface IssueJourneyProperty {
  id: string;
  key: string;
  projectKey: string;
  value: unknown;
}

const IssueWithPropertySchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({ project: z.object({ key: z.string() }) }),
  properties: z.record(z.string(), z.unknown()).default({}),
});
type IssueWithProperty = z.infer<typeof IssueWithPropertySchema>;

const toRecord = (issue: IssueWithProperty): IssueJourneyProperty => ({
  id: issue.id,
  key: issue.key,
  projectKey: issue.fields.project.key,
  value: issue.properties[JOURNEY_PROPERTY_KEY],
});

/** One issue's journey property in one request (404 when the issue is missing or invisible to the principal). */
export async function fetchJourneyProperty(principal: Principal, issueKey: string): Promise<IssueJourneyProperty> {
  const issue = await requestProduct('jira', principal, route`/rest/api/3/issue/${issueKey}?fields=project&properties=${JOURNEY_PROPERTY_KEY}`, IssueWithPropertySchema);
  return toRecord(issue);
}

/** Bulkfetch takes at most 100 issues per request (§3). */
const BULK_PAGE = 100;

/** Many issues' journey properties, 100 per request; missing or invisible issues are simply absent. */
export async function fetchJourneyProperties(principal: Principal, issueKeys: readonly string[]): Promise<IssueJourneyProperty[]> {
  const found: IssueJourneyProperty[] = [];
  for (let start = 0; start < issueKeys.length; start += BULK_PAGE) {
    const page = await requestProduct('jira', principal, route`/rest/api/3/issue/bulkfetch`, z.object({ issues: z.array(IssueWithPropertySchema) }), {
      method: 'POST',
      idempotent: true,
      body: { issueIdsOrKeys: issueKeys.slice(start, start + BULK_PAGE), fields: ['project'], properties: [JOURNEY_PROPERTY_KEY] },
    });
    found.push(...page.issues.map(toRecord));
  }
  return found;
}

const SearchPageSchema = z.object({ issues: z.array(IssueWithPropertySchema), nextPageToken: z.string().optional(), isLast: z.boolean().optional() });

/**
 * The issues a JQL query finds with their journey properties, at most `limit + 1` of them: one more than allowed
 * tells the caller the query selects too many. Usually one request.
 */
export async function searchJourneyProperties(principal: Principal, jql: string, limit: number): Promise<IssueJourneyProperty[]> {
  const found: IssueJourneyProperty[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = await requestProduct('jira', principal, route`/rest/api/3/search/jql`, SearchPageSchema, {
      method: 'POST',
      idempotent: true,
      body: { jql, fields: ['project'], properties: [JOURNEY_PROPERTY_KEY], maxResults: limit + 1, ...(nextPageToken ? { nextPageToken } : {}) },
    });
    found.push(...page.issues.map(toRecord));
    nextPageToken = page.isLast === true ? undefined : page.nextPageToken;
  } while (nextPageToken && found.length <= limit);
  return found.slice(0, limit + 1);
}

const PermissionCheckSchema = z.object({
  projectPermissions: z.array(z.object({ permission: z.string(), issues: z.array(z.number()).default([]) })).default([]),
});

/** Which of the given issues the calling user may edit, in one request (`POST /permissions/check`, §7.5). */
export async function editableIssueIds(issueIds: readonly string[]): Promise<Set<string>> {
  if (issueIds.length === 0) return new Set();
  const answer = await requestProduct('jira', 'user', route`/rest/api/3/permissions/check`, PermissionCheckSchema, {
    method: 'POST',
    idempotent: true,
    body: { projectPermissions: [{ permissions: ['EDIT_ISSUES'], issues: issueIds.map(Number) }] },
  });
  return new Set(answer.projectPermissions.filter((p) => p.permission === 'EDIT_ISSUES').flatMap((p) => p.issues.map(String)));
}

/** What the property must be for a conditional write to touch an issue: absent, or exactly this JSON value. */
export type PropertyCondition = { hasProperty: false } | { currentValue: unknown };

/**
 * Sets `value` on those of `issueIds` whose property is still as `condition` says (`PUT /issue/properties/{key}`
 * with `filter`, §6.2): Jira compares and sets in one transaction, so a change made since the caller read is
 * never overwritten. Issues the principal may not edit are skipped, not refused: only a read-back tells which
 * issues took the value. Asynchronous: see runJiraTask.
 */
export function setJourneyPropertyWhere(principal: Principal, issueIds: readonly string[], condition: PropertyCondition, value: unknown): Promise<TaskEnd> {
  const filter = { entityIds: issueIds.map(Number), ...condition };
  return runJiraTask(principal, route`/rest/api/3/issue/properties/${JOURNEY_PROPERTY_KEY}`, 'PUT', { value, filter });
}
