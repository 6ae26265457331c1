import api, { route } from '@forge/api';
import { z } from 'zod';
import { JOURNEY_PROPERTY_KEY } from '../domain/taxonomy/dimensions';
import { PlatformError, kindOfStatus, messageOfBody } from './platform-error';
import { requestProduct, type Principal } from './product-client';
import { RETRY_POLICY, backoffMs, retryAfterMs } from './retry-policy';

/**
 * The journey tag property on issues (atlassian-rest.md §6): read one or many (embedded in bulkfetch or search,
 * never one request per issue), write one (PUT), write many (`properties/multi`, asynchronous, task polled).
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

/** Replaces one issue's journey property (needs Edit issues: 403 otherwise). PUT is idempotent, so it is retried. */
export async function putJourneyProperty(principal: Principal, issueKey: string, value: unknown): Promise<void> {
  await requestProduct('jira', principal, route`/rest/api/3/issue/${issueKey}/properties/${JOURNEY_PROPERTY_KEY}`, z.unknown(), { method: 'PUT', body: value });
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

const TERMINAL = new Set(['COMPLETE', 'FAILED', 'CANCELLED', 'DEAD']);
const TaskSchema = z.object({
  id: z.string(),
  status: z.string(),
  message: z.string().optional(),
  // The spec leaves `result` open; the per-issue failures of properties/multi are read from it when present.
  result: z.unknown().optional(),
});
type Task = z.infer<typeof TaskSchema>;
const MultiResultSchema = z.object({
  failedIssues: z.array(z.object({ issueId: z.union([z.number(), z.string()]), errorMessages: z.array(z.string()).default([]) })).default([]),
});

/** What Jira confirmed for a multi write: issues it refused (with its words), and issues whose task never finished. */
export interface MultiWriteOutcome {
  failed: Map<string, string>;
  unconfirmed: Set<string>;
}

/** How long to wait for a bulk task: a few polls, well inside a resolver's time limit. */
const TASK_POLLS = 8;
const TASK_POLL_DELAY_MS = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes a different journey property value on each issue with `POST /issue/properties/multi` (≤100 issues per
 * request, not transactional, §6.3), then follows the task until it ends. Jira answers 303 + Location; a fetch that
 * follows redirects hands us the task itself with 200 (§6.5) — both are handled.
 */
export async function writeJourneyPropertiesMulti(principal: Principal, entries: ReadonlyArray<{ issueId: string; value: unknown }>): Promise<MultiWriteOutcome> {
  const outcome: MultiWriteOutcome = { failed: new Map(), unconfirmed: new Set() };
  for (let start = 0; start < entries.length; start += BULK_PAGE) {
    const chunk = entries.slice(start, start + BULK_PAGE);
    const body = { issues: chunk.map((e) => ({ issueID: Number(e.issueId), properties: { [JOURNEY_PROPERTY_KEY]: e.value } })) };
    const task = await finishedTask(principal, await submitMulti(principal, body));
    if (task === undefined || !TERMINAL.has(task.status)) {
      chunk.forEach((e) => outcome.unconfirmed.add(e.issueId));
    } else if (task.status !== 'COMPLETE') {
      chunk.forEach((e) => outcome.failed.set(e.issueId, task.message ?? `Jira ended the task as ${task.status}`));
    } else {
      const result = MultiResultSchema.safeParse(task.result ?? {});
      for (const failure of result.success ? result.data.failedIssues : []) outcome.failed.set(String(failure.issueId), failure.errorMessages.join(' '));
    }
  }
  return outcome;
}

/** Submits the write; answers the task id (303) or the task itself (a followed redirect). */
async function submitMulti(principal: Principal, body: unknown): Promise<string | Task> {
  for (let attempt = 1; ; attempt++) {
    const requester = principal === 'user' ? api.asUser() : api.asApp();
    const response = await requester.requestJira(route`/rest/api/3/issue/properties/multi`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = text === '' ? undefined : safeJson(text);
    const location = response.headers.get('location');
    if (response.status === 303 && location) {
      const id = /\/task\/([^/?#]+)/.exec(location)?.[1];
      if (id) return id;
    }
    if (response.ok) {
      const task = TaskSchema.safeParse(parsed);
      if (task.success) return task.data;
      throw new PlatformError('unexpected-response', response.status, 'properties/multi answered without a task', 'jira');
    }
    // Setting the same values again is harmless, so transient failures are retried like a PUT.
    if (RETRY_POLICY.transientStatuses.has(response.status) && attempt < RETRY_POLICY.maxAttempts) {
      await sleep(Math.min(retryAfterMs(response.headers.get('retry-after'), Date.now()) ?? backoffMs(attempt), RETRY_POLICY.maxDelayMs));
      continue;
    }
    throw new PlatformError(kindOfStatus(response.status), response.status, messageOfBody(parsed) || response.statusText, 'jira');
  }
}

/** Polls the task until it ends, or gives up after a few polls (the caller reports those issues as unconfirmed). */
async function finishedTask(principal: Principal, submitted: string | Task): Promise<Task | undefined> {
  let task = typeof submitted === 'string' ? undefined : submitted;
  const id = typeof submitted === 'string' ? submitted : submitted.id;
  for (let poll = 0; poll < TASK_POLLS && (task === undefined || !TERMINAL.has(task.status)); poll++) {
    if (task !== undefined) await sleep(TASK_POLL_DELAY_MS * (poll + 1));
    task = await requestProduct('jira', principal, route`/rest/api/3/task/${id}`, TaskSchema);
  }
  return task;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
