import type { z } from 'zod';
import type { SubmissionTriagePayload, SubmissionView } from '../../contract/round-table';
import { meetingOn } from '../../domain/round-table/cadence';
import type { Series } from '../../domain/round-table/series';
import type { Submission } from '../../domain/round-table/submission';
import type { AppEntities, EntityCondition } from '../../platform/app-entities';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';
import { requireProgrammeManager, type RoleQuestions } from '../roles/programme-manager';
import { loadStoredSettings } from '../settings/stored-settings';
import { requireSeries } from './series-store';
import { querySubmissions, readSubmission, replaceSubmission, requireSubmission } from './submission-store';
import { meetingDateOf, submissionViews, type DecisionsAnswering } from './submission-views';

type Triage = z.infer<typeof SubmissionTriagePayload>;
type Action = Triage['action'];

const cleared = { meetingId: null, sectionId: null, mergedInto: null, declineReason: null } as const;
const changed = (currentRev: number, submissionId: string) => new AppFailure({ code: 'SUBMISSION_CHANGED', params: { submissionId, currentRev } });
const mergeInvalid = (submissionId: string, reason: string) => new AppFailure({ code: 'MERGE_INVALID', field: 'action.into', params: { submissionId, reason } });

/** A meeting date of the series' cadence and a section that takes new items. */
function checkSchedule(series: Series, action: Extract<Action, { kind: 'schedule' }>): void {
  const localDate = meetingDateOf(action.meetingId);
  if (localDate === null || meetingOn(series.cadence, localDate) === null) throw new AppFailure({ code: 'MEETING_UNKNOWN', field: 'action.meetingId', params: { meetingId: action.meetingId } });
  const section = series.sections.find((candidate) => candidate.id === action.sectionId);
  if (!section || section.retired) throw new AppFailure({ code: 'SECTION_UNKNOWN', field: 'action.sectionId', params: { sectionId: action.sectionId } });
}

/**
 * A merge goes into another submission that is not itself merged, and only from one nobody merged into (else that
 * one would point at a merged submission). Returns the condition the target must still meet when the merge is written.
 */
async function checkMerge(entities: AppEntities, submission: Submission, into: string): Promise<Array<{ key: string; when: EntityCondition[] }>> {
  if (into === submission.id) throw mergeInvalid(into, 'itself');
  const target = await readSubmission(entities, into);
  if (!target) throw new AppFailure({ code: 'SUBMISSION_UNKNOWN', field: 'action.into', params: { submissionId: into } });
  if (target.status === 'merged') throw mergeInvalid(into, 'merged');
  const mergedHere = (await querySubmissions(entities, 'by-merged-into', [submission.id], { limit: 1 })).submissions[0];
  if (mergedHere) throw mergeInvalid(mergedHere.id, 'has-duplicates');
  return [{ key: into, when: [{ attribute: 'status', differsFrom: 'merged' }] }];
}

function applied(submission: Submission, action: Action): Submission {
  const rev = submission.rev + 1;
  switch (action.kind) {
    case 'schedule':
      return { ...submission, ...cleared, status: 'scheduled', meetingId: action.meetingId, sectionId: action.sectionId, rev };
    case 'merge':
      return { ...submission, ...cleared, status: 'merged', mergedInto: action.into, rev };
    case 'decline':
      return { ...submission, ...cleared, status: 'declined', declineReason: action.reason, rev };
    case 'reopen':
      return { ...submission, ...cleared, status: 'received', rev };
  }
}

/**
 * `submission/triage` (programme managers, checked here): schedule, merge, decline or reopen, written only when the
 * submission is still at `baseRev` — two managers triaging from the same rev: one wins, the other is told
 * SUBMISSION_CHANGED with the current rev, and nothing of theirs is written.
 */
export async function triageSubmission(
  store: AppStore,
  entities: AppEntities,
  roles: RoleQuestions,
  caller: { accountId: string; language: 'en' | 'de' },
  triage: Triage,
  decisionsAnswering: DecisionsAnswering,
): Promise<{ submission: SubmissionView }> {
  await requireProgrammeManager(await loadStoredSettings(store), caller.accountId, roles);
  const series = await requireSeries(store);
  const submission = await requireSubmission(entities, triage.id);
  if (submission.rev !== triage.baseRev) throw changed(submission.rev, submission.id);
  const { action } = triage;
  if (action.kind === 'schedule') checkSchedule(series, action);
  const checks = action.kind === 'merge' ? await checkMerge(entities, submission, action.into) : [];
  const next = applied(submission, action);
  if (!(await replaceSubmission(entities, next, triage.baseRev, checks))) {
    const now = await requireSubmission(entities, triage.id);
    if (now.rev !== triage.baseRev) throw changed(now.rev, now.id);
    throw mergeInvalid(action.kind === 'merge' ? action.into : triage.id, 'merged');
  }
  const [view] = await submissionViews(entities, series, { accountId: caller.accountId, isManager: true, language: caller.language }, [next], decisionsAnswering);
  return { submission: view as SubmissionView };
}
