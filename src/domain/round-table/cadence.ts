import { TZDate } from '@date-fns/tz';
import { addMonths, addWeeks, format, getDay, getDaysInMonth, isSameMonth, lastDayOfMonth, nextDay, previousDay, setDate, startOfMonth, type Day } from 'date-fns';
import type { Cadence, MeetingDate } from './series';
import { isKnownTimeZone } from './time-zone';

/**
 * The meeting dates of a series. All calendar steps are date-fns operations on a TZDate in the series' zone, so a
 * month, a weekday and "14:00" are the zone's own — across both daylight-saving changes — and never hand-counted.
 */

export { isKnownTimeZone };

export interface CadenceProblem {
  code: 'UNKNOWN_TIME_ZONE';
  /** Path inside the cadence. */
  path: Array<string | number>;
  timeZone: string;
  message: string;
}

/** What keeps the cadence from giving dates; empty when it is usable. */
export function cadenceProblems(cadence: Cadence): CadenceProblem[] {
  return isKnownTimeZone(cadence.timeZone) ? [] : [{ code: 'UNKNOWN_TIME_ZONE', path: ['timeZone'], timeZone: cadence.timeZone, message: 'unknown time zone: expected an IANA name such as Europe/Berlin' }];
}

/** At most this many dates per call: two years of a monthly series with room to spare. */
export const MAX_MEETINGS_LISTED = 60;

/** The meeting day of the month containing `month` (a TZDate in the zone), or null when that month has none. */
function meetingDayOfMonth(cadence: Cadence, month: TZDate): { day: TZDate; movedToLastDay: boolean } | null {
  const first = startOfMonth(month);
  if (cadence.kind === 'day-of-month') {
    const daysInMonth = getDaysInMonth(first);
    const moved = cadence.day > daysInMonth;
    return { day: setDate(first, moved ? daysInMonth : cadence.day), movedToLastDay: moved };
  }
  const weekday = cadence.weekday as Day;
  if (cadence.week === 'last') {
    const last = lastDayOfMonth(first);
    return { day: getDay(last) === weekday ? last : previousDay(last, weekday), movedToLastDay: false };
  }
  const firstSuch = getDay(first) === weekday ? first : nextDay(first, weekday);
  const nth = addWeeks(firstSuch, cadence.week - 1);
  // A fifth Monday exists in some months only; the others have no meeting.
  return isSameMonth(nth, first) ? { day: nth, movedToLastDay: false } : null;
}

function toMeetingDate(cadence: Cadence, found: { day: TZDate; movedToLastDay: boolean }): MeetingDate {
  const [hours, minutes] = cadence.time.split(':').map(Number) as [number, number];
  const { day } = found;
  // Built from the zone's wall clock; a time that does not exist that day (the spring gap) moves forward, as clocks do.
  const start = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, 0, 0, cadence.timeZone);
  return {
    startsAt: new Date(start.getTime()).toISOString(),
    localDate: format(start, 'yyyy-MM-dd'),
    localTime: format(start, 'HH:mm'),
    movedToLastDay: found.movedToLastDay,
  };
}

/**
 * The next `count` meetings starting at or after the instant `from` (at most MAX_MEETINGS_LISTED). A cadence with
 * problems (an unknown zone: see `cadenceProblems`) has no dates rather than wrong ones.
 */
export function nextMeetings(cadence: Cadence, from: Date, count: number): MeetingDate[] {
  const wanted = Math.min(Math.max(Math.trunc(count), 0), MAX_MEETINGS_LISTED);
  if (wanted === 0 || cadenceProblems(cadence).length > 0 || Number.isNaN(from.getTime())) return [];
  const meetings: MeetingDate[] = [];
  let month = startOfMonth(new TZDate(from.getTime(), cadence.timeZone));
  // Every month with a fifth weekday is at most three months away, so this bound is never the reason to stop early.
  for (let step = 0; meetings.length < wanted && step < wanted * 4 + 4; step += 1, month = addMonths(month, 1)) {
    const found = meetingDayOfMonth(cadence, month);
    if (!found) continue;
    const meeting = toMeetingDate(cadence, found);
    if (Date.parse(meeting.startsAt) >= from.getTime()) meetings.push(meeting);
  }
  return meetings;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The meeting held on that local calendar day (`YYYY-MM-DD` in the series' zone), or null when it is no meeting day. */
export function meetingOn(cadence: Cadence, localDate: string): MeetingDate | null {
  const match = LOCAL_DATE.exec(localDate);
  if (!match || cadenceProblems(cadence).length > 0) return null;
  const month = new TZDate(Number(match[1]), Number(match[2]) - 1, 1, cadence.timeZone);
  const found = meetingDayOfMonth(cadence, month);
  if (!found) return null;
  const meeting = toMeetingDate(cadence, found);
  return meeting.localDate === localDate ? meeting : null;
}
