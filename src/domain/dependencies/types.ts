import type { CalendarDate } from '../calendar-date';
import type { IssueKey, StreamId } from '../ids';
import type { StatusCategory } from '../programme';

/** How a dependency stands: in the order a programme manager must act on them. */
export const DEPENDENCY_STATUSES = ['conflict', 'at-risk', 'missing-dates', 'ok', 'resolved'] as const;
export type DependencyStatus = (typeof DEPENDENCY_STATUSES)[number];

/** One original Jira link behind a rolled-up dependency. */
export interface Evidence {
  linkId: string;
  type: string;
  blocker: IssueKey;
  blocked: IssueKey;
}

/** One end of a dependency, at epic level. `external` ends sit outside every stream (or outside the data read). */
export interface DependencyEnd {
  key: IssueKey;
  summary: string | null;
  streamId: StreamId | null;
  external: boolean;
  statusCategory: StatusCategory | null;
  startDate: CalendarDate | null;
  dueDate: CalendarDate | null;
}

/**
 * "`blocked` waits on `blocker`", rolled up to epics. `slackDays` is the blocked item's start minus the
 * blocker's due date; below zero the dates overlap and `overlapDays` says by how much.
 */
export interface Dependency {
  id: string;
  blocker: DependencyEnd;
  blocked: DependencyEnd;
  crossStream: boolean;
  status: DependencyStatus;
  slackDays: number | null;
  overlapDays: number | null;
  /** The blocker is not done and its due date has passed. */
  blockerOverdue: boolean;
  inCycle: boolean;
  onCriticalPath: boolean;
  evidence: Evidence[];
}

/** A set of epics that wait on each other in a circle; `path` is one concrete circle through them. */
export interface Cycle {
  members: IssueKey[];
  path: IssueKey[];
}

export interface CriticalPath {
  keys: IssueKey[];
  durationDays: number;
}

/** One cell of the stream × stream matrix: how much `waitingStreamId` waits on `blockingStreamId`. */
export interface MatrixCell {
  waitingStreamId: StreamId;
  blockingStreamId: StreamId;
  count: number;
  conflicts: number;
  atRisk: number;
  /** The largest overlap in days among the cell's conflicts, or null when it has none. */
  worstOverlapDays: number | null;
}

export interface StreamRelation {
  streamId: StreamId;
  count: number;
  conflicts: number;
}

export interface StreamDependencySummary {
  streamId: StreamId;
  waitsOn: StreamRelation[];
  waitedOnBy: StreamRelation[];
}

export interface AnalysisCounts {
  dependencies: number;
  crossStream: number;
  external: number;
  cycles: number;
  byStatus: Record<DependencyStatus, number>;
}

export interface ProgrammeAnalysis {
  today: CalendarDate;
  dependencies: Dependency[];
  /** Links whose two ends roll up to the same epic: not a dependency of the epic on itself. */
  internalLinks: Evidence[];
  cycles: Cycle[];
  criticalPath: CriticalPath;
  matrix: MatrixCell[];
  streams: StreamDependencySummary[];
  counts: AnalysisCounts;
}

export interface AnalysisOptions {
  /** Slack below this many days marks a dependency at risk. */
  atRiskThresholdDays: number;
}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = { atRiskThresholdDays: 5 };
