import { daysBetween, type CalendarDate } from '../calendar-date';
import type { Kpi } from './strategy-tree';

/**
 * How a KPI stands against where it should be by now.
 *
 * - `unmeasured`: no current value or no target: nothing to judge.
 * - `met`: at or beyond the target (in the better direction, `higherIsBetter`).
 * - Otherwise the KPI is compared with its expected value on the day it was measured (`asOf`, else today). With a
 *   baseline and a time frame (the node's earliest start to its latest due), the expected value moves in a straight
 *   line from the baseline at the start to the target at the due date; without a time frame it is the target itself.
 *   `behind` when the current value is worse than expected, `far-behind` when it trails the expected value by more
 *   than half the way from baseline to target; `on-path` otherwise. Without a baseline there is no "way": a KPI not at
 *   its target is `behind`, never `far-behind`.
 */
export type KpiStanding = 'unmeasured' | 'met' | 'on-path' | 'behind' | 'far-behind';

export interface TimeFrame {
  start: CalendarDate | null;
  due: CalendarDate | null;
}

/** Share of the time frame elapsed on `day`, 0..1; null without both dates. */
function elapsedShare(frame: TimeFrame, day: CalendarDate): number | null {
  if (frame.start === null || frame.due === null) return null;
  const length = daysBetween(frame.start, frame.due);
  if (length <= 0) return daysBetween(frame.due, day) >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(frame.start, day) / length));
}

export function kpiStanding(kpi: Kpi, frame: TimeFrame, today: CalendarDate): KpiStanding {
  if (kpi.current === null || kpi.target === null) return 'unmeasured';
  const better = kpi.higherIsBetter ? 1 : -1;
  // Shortfall: how far the value trails a reference, in the better direction (positive = worse).
  const shortfallFrom = (reference: number) => better * (reference - (kpi.current as number));
  if (shortfallFrom(kpi.target) <= 0) return 'met';
  if (kpi.baseline === null || kpi.baseline === kpi.target) return 'behind';

  const share = elapsedShare(frame, kpi.asOf ?? today) ?? 1;
  const expected = kpi.baseline + (kpi.target - kpi.baseline) * share;
  const shortfall = shortfallFrom(expected);
  if (shortfall <= 0) return 'on-path';
  return shortfall > Math.abs(kpi.target - kpi.baseline) / 2 ? 'far-behind' : 'behind';
}
