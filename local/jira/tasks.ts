/**
 * Long-running Jira operations (bulk property writes) answer 303 + `Location: /rest/api/3/task/{id}`. The emulator
 * does the work when it accepts the request, so the change is on disk before the answer like every other write
 * (Jira's own "a read straight after may still show the old value" is a may), and the task reports it as Jira does:
 * some tasks are COMPLETE on the first poll; a `properties/multi` task stays ENQUEUED, then RUNNING, for a few polls
 * first (atlassian-rest.md §6.3), so a client that stops polling early never sees its result.
 */
import type { Actor } from '../site/actor';

export type TaskStatus = 'ENQUEUED' | 'RUNNING' | 'COMPLETE' | 'FAILED';

export interface TaskRecord {
  id: string;
  description: string;
  /** who may read it: the submitting actor (or a site admin) */
  submittedBy: Actor;
  status: TaskStatus;
  /** shown only once the task is finished */
  result: unknown;
  progress: number;
  submitted: number;
  started?: number;
  finished?: number;
  lastUpdate: number;
}

export interface NewTask {
  description: string;
  submittedBy: Actor;
  result: unknown;
  /** epoch ms of the submission */
  now: number;
  /** how many polls see the task unfinished (the first ENQUEUED, the others RUNNING); 0 = COMPLETE at once */
  unfinishedPolls?: number;
}

export interface TaskStore {
  record(task: NewTask): TaskRecord;
  /** The task as it stands, without moving it on (for the permission check). */
  get(id: string): TaskRecord | undefined;
  /** The task as this poll sees it: an unfinished task moves one step on with each poll. */
  poll(id: string, now: number): TaskRecord | undefined;
}

interface Progress {
  task: TaskRecord;
  unfinishedPolls: number;
  polls: number;
}

export function createTaskStore(): TaskStore {
  const tasks = new Map<string, Progress>();
  let last = 10100;
  return {
    record({ description, submittedBy, result, now, unfinishedPolls = 0 }) {
      last += 1;
      const finished = unfinishedPolls === 0;
      const task: TaskRecord = {
        id: String(last),
        description,
        submittedBy,
        status: finished ? 'COMPLETE' : 'ENQUEUED',
        result,
        progress: finished ? 100 : 0,
        submitted: now,
        ...(finished ? { started: now, finished: now } : {}),
        lastUpdate: now,
      };
      tasks.set(task.id, { task, unfinishedPolls, polls: 0 });
      return task;
    },
    get: (id) => tasks.get(id)?.task,
    poll(id, now) {
      const entry = tasks.get(id);
      if (!entry) return undefined;
      entry.polls += 1;
      const { task } = entry;
      if (task.status === 'COMPLETE' || task.status === 'FAILED') return task;
      if (entry.polls > entry.unfinishedPolls) Object.assign(task, { status: 'COMPLETE', progress: 100, finished: now, lastUpdate: now, started: task.started ?? now });
      else if (entry.polls > 1) Object.assign(task, { status: 'RUNNING', progress: Math.round((100 * (entry.polls - 1)) / entry.unfinishedPolls), started: task.started ?? now, lastUpdate: now });
      return task;
    },
  };
}
