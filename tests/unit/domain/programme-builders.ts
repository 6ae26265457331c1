/** Small hand-built programmes for the dependency-analysis tests, written the way a programme manager would say them. */
import { calendarDate, type CalendarDate, type DependencyLink, type IssueKey, type Stream, type StreamId, type WorkItem } from '../../../src/domain';

export function stream(id: string, name = id.toUpperCase()): Stream {
  return { id: id as StreamId, name, jql: `project = ${id.toUpperCase()}`, ownerAccountId: null, colour: '#0c66e4' };
}

interface ItemOptions {
  stream?: string | null;
  start?: string;
  due?: string;
  done?: boolean;
  parent?: string;
  level?: number;
}

export function epic(key: string, options: ItemOptions = {}): WorkItem {
  return item(key, { level: 1, ...options });
}

export function story(key: string, parent: string, options: ItemOptions = {}): WorkItem {
  return item(key, { level: 0, parent, ...options });
}

export function subtask(key: string, parent: string, options: ItemOptions = {}): WorkItem {
  return item(key, { level: -1, parent, ...options });
}

export function item(key: string, options: ItemOptions = {}): WorkItem {
  const level = options.level ?? 1;
  return {
    key: key as IssueKey,
    summary: `Summary of ${key}`,
    streamId: (options.stream === undefined ? key.split('-')[0]?.toLowerCase() : options.stream) as StreamId | null,
    issueType: level === 1 ? 'Epic' : level === 0 ? 'Story' : 'Sub-task',
    hierarchyLevel: level,
    parentKey: (options.parent ?? null) as IssueKey | null,
    status: options.done ? 'Done' : 'In Progress',
    statusCategory: options.done ? 'done' : 'indeterminate',
    startDate: options.start ? calendarDate(options.start) : null,
    dueDate: options.due ? calendarDate(options.due) : null,
  };
}

let nextLinkId = 10000;
/** "`blocker` blocks `blocked`" as one Jira link. */
export function blocks(blocker: string, blocked: string, id = String(nextLinkId++)): DependencyLink {
  return { id, type: 'Blocks', blocker: blocker as IssueKey, blocked: blocked as IssueKey };
}

export const TODAY: CalendarDate = calendarDate('2026-01-15');
