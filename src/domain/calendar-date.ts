import { differenceInCalendarDays, format, isValid } from 'date-fns';
import { z } from 'zod';

/**
 * A Jira calendar date (`YYYY-MM-DD`). It names a day, not an instant: arithmetic on it counts calendar
 * days, so a daylight-saving change between two dates never shifts a result by one.
 */
export type CalendarDate = string & z.$brand<'CalendarDate'>;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of the day; date-fns' calendar-day functions then count days, not hours. */
function toLocalDay(value: string): Date {
  // Read the three numbers directly: date-fns' format-string parser is ~50× slower, and this runs per dependency.
  const match = PATTERN.exec(value);
  if (!match) return new Date(Number.NaN);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** True when `value` is a real day written as `YYYY-MM-DD` (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!PATTERN.test(value)) return false;
  const day = toLocalDay(value);
  return isValid(day) && format(day, 'yyyy-MM-dd') === value;
}

export const CalendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'expected a calendar date YYYY-MM-DD' })
  .brand<'CalendarDate'>();

/** Builds a CalendarDate or throws; for literals in tests and generators. */
export function calendarDate(value: string): CalendarDate {
  return CalendarDateSchema.parse(value);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toLocalDay(to), toLocalDay(from));
}

/** Inclusive length in days of the span from `start` to `due` (a one-day item lasts 1 day). */
export function spanDays(start: CalendarDate, due: CalendarDate): number {
  return Math.max(daysBetween(start, due) + 1, 0);
}

/** Adds whole calendar days. */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const day = toLocalDay(date);
  day.setDate(day.getDate() + days);
  return format(day, 'yyyy-MM-dd') as CalendarDate;
}
