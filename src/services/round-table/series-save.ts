import type { z } from 'zod';
import type { SeriesSavePayload } from '../../contract/round-table';
import { SeriesSchema, type Series } from '../../domain/round-table/series';
import { validateSections } from '../../domain/round-table/sections';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';
import { requireProgrammeManager, type RoleQuestions } from '../roles/programme-manager';
import { loadStoredSettings } from '../settings/stored-settings';
import { claimNextVersion } from '../version-claim';
import { loadSeries, SERIES_KEY } from './series-store';

type SeriesSave = z.infer<typeof SeriesSavePayload>;

const invalid = (field: string, message: string) => new AppFailure({ code: 'INVALID_PAYLOAD', field, params: { message } });

/**
 * The checks the payload schema cannot make: the sections as a whole, the one series of the installation keeping its
 * id, and sections once saved being retired rather than removed (past agendas and scheduled submissions name them).
 */
function checkSeries(next: SeriesSave['series'], current: Series | null): void {
  const problem = validateSections(next.sections)[0];
  if (problem) throw new AppFailure({ code: 'INVALID_PAYLOAD', field: ['series', ...problem.path].join('.'), params: { message: problem.message, problem: problem.code } });
  if (current && next.id !== current.id) throw invalid('series.id', `this installation has one series, ${current.id}`);
  const kept = new Set(next.sections.map((section) => section.id as string));
  const removed = current?.sections.find((section) => !kept.has(section.id));
  if (removed) throw invalid('series.sections', `the section ${removed.id} cannot be removed: retire it instead`);
}

/**
 * `round-table/series-save` (programme managers, checked here on every save): the series as a whole, compare-and-set
 * on `version` like the programme settings — a save based on an older version is CONFLICT and writes nothing.
 */
export async function saveSeries(store: AppStore, roles: RoleQuestions, accountId: string, payload: SeriesSave): Promise<{ series: Series }> {
  await requireProgrammeManager(await loadStoredSettings(store), accountId, roles);
  const current = await loadSeries(store);
  const currentVersion = current?.version ?? 0;
  if (payload.expectedVersion !== currentVersion) throw new AppFailure({ code: 'CONFLICT', params: { currentVersion, expectedVersion: payload.expectedVersion } });
  checkSeries(payload.series, current);
  const members = [...new Set(payload.series.memberAccountIds)];
  const series = SeriesSchema.parse({ ...payload.series, memberAccountIds: members, version: currentVersion + 1 });
  await claimNextVersion(store, SERIES_KEY, currentVersion);
  await store.set(SERIES_KEY, series);
  return { series };
}
