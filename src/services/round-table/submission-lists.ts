import type { SubmissionView } from '../../contract/round-table';
import type { SubmissionStatus } from '../../domain/round-table/submission';
import type { AppEntities } from '../../platform/app-entities';
import type { AppStore } from '../../platform/app-store';
import { requireProgrammeManager, type RoleQuestions } from '../roles/programme-manager';
import { loadStoredSettings } from '../settings/stored-settings';
import { loadSeries } from './series-store';
import { allSubmissions, querySubmissions, type SubmissionPage } from './submission-store';
import { submissionViews, type DecisionsAnswering } from './submission-views';

/** Far more than one person brings to the round table; a bound keeps the call within the invocation's time. */
export const MAX_OWN_SUBMISSIONS = 200;

export interface ListCaller {
  accountId: string;
  language: 'en' | 'de';
}

/** `submission/mine`: the caller's own submissions, newest first, with their status lines (read through their index). */
export async function mySubmissions(store: AppStore, entities: AppEntities, caller: ListCaller, decisionsAnswering: DecisionsAnswering): Promise<{ submissions: SubmissionView[] }> {
  const [series, own] = await Promise.all([loadSeries(store), allSubmissions(entities, 'by-submitter', [caller.accountId], MAX_OWN_SUBMISSIONS)]);
  const viewer = { accountId: caller.accountId, isManager: false, language: caller.language };
  return { submissions: await submissionViews(entities, series, viewer, own, decisionsAnswering) };
}

export interface ListQuery {
  status?: SubmissionStatus;
  meetingId?: string;
  cursor?: string;
}

/**
 * `submission/list` (programme managers, checked here): one page, newest first, through the index that fits — a
 * meeting's partition (narrowed to a status by the store's filter), a status's partition, or the whole series.
 */
export async function listSubmissions(
  store: AppStore,
  entities: AppEntities,
  roles: RoleQuestions,
  caller: ListCaller,
  query: ListQuery,
  decisionsAnswering: DecisionsAnswering,
): Promise<{ submissions: SubmissionView[]; nextCursor: string | null }> {
  await requireProgrammeManager(await loadStoredSettings(store), caller.accountId, roles);
  const series = await loadSeries(store);
  if (!series) return { submissions: [], nextCursor: null };
  const cursor = query.cursor;
  let page: SubmissionPage;
  if (query.meetingId !== undefined) {
    page = await querySubmissions(entities, 'by-meeting', [query.meetingId], { cursor, filters: query.status ? [{ attribute: 'status', equals: query.status }] : [] });
  } else if (query.status !== undefined) {
    page = await querySubmissions(entities, 'by-status', [query.status], { cursor });
  } else {
    page = await querySubmissions(entities, 'by-series', [series.id], { cursor });
  }
  const viewer = { accountId: caller.accountId, isManager: true, language: caller.language };
  return { submissions: await submissionViews(entities, series, viewer, page.submissions, decisionsAnswering), nextCursor: page.nextCursor };
}
