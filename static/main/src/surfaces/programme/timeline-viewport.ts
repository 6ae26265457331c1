import { daysBetween, type CalendarDate } from '../../../../../src/domain/calendar-date';
import type { ArrowLayout } from './timeline-arrow-layout';

/** Room left free at the edges of the visible part when something is scrolled into it. */
export const VIEW_MARGIN_PX = 24;
/** Fit never zooms in further than a readable week nor out beyond a decade on a screen. */
const FIT_MAX_PX_PER_DAY = 8;
const FIT_MIN_PX_PER_DAY = 0.2;

export interface DaySpan {
  start: CalendarDate;
  end: CalendarDate;
}

/** The first start and last due day among epics with both dates; null when none has them. */
export function spanOf(epics: ReadonlyArray<{ startDate: CalendarDate | null; dueDate: CalendarDate | null }>): DaySpan | null {
  let start: CalendarDate | null = null;
  let end: CalendarDate | null = null;
  for (const { startDate, dueDate } of epics) {
    if (startDate === null || dueDate === null || startDate > dueDate) continue;
    if (start === null || startDate < start) start = startDate;
    if (end === null || dueDate > end) end = dueDate;
  }
  return start !== null && end !== null ? { start, end } : null;
}

/** The scale at which `span` (due days included) fills `viewportWidth` less the margins. */
export function fitScale(span: DaySpan, viewportWidth: number): number {
  const days = daysBetween(span.start, span.end) + 1;
  const scale = (viewportWidth - 2 * VIEW_MARGIN_PX) / days;
  return Math.min(FIT_MAX_PX_PER_DAY, Math.max(FIT_MIN_PX_PER_DAY, scale));
}

const clamp = (value: number, contentWidth: number, viewportWidth: number) => Math.max(0, Math.min(value, Math.max(0, contentWidth - viewportWidth)));

/**
 * The scroll position that shows the pixels `from`..`to`: centred when they fit, else starting at `from` (the
 * start of a span matters more than its end). Clamped to what the content allows.
 */
export function scrollToShow(from: number, to: number, viewportWidth: number, contentWidth: number): number {
  const [left, right] = from <= to ? [from, to] : [to, from];
  const target = right - left + 2 * VIEW_MARGIN_PX <= viewportWidth ? (left + right - viewportWidth) / 2 : left - VIEW_MARGIN_PX;
  return Math.round(clamp(target, contentWidth, viewportWidth));
}

/** Today a third of the way in: the weeks ahead are what a programme manager plans, the past is context. */
export function scrollToToday(todayX: number, viewportWidth: number, contentWidth: number): number {
  return Math.round(clamp(todayX - viewportWidth / 3, contentWidth, viewportWidth));
}

/** The drawn conflicts in the order Next visits them: the largest overlap first, then left to right. */
export function conflictOrder(arrows: readonly ArrowLayout[]): ArrowLayout[] {
  return arrows
    .filter((a) => a.dependency.status === 'conflict')
    .sort((a, b) => (b.dependency.overlapDays ?? 0) - (a.dependency.overlapDays ?? 0) || a.fromX - b.fromX || a.dependency.id.localeCompare(b.dependency.id));
}

/** Next (+1) or previous (-1) from `current` (-1: none chosen yet), wrapping round; -1 when there is nothing. */
export function stepConflict(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
