import type { MacroStatusView } from '../../contract/macro';
import type { TimelineItem } from '../../contract/programme';
import type { CalendarDate, DependencyStatus } from '../../domain';
import type { Health, HealthReasons, Progress } from '../../domain/strategy/roll-up-types';
import { progressOf } from '../publishing/publication-streams';

/** A dependency as the figures need it: the keys of its ends and how it stands on the viewer's day. */
export interface DependencyOnDay {
  blockerKey: string;
  blockedKey: string;
  status: DependencyStatus;
}

/** The macro's figures as the view carries them, with progress always counted. */
export type StatusFigures = Pick<MacroStatusView, 'shareDone' | 'health' | 'reasons' | 'dependencies' | 'earliestStart' | 'latestDue'> & { progress: Progress };

const earlier = (a: CalendarDate | null, b: CalendarDate | null) => (a === null ? b : b === null || a <= b ? a : b);
const later = (a: CalendarDate | null, b: CalendarDate | null) => (a === null ? b : b === null || a >= b ? a : b);

/**
 * The status macro's figures for a set of epics the viewer may browse (pure: the caller redacts first). A dependency
 * counts when one of its ends is among these epics — a conflict with a hidden epic is still this epic's conflict, and
 * the programme page shows that it exists. Health follows the strategy roll-up's rule without KPIs: off track with a
 * conflict or an overdue epic (not done, due before today), at risk with an at-risk dependency, on track with epics
 * and neither, unknown without epics. Calendar dates compare as text (`YYYY-MM-DD`).
 */
export function statusFigures(epics: readonly TimelineItem[], dependencies: readonly DependencyOnDay[], today: CalendarDate): StatusFigures {
  const keys = new Set(epics.map((epic) => epic.key));
  const progress: Progress = { todo: 0, inProgress: 0, done: 0 };
  let overdueEpics = 0;
  let earliestStart: CalendarDate | null = null;
  let latestDue: CalendarDate | null = null;
  for (const epic of epics) {
    const own = progressOf(epic);
    progress.todo += own.todo;
    progress.inProgress += own.inProgress;
    progress.done += own.done;
    if (epic.statusCategory !== 'done' && epic.dueDate !== null && epic.dueDate < today) overdueEpics += 1;
    earliestStart = earlier(earliestStart, epic.startDate);
    latestDue = later(latestDue, epic.dueDate);
  }
  const touching = dependencies.filter((d) => keys.has(d.blockerKey) || keys.has(d.blockedKey));
  const counts = {
    total: touching.length,
    conflicts: touching.filter((d) => d.status === 'conflict').length,
    atRisk: touching.filter((d) => d.status === 'at-risk').length,
  };
  const total = progress.todo + progress.inProgress + progress.done;
  const reasons: HealthReasons = { conflicts: counts.conflicts, atRisk: counts.atRisk, kpisBehind: 0, overdueEpics };
  return {
    progress,
    shareDone: total === 0 ? null : progress.done / total,
    health: healthOf(epics.length, reasons),
    reasons,
    dependencies: counts,
    earliestStart,
    latestDue,
  };
}

function healthOf(epicCount: number, reasons: HealthReasons): Health {
  if (epicCount === 0) return 'unknown';
  if (reasons.conflicts > 0 || reasons.overdueEpics > 0) return 'off-track';
  if (reasons.atRisk > 0) return 'at-risk';
  return 'on-track';
}
