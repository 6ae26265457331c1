import type { DependencyLine, EpicLine, StreamFacts } from '../../confluence/model';
import type { Language } from '../../confluence/words';
import { compareIssueKeys, DEPENDENCY_STATUSES, type CoverageReport, type Dependency, type Health, type HealthReasons, type Progress, type Stream, type StatusCategory } from '../../domain';

/** Each stream's facts for the pages, from the snapshot view assessed for today and the coverage report. */

/** An epic as the view carries it; `progress` arrives with snapshots that count issues per epic. */
export interface ViewEpic {
  key: string;
  summary: string;
  streamId: string | null;
  statusCategory: StatusCategory;
  startDate: string | null;
  dueDate: string | null;
  progress?: Progress;
}

export type ViewDependency = Pick<Dependency, 'status' | 'overlapDays' | 'slackDays'> & {
  blocker: { key: string; summary: string | null; streamId: string | null };
  blocked: { key: string; summary: string | null; streamId: string | null };
};

/** How many conflicts a stream lists as its "top conflicts". */
export const TOP_CONFLICTS = 5;

/** An epic without issue counts counts as one issue in its own status category (as epic-progress.ts counts a childless epic). */
export function progressOf(epic: ViewEpic): Progress {
  if (epic.progress) return epic.progress;
  return { todo: epic.statusCategory === 'new' ? 1 : 0, inProgress: epic.statusCategory === 'indeterminate' ? 1 : 0, done: epic.statusCategory === 'done' ? 1 : 0 };
}

export function addProgress(a: Progress, b: Progress): Progress {
  return { todo: a.todo + b.todo, inProgress: a.inProgress + b.inProgress, done: a.done + b.done };
}

export const isOverdue = (epic: ViewEpic, today: string) => epic.statusCategory !== 'done' && epic.dueDate !== null && epic.dueDate < today;

/** Due date first (undated last), then key: the pages never depend on the order Jira happened to answer in. */
export function byDueThenKey(a: { dueDate: string | null; key: string }, b: { dueDate: string | null; key: string }): number {
  if (a.dueDate !== b.dueDate) return a.dueDate === null ? 1 : b.dueDate === null ? -1 : a.dueDate < b.dueDate ? -1 : 1;
  return compareIssueKeys(a.key, b.key);
}

/** Worst status first, then the largest overlap, then by keys. */
export function worstFirst(a: DependencyLine, b: DependencyLine): number {
  const status = DEPENDENCY_STATUSES.indexOf(a.status) - DEPENDENCY_STATUSES.indexOf(b.status);
  if (status !== 0) return status;
  const overlap = (b.overlapDays ?? 0) - (a.overlapDays ?? 0);
  if (overlap !== 0) return overlap;
  return compareIssueKeys(a.blocked.key, b.blocked.key) || compareIssueKeys(a.blocker.key, b.blocker.key);
}

export function epicLine(epic: ViewEpic, streamNames: ReadonlyMap<string, string>): EpicLine {
  return { key: epic.key, summary: epic.summary, statusCategory: epic.statusCategory, startDate: epic.startDate, dueDate: epic.dueDate, streamName: epic.streamId === null ? null : (streamNames.get(epic.streamId) ?? null) };
}

export function dependencyLine(dependency: ViewDependency, streamNames: ReadonlyMap<string, string>): DependencyLine {
  const end = (side: ViewDependency['blocker']) => ({ key: side.key, summary: side.summary ?? '', streamName: side.streamId === null ? null : (streamNames.get(side.streamId) ?? null) });
  return { blocker: end(dependency.blocker), blocked: end(dependency.blocked), status: dependency.status, overlapDays: dependency.overlapDays, slackDays: dependency.slackDays };
}

/** Off track with a conflict or an overdue epic, at risk with a dependency at risk, on track with epics, else unknown. */
export function healthFrom(reasons: HealthReasons, hasEpics: boolean): Health {
  if (reasons.conflicts > 0 || reasons.overdueEpics > 0) return 'off-track';
  if (reasons.atRisk > 0 || reasons.kpisBehind > 0) return 'at-risk';
  return hasEpics ? 'on-track' : 'unknown';
}

export interface StreamInput {
  stream: Stream;
  epics: readonly ViewEpic[];
  dependencies: readonly ViewDependency[];
  coverage: CoverageReport | null;
  language: Language;
  today: string;
  streamNames: ReadonlyMap<string, string>;
  pageTitle: string | null;
}

export function streamFacts(input: StreamInput): StreamFacts {
  const { stream, streamNames } = input;
  const epics = input.epics.filter((epic) => epic.streamId === stream.id).sort(byDueThenKey);
  const touching = input.dependencies.filter((d) => d.blocker.streamId === stream.id || d.blocked.streamId === stream.id);
  const lines = (list: readonly ViewDependency[]) => list.map((d) => dependencyLine(d, streamNames)).sort(worstFirst);
  const reasons: HealthReasons = {
    conflicts: touching.filter((d) => d.status === 'conflict').length,
    atRisk: touching.filter((d) => d.status === 'at-risk').length,
    kpisBehind: 0,
    overdueEpics: epics.filter((epic) => isOverdue(epic, input.today)).length,
  };
  const starts = epics.flatMap((epic) => (epic.startDate === null ? [] : [epic.startDate])).sort();
  const dues = epics.flatMap((epic) => (epic.dueDate === null ? [] : [epic.dueDate])).sort();
  const progress = epics.map(progressOf).reduce(addProgress, { todo: 0, inProgress: 0, done: 0 });
  const total = progress.todo + progress.inProgress + progress.done;
  return {
    id: stream.id,
    name: stream.name,
    colour: stream.colour,
    pageTitle: input.pageTitle,
    epics: epics.map((epic) => epicLine(epic, streamNames)),
    progress,
    shareDone: total === 0 ? null : progress.done / total,
    earliestStart: starts[0] ?? null,
    latestDue: dues[dues.length - 1] ?? null,
    health: healthFrom(reasons, epics.length > 0),
    reasons,
    waitsOn: lines(touching.filter((d) => d.blocked.streamId === stream.id && d.blocker.streamId !== stream.id)),
    waitedOnBy: lines(touching.filter((d) => d.blocker.streamId === stream.id && d.blocked.streamId !== stream.id)),
    topConflicts: lines(touching.filter((d) => d.status === 'conflict')).slice(0, TOP_CONFLICTS),
    coverage: coverageOf(input.coverage, stream.id, input.language),
  };
}

function coverageOf(report: CoverageReport | null, streamId: string, language: Language): StreamFacts['coverage'] {
  const row = report?.heatmap.find((candidate) => candidate.streamId === streamId);
  if (!report || !row) return null;
  const labels = new Map(report.touchpoints.map((term) => [term.id as string, term.labels[language]]));
  const touched = row.cells.filter((cell) => cell.count > 0);
  return { touched: touched.length, total: report.touchpoints.length, touchpoints: touched.map((cell) => ({ label: labels.get(cell.touchpointId) ?? cell.touchpointId, count: cell.count, done: cell.done })) };
}
