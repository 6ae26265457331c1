import { addMonths, format, startOfMonth, startOfQuarter } from 'date-fns';
import { daysBetween, type CalendarDate } from '../../../../../src/domain/calendar-date';

/** `fit`: as many pixels a day as make the shown epics fill the visible width (computed by the view). */
export const ZOOMS = ['month', 'quarter', 'fit'] as const;
export type Zoom = (typeof ZOOMS)[number];
/** The kind of tick the axis draws: fixed by month and quarter zoom, chosen by the scale at `fit`. */
export type TickUnit = 'month' | 'quarter';

/** How wide one day is drawn: months need room for a key on a two-week bar, quarters fit years on a screen. */
export const PIXELS_PER_DAY: Record<TickUnit, number> = { month: 4, quarter: 1.25 };
/** Below this scale month ticks crowd each other (a month label needs about 45 px). */
const MONTH_TICKS_FROM = 1.5;

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
  unit: TickUnit;
  pxPerDay: number;
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
 * Counting in calendar days (not milliseconds) keeps daylight-saving changes from shifting bars. At `fit` zoom
 * `fitPxPerDay` sets the scale (month zoom's when absent).
 */
export function buildTimeAxis(dates: readonly CalendarDate[], today: CalendarDate, zoom: Zoom, fitPxPerDay?: number): TimeAxis {
  let min = today;
  let max = today;
  for (const date of dates) {
    if (date < min) min = date;
    if (date > max) max = date;
  }
  const pxPerDay = zoom === 'fit' ? (fitPxPerDay ?? PIXELS_PER_DAY.month) : PIXELS_PER_DAY[zoom];
  const unit: TickUnit = zoom === 'fit' ? (pxPerDay >= MONTH_TICKS_FROM ? 'month' : 'quarter') : zoom;
  const step = unit === 'month' ? 1 : 3;
  const floor = unit === 'month' ? startOfMonth : startOfQuarter;
  const startDay = floor(toDay(min));
  const endDay = addMonths(floor(toDay(max)), step);
  const start = toCalendarDate(startDay);
  const end = toCalendarDate(endDay);
  const x = (date: CalendarDate) => daysBetween(start, date) * pxPerDay;
  const ticks: Tick[] = [];
  for (let day = startDay; day < endDay; day = addMonths(day, step)) {
    const date = toCalendarDate(day);
    ticks.push({ date, x: x(date), year: day.getFullYear(), period: unit === 'month' ? day.getMonth() : Math.floor(day.getMonth() / 3) + 1 });
  }
  return { zoom, unit, pxPerDay, start, end, width: x(end), ticks, x };
}
