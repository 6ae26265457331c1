import api, { route, type Route } from '@forge/api';
import { z } from 'zod';
import { PlatformError } from './platform-error';
import { failureOf, requestProduct, waitedToRetry, type Principal } from './product-client';

/**
 * Jira's asynchronous writes (atlassian-rest.md §6.2, §6.5): the request answers 303 + `Location` of a task, or —
 * when the fetch followed that redirect — the task itself with 200; both are handled. The task is then polled
 * until it ends. Only a refused request throws: once Jira has accepted the work, a poll that fails or never sees
 * the end yields `unknown`, because the write may well have happened.
 */

export type TaskEnd =
  /** Jira ran the operation to its end. */
  | { state: 'complete' }
  /** Jira ended it without doing it (FAILED, CANCELLED, DEAD); the operations we use are transactional. */
  | { state: 'failed'; message: string }
  /** Accepted, but the task could not be followed to its end. */
  | { state: 'unknown'; reason: string };

const TERMINAL = new Set(['COMPLETE', 'FAILED', 'CANCELLED', 'DEAD']);
const TaskSchema = z.object({ id: z.string(), status: z.string(), message: z.string().optional() });
type Task = z.infer<typeof TaskSchema>;

/** How long to follow a task: a few polls, about five seconds in all, well inside a resolver's 25 s. */
const TASK_POLLS = 6;
const TASK_POLL_DELAY_MS = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Submits an asynchronous write and follows its task. Transient refusals of the submission (429, 502–504) are
 * sent again per RETRY_POLICY: callers only submit writes that are safe to repeat (a conditional set).
 */
export async function runJiraTask(principal: Principal, path: Route, method: 'PUT' | 'POST', body: unknown): Promise<TaskEnd> {
  const submitted = await submit(principal, path, method, body);
  try {
    const task = await follow(principal, submitted);
    if (!TERMINAL.has(task.status)) return { state: 'unknown', reason: `the task was still ${task.status} after ${TASK_POLLS} polls` };
    return task.status === 'COMPLETE' ? { state: 'complete' } : { state: 'failed', message: task.message ?? `Jira ended the task as ${task.status}` };
  } catch (error) {
    if (error instanceof PlatformError) return { state: 'unknown', reason: `the task could not be read: ${error.message}` };
    throw error;
  }
}

/** Answers the task id (303) or the task itself (a followed redirect). */
async function submit(principal: Principal, path: Route, method: 'PUT' | 'POST', body: unknown): Promise<string | Task> {
  for (let attempt = 1; ; attempt++) {
    const requester = principal === 'user' ? api.asUser() : api.asApp();
    const response = await requester.requestJira(path, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = text === '' ? undefined : safeJson(text);
    const id = response.status === 303 ? /\/task\/([^/?#]+)/.exec(response.headers.get('location') ?? '')?.[1] : undefined;
    if (id) return id;
    if (response.ok) {
      const task = TaskSchema.safeParse(parsed);
      if (task.success) return task.data;
      throw new PlatformError('unexpected-response', response.status, 'Jira accepted the write without naming its task', 'jira');
    }
    // Safe to send again: callers only submit writes that may be repeated (see runJiraTask).
    if (await waitedToRetry(response, attempt, true)) continue;
    throw failureOf('jira', response, parsed);
  }
}

async function follow(principal: Principal, submitted: string | Task): Promise<Task> {
  let task = typeof submitted === 'string' ? undefined : submitted;
  const id = typeof submitted === 'string' ? submitted : submitted.id;
  for (let poll = 0; poll < TASK_POLLS && (task === undefined || !TERMINAL.has(task.status)); poll++) {
    if (task !== undefined) await sleep(TASK_POLL_DELAY_MS * poll);
    task = await requestProduct('jira', principal, route`/rest/api/3/task/${id}`, TaskSchema);
  }
  return task as Task;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
