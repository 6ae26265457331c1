/**
 * Long-running Jira operations (bulk property writes) answer 303 + `Location: /rest/api/3/task/{id}`.
 * The emulator does the work at once and records the task as COMPLETE, so polling ends on the first read.
 */
import type { Actor } from '../site/actor';

export interface TaskRecord {
  id: string;
  description: string;
  /** who may read it: the submitting actor (or a site admin) */
  submittedBy: Actor;
  status: 'COMPLETE' | 'FAILED';
  result: unknown;
  submitted: number;
  finished: number;
}

export interface TaskStore {
  record(task: Omit<TaskRecord, 'id'>): TaskRecord;
  get(id: string): TaskRecord | undefined;
}

export function createTaskStore(): TaskStore {
  const tasks = new Map<string, TaskRecord>();
  let last = 10100;
  return {
    record(task) {
      last += 1;
      const stored = { ...task, id: String(last) };
      tasks.set(stored.id, stored);
      return stored;
    },
    get: (id) => tasks.get(id),
  };
}
