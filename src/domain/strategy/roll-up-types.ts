import type { CalendarDate } from '../calendar-date';
import type { IssueKey, StreamId } from '../ids';
import type { DependencyStatus } from '../dependencies/types';
import type { StatusCategory } from '../programme';
import type { StrategyNodeId } from './strategy-tree';

/** Issues under an epic (itself included when it has none) by status category. */
export interface Progress {
  todo: number;
  inProgress: number;
  done: number;
}

/** What the roll-up needs to know of one epic, from the programme snapshot. */
export interface EpicFacts {
  key: IssueKey;
  summary: string;
  streamId: StreamId | null;
  statusCategory: StatusCategory;
  startDate: CalendarDate | null;
  dueDate: CalendarDate | null;
  progress: Progress;
}

/** A dependency as the roll-up sees it: its ends' keys and how it stands today. */
export interface DependencyFacts {
  blocker: IssueKey;
  blocked: IssueKey;
  status: DependencyStatus;
}

/** Worst first. `unknown`: nothing to judge by (no epics, no KPIs measured). */
export const HEALTHS = ['off-track', 'at-risk', 'on-track', 'unknown'] as const;
export type Health = (typeof HEALTHS)[number];

/** Why a node is not on track; counted, so a page can say "2 conflicts, 1 KPI behind target". */
export interface HealthReasons {
  conflicts: number;
  atRisk: number;
  kpisBehind: number;
  /** Epics past their due date and not done. */
  overdueEpics: number;
}

export interface NodeRollUp {
  nodeId: StrategyNodeId;
  /** The node's own epics and its descendants', each epic counted once. */
  epicKeys: IssueKey[];
  progress: Progress;
  /** done / (todo + inProgress + done), 0..1; null with no issues. */
  shareDone: number | null;
  health: Health;
  reasons: HealthReasons;
  earliestStart: CalendarDate | null;
  latestDue: CalendarDate | null;
  /** latestDue minus the baseline's latest due of the same epics, in days; null without a baseline. */
  slipDays: number | null;
}
