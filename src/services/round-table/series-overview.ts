import type { MeetingSummary, RoundTableOverview } from '../../contract/round-table';
import { subDays } from 'date-fns';
import { nextMeetings } from '../../domain/round-table/cadence';
import type { Cadence, MeetingDate } from '../../domain/round-table/series';
import type { AppEntities } from '../../platform/app-entities';
import type { AppStore } from '../../platform/app-store';
import { isProgrammeManager, type RoleQuestions } from '../roles/programme-manager';
import { loadStoredSettings } from '../settings/stored-settings';
import { loadSeries } from './series-store';
import { allSubmissions } from './submission-store';

/** How many dates the overview lists ahead. */
export const UPCOMING_MEETINGS = 6;
/** How far back the overview offers meeting dates that have begun, so a meeting never assembled can still be minuted. */
export const RECENT_DAYS = 35;

/**
 * The cadence's dates from RECENT_DAYS ago: those begun by `now` (newest first) and the next UPCOMING_MEETINGS. The
 * cadence is monthly, so 35 days hold at most two past dates and two extra dates always leave six ahead.
 */
export function meetingDatesAround(cadence: Cadence, now: Date): { recent: MeetingDate[]; upcoming: MeetingDate[] } {
  const dates = nextMeetings(cadence, subDays(now, RECENT_DAYS), UPCOMING_MEETINGS + 2);
  const begun = (date: MeetingDate) => Date.parse(date.startsAt) <= now.getTime();
  return { recent: dates.filter(begun).reverse(), upcoming: dates.filter((date) => !begun(date)).slice(0, UPCOMING_MEETINGS) };
}

/** Counted up to this many: a triage backlog beyond it reads as "1000" and the list pages through the rest. */
export const MAX_UNTRIAGED_COUNTED = 1000;

/**
 * `round-table/overview` (anyone): the series or null, the next dates and those begun in the last RECENT_DAYS, the
 * meetings with records (the meeting service's index), whether the caller manages the series, and — for programme managers only — how many
 * submissions wait for triage (counted from the `received` partition of the status index, not by a scan).
 */
export async function loadRoundTableOverview(
  store: AppStore,
  entities: AppEntities,
  roles: RoleQuestions,
  accountId: string,
  readMeetings: () => Promise<MeetingSummary[]>,
  now: Date,
): Promise<RoundTableOverview> {
  const [series, settings] = await Promise.all([loadSeries(store), loadStoredSettings(store)]);
  const canManage = await isProgrammeManager(settings, accountId, roles);
  if (!series) return { series: null, upcoming: [], recent: [], meetings: [], canManage, untriaged: 0 };
  const [meetings, untriaged] = await Promise.all([
    readMeetings(),
    canManage ? allSubmissions(entities, 'by-status', ['received'], MAX_UNTRIAGED_COUNTED).then((found) => found.length) : Promise.resolve(0),
  ]);
  return { series, ...meetingDatesAround(series.cadence, now), meetings, canManage, untriaged };
}
