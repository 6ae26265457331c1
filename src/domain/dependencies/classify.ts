import { daysBetween, type CalendarDate } from '../calendar-date';
import type { AnalysisOptions, DependencyEnd, DependencyStatus } from './types';

export interface Classification {
  status: DependencyStatus;
  slackDays: number | null;
  overlapDays: number | null;
  blockerOverdue: boolean;
}

/**
 * Classifies "blocked waits on blocker" by their dates:
 * - resolved: the blocker is done, whatever the dates say (no slack: nothing is waited on any more);
 * - missing dates: the blocker has no due date or the blocked item no start date;
 * - conflict: the blocker is due after the blocked item starts (overlap = the days between);
 * - at risk: slack under the threshold, or the blocker is overdue today;
 * - ok otherwise.
 */
export function classifyDependency(blocker: DependencyEnd, blocked: DependencyEnd, today: CalendarDate, options: AnalysisOptions): Classification {
  const blockerOverdue = blocker.statusCategory !== 'done' && blocker.dueDate !== null && daysBetween(blocker.dueDate, today) > 0;
  if (blocker.statusCategory === 'done') return { status: 'resolved', slackDays: null, overlapDays: null, blockerOverdue: false };
  if (blocker.dueDate === null || blocked.startDate === null) {
    return { status: 'missing-dates', slackDays: null, overlapDays: null, blockerOverdue };
  }
  const slackDays = daysBetween(blocker.dueDate, blocked.startDate);
  if (slackDays < 0) return { status: 'conflict', slackDays, overlapDays: -slackDays, blockerOverdue };
  if (slackDays < options.atRiskThresholdDays || blockerOverdue) return { status: 'at-risk', slackDays, overlapDays: null, blockerOverdue };
  return { status: 'ok', slackDays, overlapDays: null, blockerOverdue };
}
