import type { IssueChoice } from '../../../../../src/contract/issue-search';
import type { TimelineItem } from '../../../../../src/contract/programme';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import { classifyDependency, type Classification } from '../../../../../src/domain/dependencies/classify';
import { DEFAULT_ANALYSIS_OPTIONS, type DependencyEnd } from '../../../../../src/domain/dependencies/types';

/** One end of the would-be dependency: the issue picked (or typed) and the epic it rolls up to, when the page knows it. */
export interface PreviewEnd {
  key: string;
  /** The epic on the programme page, with its dates; null when the issue has no epic or the page does not show it. */
  epic: TimelineItem | null;
}

export type DependencyPreview =
  | { kind: 'judged'; blocker: PreviewEnd & { epic: TimelineItem }; blocked: PreviewEnd & { epic: TimelineItem }; verdict: Classification }
  | { kind: 'same-epic'; epicKey: string }
  | { kind: 'dates-unknown'; unknown: string[] };

const asEnd = (epic: TimelineItem): DependencyEnd => ({
  key: epic.key as DependencyEnd['key'],
  summary: epic.summary,
  streamId: epic.streamId as DependencyEnd['streamId'],
  external: false,
  statusCategory: epic.statusCategory,
  startDate: epic.startDate,
  dueDate: epic.dueDate,
});

/**
 * The issue's end as the page can judge it: a picked issue names its epic; a typed key is looked up among the page's
 * epics (then it is an epic itself). Without either, its epic's dates are unknown here.
 */
export function previewEnd(key: string, choice: IssueChoice | null, epics: readonly TimelineItem[]): PreviewEnd {
  const epicKey = choice && choice.key === key ? choice.epicKey : key;
  return { key, epic: epicKey === null ? null : (epics.find((epic) => epic.key === epicKey) ?? null) };
}

/**
 * "Blocker blocks blocked" judged before it exists, as the snapshot would judge it: the pure `classifyDependency` on
 * the dates of the two epics the issues roll up to, for the viewer's day and the programme's at-risk threshold.
 */
export function previewDependency(blocker: PreviewEnd, blocked: PreviewEnd, today: CalendarDate, atRiskThresholdDays = DEFAULT_ANALYSIS_OPTIONS.atRiskThresholdDays): DependencyPreview {
  const unknown = [blocker, blocked].filter((end) => end.epic === null).map((end) => end.key);
  if (!blocker.epic || !blocked.epic) return { kind: 'dates-unknown', unknown };
  if (blocker.epic.key === blocked.epic.key) return { kind: 'same-epic', epicKey: blocker.epic.key };
  const verdict = classifyDependency(asEnd(blocker.epic), asEnd(blocked.epic), today, { atRiskThresholdDays });
  return { kind: 'judged', blocker: { ...blocker, epic: blocker.epic }, blocked: { ...blocked, epic: blocked.epic }, verdict };
}
