import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { isKnownTimeZone, meetingOn } from '../../domain/round-table/cadence';
import type { MeetingDate, Series } from '../../domain/round-table/series';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';
import { requireProgrammeManager, isProgrammeManager } from '../roles/programme-manager';
import { loadStoredSettings } from '../settings/stored-settings';
import { readMeetingIndex } from './meeting-index';
import type { MeetingPorts } from './meeting-ports';
import { readMeeting } from './meeting-store';

/** `m-20261229` → `2026-12-29`; null for an id that names no day. */
export function localDateOfMeeting(meetingId: string): string | null {
  const match = /^m-(\d{4})(\d{2})(\d{2})$/.exec(meetingId);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** The series, or SERIES_NOT_CONFIGURED. */
export async function seriesOrRefuse(store: AppStore, ports: MeetingPorts): Promise<Series> {
  const series = await ports.loadSeries(store);
  if (!series) throw new AppFailure({ code: 'SERIES_NOT_CONFIGURED', params: {} });
  return series;
}

/** The day and start stored for a meeting that was already held or assembled, kept as it was when it was made. */
async function storedMeetingDate(store: AppStore, series: Series, meetingId: string, localDate: string): Promise<MeetingDate | null> {
  const indexed = (await readMeetingIndex(store)).find((entry) => entry.meetingId === meetingId);
  const stored = indexed ?? (await readMeeting(store, meetingId));
  if (!stored || stored.localDate !== localDate || Number.isNaN(Date.parse(stored.startsAt))) return null;
  const localTime = isKnownTimeZone(series.cadence.timeZone) ? format(new TZDate(Date.parse(stored.startsAt), series.cadence.timeZone), 'HH:mm') : series.cadence.time;
  return { startsAt: stored.startsAt, localDate: stored.localDate, localTime, movedToLastDay: false };
}

/**
 * The meeting the id names: a day of the series' cadence, or a meeting that already has a record or an index entry —
 * a change of cadence must not orphan the meetings held under the old one (their agenda, minutes and decisions stay
 * reachable). Any other id is MEETING_UNKNOWN, so only new meetings must fall on the cadence.
 */
export async function meetingDateOrRefuse(store: AppStore, series: Series, meetingId: string): Promise<MeetingDate> {
  const localDate = localDateOfMeeting(meetingId);
  const meeting = localDate === null ? null : (meetingOn(series.cadence, localDate) ?? (await storedMeetingDate(store, series, meetingId, localDate)));
  if (!meeting) throw new AppFailure({ code: 'MEETING_UNKNOWN', params: { meetingId } });
  return meeting;
}

/** Every write of a meeting or decision is a programme manager's, checked on the server each time. */
export async function refuseNonManager(store: AppStore, ports: MeetingPorts, accountId: string): Promise<void> {
  await requireProgrammeManager(await loadStoredSettings(store), accountId, ports.roles);
}

export async function callerManages(store: AppStore, ports: MeetingPorts, accountId: string): Promise<boolean> {
  return isProgrammeManager(await loadStoredSettings(store), accountId, ports.roles);
}
