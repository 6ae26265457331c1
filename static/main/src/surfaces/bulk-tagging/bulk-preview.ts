import { TAG_SLOTS, type JourneyTags, type TagEdit, type TagSlot } from '../../../../../src/domain';

/**
 * The preview of a bulk change: per issue, what the change adds and removes given the tags it stores now, or that
 * nothing changes. Computed as the server applies the edit (remove, then add what is missing), so it never promises
 * more than the write does.
 */

/** One issue as the action read it: `tags` null when its stored tags cannot be read (the server will refuse it). */
export interface PreviewIssue {
  key: string;
  summary: string;
  tags: JourneyTags | null;
}

export interface TagRef {
  slot: TagSlot;
  id: string;
}

export type IssuePreview =
  | { key: string; summary: string; kind: 'change'; added: TagRef[]; removed: TagRef[] }
  | { key: string; summary: string; kind: 'no-change' }
  /** Jira did not return the issue (missing, or not the user's to see). */
  | { key: string; summary: string; kind: 'unreadable' }
  | { key: string; summary: string; kind: 'damaged' };

export interface BulkPreview {
  /** The first `limit` issues, in the order listed. */
  shown: IssuePreview[];
  /** Issues not shown. */
  hidden: number;
  /** Over all issues, shown or not. */
  changing: number;
  unchanged: number;
  /** Unreadable or damaged: nothing will change on them. */
  skipped: number;
}

/** How many issues the preview lists; the rest are counted. */
export const PREVIEW_LIMIT = 50;

function previewOne(issue: PreviewIssue, unreadable: ReadonlySet<string>, edit: TagEdit): IssuePreview {
  const { key, summary } = issue;
  if (unreadable.has(key)) return { key, summary, kind: 'unreadable' };
  if (issue.tags === null) return { key, summary, kind: 'damaged' };
  const added: TagRef[] = [];
  const removed: TagRef[] = [];
  for (const slot of TAG_SLOTS) {
    const current = new Set<string>(issue.tags[slot]);
    for (const id of new Set(edit.remove[slot] ?? [])) if (current.has(id)) removed.push({ slot, id });
    for (const id of new Set(edit.add[slot] ?? [])) if (!current.has(id)) added.push({ slot, id });
  }
  return added.length + removed.length === 0 ? { key, summary, kind: 'no-change' } : { key, summary, kind: 'change', added, removed };
}

export function previewOf(issues: readonly PreviewIssue[], unreadable: readonly string[], edit: TagEdit, limit = PREVIEW_LIMIT): BulkPreview {
  const missing = new Set(unreadable);
  const all = issues.map((issue) => previewOne(issue, missing, edit));
  const count = (kind: IssuePreview['kind']) => all.filter((p) => p.kind === kind).length;
  return {
    shown: all.slice(0, limit),
    hidden: Math.max(0, all.length - limit),
    changing: count('change'),
    unchanged: count('no-change'),
    skipped: count('unreadable') + count('damaged'),
  };
}
