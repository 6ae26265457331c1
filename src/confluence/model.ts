import type { BaselineDiff } from '../domain/baseline/baseline-types';
import type { DependencyStatus } from '../domain/dependencies/types';
import type { StatusCategory } from '../domain/programme';
import type { Health, HealthReasons, NodeRollUp, Progress } from '../domain/strategy/roll-up-types';
import type { KpiStanding } from '../domain/strategy/kpi-health';
import type { Kpi } from '../domain/strategy/strategy-tree';
import type { Language } from './words';

/**
 * What the published pages show, as plain data: everything is decided before rendering (which streams, which
 * dependencies, page titles), so the renderers only say it. Lists are in the order the pages show them; ids are
 * values here, never property names.
 */

export interface IssueRef {
  key: string;
  summary: string;
}

export interface EpicLine extends IssueRef {
  statusCategory: StatusCategory;
  startDate: string | null;
  dueDate: string | null;
  /** The stream's name, or null for an epic outside every stream. */
  streamName: string | null;
}

/** A dependency as a page lists it: who waits on whom, and how it stands today. */
export interface DependencyLine {
  blocker: IssueRef & { streamName: string | null };
  blocked: IssueRef & { streamName: string | null };
  status: DependencyStatus;
  /** Days the blocked epic starts before the blocker is due (a conflict), or null. */
  overlapDays: number | null;
  slackDays: number | null;
}

export interface TouchpointCount {
  label: string;
  count: number;
  done: number;
}

export interface StreamFacts {
  id: string;
  name: string;
  /** `#rrggbb`, as the admin chose it. */
  colour: string;
  /** The stream page's title (unique in the space), or null when stream pages are not published. */
  pageTitle: string | null;
  epics: EpicLine[];
  progress: Progress;
  shareDone: number | null;
  earliestStart: string | null;
  latestDue: string | null;
  health: Health;
  reasons: HealthReasons;
  /** Cross-stream dependencies this stream's epics wait on, worst first. */
  waitsOn: DependencyLine[];
  /** Cross-stream dependencies that wait on this stream's epics, worst first. */
  waitedOnBy: DependencyLine[];
  /** Its dependencies in conflict, largest overlap first, at most a handful. */
  topConflicts: DependencyLine[];
  /** Touchpoints its issues serve (coverage report), or null when the coverage report has no row for it. */
  coverage: { touched: number; total: number; touchpoints: TouchpointCount[] } | null;
}

export interface StrategyNodeFacts {
  id: string;
  title: string;
  /** The node page's title (unique in the space), or null when strategy pages are not published. */
  pageTitle: string | null;
  /** The parent's id, or null for a root. */
  parentId: string | null;
  depth: number;
  /** 1-based outline numbers, e.g. [1, 2] for "1.2". */
  outline: number[];
  summary: string;
  goal: string;
  owner: { accountId: string; displayName: string | null } | null;
  conceptUrl: string | null;
  /** Each KPI with how it stands against its target today (kpi-health.ts). */
  kpis: Array<{ kpi: Kpi; standing: KpiStanding }>;
  rollUp: NodeRollUp | null;
  /** The node's own epics (not its children's), in the order the node lists them. */
  epics: EpicLine[];
}

export interface ProgrammeHealth {
  overall: Health;
  reasons: HealthReasons;
  /** Dependencies by status, every status named (a fixed set, not data). */
  dependencies: Readonly<Record<DependencyStatus, number>>;
  cycles: number;
  epics: number;
  progress: Progress;
}

export interface PublicationModel {
  language: Language;
  siteUrl: string;
  /** The calendar day the statuses were assessed for (`YYYY-MM-DD`): the "when" of every page. */
  today: string;
  health: ProgrammeHealth;
  streams: StreamFacts[];
  /** Depth-first, parents before children, siblings in tree order. */
  strategy: StrategyNodeFacts[];
  /** Titles of the overview pages, null when that page type is switched off. */
  titles: { rollUp: string | null; strategyTree: string | null };
  /** What changed since the previous publication, or null for the first one. */
  diff: BaselineDiff | null;
}
