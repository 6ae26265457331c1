import { meetingOn } from '../../domain/round-table/cadence';
import type { MeetingDate, Series } from '../../domain/round-table/series';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';
import { requireProgrammeManager, isProgrammeManager } from '../roles/programme-manager';
import { loadStoredSettings } from '../settings/stored-settings';
import type { MeetingPorts } from './meeting-ports';

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

/** The meeting the id names, only when its day is a meeting day of the series' cadence: MEETING_UNKNOWN otherwise. */
export function meetingDateOrRefuse(series: Series, meetingId: string): MeetingDate {
  const localDate = localDateOfMeeting(meetingId);
  const meeting = localDate === null ? null : meetingOn(series.cadence, localDate);
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
