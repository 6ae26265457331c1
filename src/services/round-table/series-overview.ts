import type { MeetingSummary, RoundTableOverview } from '../../contract/round-table';
import { nextMeetings } from '../../domain/round-table/cadence';
import type { AppEntities } from '../../platform/app-entities';
import type { AppStore } from '../../platform/app-store';
import { isProgrammeManager, type RoleQuestions } from '../roles/programme-manager';
import { loadStoredSettings } from '../settings/stored-settings';
import { loadSeries } from './series-store';
import { allSubmissions } from './submission-store';

/** How many dates the overview lists ahead. */
export const UPCOMING_MEETINGS = 6;
/** Counted up to this many: a triage backlog beyond it reads as "1000" and the list pages through the rest. */
export const MAX_UNTRIAGED_COUNTED = 1000;

/**
 * `round-table/overview` (anyone): the series or null, the next dates from now, the meetings with records (the
 * meeting service's index), whether the caller manages the series, and — for programme managers only — how many
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
  if (!series) return { series: null, upcoming: [], meetings: [], canManage, untriaged: 0 };
  const [meetings, untriaged] = await Promise.all([
    readMeetings(),
    canManage ? allSubmissions(entities, 'by-status', ['received'], MAX_UNTRIAGED_COUNTED).then((found) => found.length) : Promise.resolve(0),
  ]);
  return { series, upcoming: nextMeetings(series.cadence, now, UPCOMING_MEETINGS), meetings, canManage, untriaged };
}
