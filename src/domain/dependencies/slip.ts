import { addCalendarDays, type CalendarDate } from '../calendar-date';
import { compareIssueKeys, type StreamId } from '../ids';
import { classifyDependency, type Classification } from './classify';
import { findCriticalPath } from './graph-analysis';
import { propagateSlip, type SlipDependency, type SlipEpic } from './slip-propagation';
import { DEPENDENCY_STATUSES, type AnalysisOptions, type CriticalPath, type DependencyEnd } from './types';

export type { SlipDependency, SlipEpic } from './slip-propagation';

/** An epic the slip moves, with its dates before and after. */
export interface MovedEpic<E extends SlipEpic> {
  epic: E;
  newStartDate: CalendarDate | null;
  newDueDate: CalendarDate | null;
  pushDays: number;
  depth: number;
}

/** A dependency whose status changes when only the slipped epic moves. */
export interface ChangedDependency<D> {
  dependency: D;
  before: Classification;
  after: Classification;
}

export interface PushedStream {
  streamId: StreamId;
  maxPushDays: number;
  epics: number;
}

export interface SlipResult<E extends SlipEpic, D extends SlipDependency<E>> {
  slipped: MovedEpic<E>;
  /** The knock-on if everyone re-plans just enough: largest push first, then fewest steps, then key. */
  pushed: Array<MovedEpic<E>>;
  /** Reached, not done, no start date to move: fewest steps first. */
  unscheduled: Array<{ epic: E; depth: number }>;
  pushedStreams: PushedStream[];
  /** If nobody re-plans: the slipped epic's own dependencies whose status changes, worst first. */
  changed: Array<ChangedDependency<D>>;
  criticalPath: { before: CriticalPath; after: CriticalPath; changed: boolean };
  reachesCycle: boolean;
}

export interface SlipProgramme<E extends SlipEpic, D extends SlipDependency<E>> {
  epics: readonly E[];
  dependencies: readonly D[];
}

const moved = <E extends SlipEpic>(epic: E, days: number): E => ({
  ...epic,
  startDate: epic.startDate === null ? null : addCalendarDays(epic.startDate, days),
  dueDate: epic.dueDate === null ? null : addCalendarDays(epic.dueDate, days),
});

/** classifyDependency reads only dates and status; the simulation's epics carry no summary or external flag. */
const asEnd = (epic: SlipEpic): DependencyEnd => ({ summary: null, external: false, ...epic });
const rank = (classification: Classification) => DEPENDENCY_STATUSES.indexOf(classification.status);

/** Pushed epics grouped by stream: the largest push and how many; epics outside every stream are left out. */
export function pushedStreamsOf(pushed: ReadonlyArray<{ epic: SlipEpic; pushDays: number }>): PushedStream[] {
  const streams = new Map<string, PushedStream>();
  for (const { epic, pushDays } of pushed) {
    if (epic.streamId === null) continue;
    const known = streams.get(epic.streamId) ?? { streamId: epic.streamId, maxPushDays: 0, epics: 0 };
    streams.set(epic.streamId, { ...known, maxPushDays: Math.max(known.maxPushDays, pushDays), epics: known.epics + 1 });
  }
  return [...streams.values()].sort((a, b) => b.maxPushDays - a.maxPushDays || a.streamId.localeCompare(b.streamId));
}

/**
 * "What if `epicKey` slips by `slipDays`?" on one calendar day, without changing anything. Two answers: if nobody
 * re-plans, only the slipped epic moves and its own dependencies change status (`changed`); if everyone re-plans just
 * enough to stay conflict-free, the slip pushes the epics that wait on it, and theirs in turn (`pushed`,
 * `pushedStreams`), and the critical path of the work left is recomputed on those dates. Null when the epic is not
 * in the programme.
 */
export function simulateSlip<E extends SlipEpic, D extends SlipDependency<E>>(
  programme: SlipProgramme<E, D>,
  epicKey: string,
  slipDays: number,
  today: CalendarDate,
  options: AnalysisOptions,
): SlipResult<E, D> | null {
  const epics = new Map<string, E>();
  for (const epic of programme.epics) epics.set(epic.key, epic);
  for (const d of programme.dependencies) for (const end of [d.blocker, d.blocked]) if (!epics.has(end.key)) epics.set(end.key, end);
  const target = epics.get(epicKey);
  if (!target) return null;

  const { pushes, unscheduled, cycleEdges, reachesCycle } = propagateSlip(programme.dependencies, target, slipDays);
  const movedEpics = new Map<string, MovedEpic<E>>();
  for (const [key, push] of pushes) {
    const epic = epics.get(key) as E;
    const after = moved(epic, push.days);
    movedEpics.set(key, { epic, newStartDate: after.startDate, newDueDate: after.dueDate, pushDays: push.days, depth: push.depth });
  }
  const slipped = movedEpics.get(epicKey) as MovedEpic<E>;
  const pushed = [...movedEpics.values()]
    .filter((m) => m.epic.key !== epicKey)
    .sort((a, b) => b.pushDays - a.pushDays || a.depth - b.depth || compareIssueKeys(a.epic.key, b.epic.key));

  const slippedAfter = moved(target, slipDays);
  const onlySlipped = (end: E) => (end.key === epicKey ? slippedAfter : end);
  const changed = programme.dependencies
    .filter((d) => d.blocker.key === epicKey || d.blocked.key === epicKey)
    .map((dependency) => ({
      dependency,
      before: classifyDependency(asEnd(dependency.blocker), asEnd(dependency.blocked), today, options),
      after: classifyDependency(asEnd(onlySlipped(dependency.blocker)), asEnd(onlySlipped(dependency.blocked)), today, options),
    }))
    .filter((c) => c.before.status !== c.after.status)
    .sort((a, b) => rank(a.after) - rank(b.after) || (b.after.overlapDays ?? 0) - (a.after.overlapDays ?? 0) || compareIssueKeys(a.dependency.blocker.key, b.dependency.blocker.key) || compareIssueKeys(a.dependency.blocked.key, b.dependency.blocked.key));

  const replanned = (end: E) => {
    const m = movedEpics.get(end.key);
    return m ? { ...end, startDate: m.newStartDate, dueDate: m.newDueDate } : end;
  };
  const before = findCriticalPath(programme.dependencies.map((d) => ({ blocker: d.blocker, blocked: d.blocked, inCycle: cycleEdges.has(d.id) })), today);
  const after = findCriticalPath(programme.dependencies.map((d) => ({ blocker: replanned(d.blocker), blocked: replanned(d.blocked), inCycle: cycleEdges.has(d.id) })), today);
  const pathChanged = before.durationDays !== after.durationDays || before.keys.join('\u0000') !== after.keys.join('\u0000');

  return {
    slipped,
    pushed,
    unscheduled: [...unscheduled.entries()]
      .map(([key, depth]) => ({ epic: epics.get(key) as E, depth }))
      .sort((a, b) => a.depth - b.depth || compareIssueKeys(a.epic.key, b.epic.key)),
    pushedStreams: pushedStreamsOf(pushed),
    changed,
    criticalPath: { before, after, changed: pathChanged },
    reachesCycle,
  };
}
