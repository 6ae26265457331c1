import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { CalendarDate } from '../../domain';

/** True for a time zone name the runtime knows (`Europe/Berlin`); Forge passes the user's Jira time zone. */
function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar day it is for the viewer: in their Jira time zone, so at 00:30 in Berlin a due date of "yesterday"
 * is already overdue although it is still yesterday in UTC. An unknown or missing zone falls back to UTC.
 */
export function viewerToday(timeZone: string | undefined, now: Date): CalendarDate {
  const zone = timeZone && isKnownTimeZone(timeZone) ? timeZone : 'UTC';
  return format(new TZDate(now.getTime(), zone), 'yyyy-MM-dd') as CalendarDate;
}
