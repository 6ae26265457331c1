import { addMonths, format, startOfMonth, startOfQuarter } from 'date-fns';
import { daysBetween, type CalendarDate } from '../../../../../src/domain/calendar-date';

export type Zoom = 'month' | 'quarter';

/** How wide one day is drawn: months need room for a key on a two-week bar, quarters fit years on a screen. */
export const PIXELS_PER_DAY: Record<Zoom, number> = { month: 4, quarter: 1.25 };

export interface Tick {
  date: CalendarDate;
  x: number;
  year: number;
  /** 0-based month for month ticks, 1–4 for quarter ticks. */
  period: number;
}

/** A linear day scale: calendar day → x, with ticks on the first day of each month or quarter. */
export interface TimeAxis {
  zoom: Zoom;
  start: CalendarDate;
  /** The first day after the axis. */
  end: CalendarDate;
  width: number;
  ticks: Tick[];
  x(date: CalendarDate): number;
}

function toDay(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function toCalendarDate(day: Date): CalendarDate {
  return format(day, 'yyyy-MM-dd') as CalendarDate;
}

/**
 * The axis spanning every given date and today, widened to whole months or quarters so the ends get a tick.
 * Counting in calendar days (not milliseconds) keeps daylight-saving changes from shifting bars.
 */
export function buildTimeAxis(dates: readonly CalendarDate[], today: CalendarDate, zoom: Zoom): TimeAxis {
  let min = today;
  let max = today;
  for (const date of dates) {
    if (date < min) min = date;
    if (date > max) max = date;
  }
  const step = zoom === 'month' ? 1 : 3;
  const floor = zoom === 'month' ? startOfMonth : startOfQuarter;
  const startDay = floor(toDay(min));
  const endDay = addMonths(floor(toDay(max)), step);
  const start = toCalendarDate(startDay);
  const end = toCalendarDate(endDay);
  const pxPerDay = PIXELS_PER_DAY[zoom];
  const x = (date: CalendarDate) => daysBetween(start, date) * pxPerDay;
  const ticks: Tick[] = [];
  for (let day = startDay; day < endDay; day = addMonths(day, step)) {
    const date = toCalendarDate(day);
    ticks.push({ date, x: x(date), year: day.getFullYear(), period: zoom === 'month' ? day.getMonth() : Math.floor(day.getMonth() / 3) + 1 });
  }
  return { zoom, start, end, width: x(end), ticks, x };
}
