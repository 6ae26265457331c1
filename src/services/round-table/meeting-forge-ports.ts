import type { Submission } from '../../domain/round-table/submission';
import { forgeAppEntities, type AppEntities } from '../../platform/app-entities';
import { createIssueAsUser, issueStatusesAsUser } from '../../platform/jira-create-issue';
import { pushPublishJob } from '../../platform/publish-queue';
import { forgeRoleQuestions } from '../roles/programme-manager';
import type { MeetingPorts, SubmissionPort } from './meeting-ports';
import { loadSeries } from './series-store';
import { allSubmissions, readSubmission, replaceSubmission } from './submission-store';

/** A meeting discusses a few dozen submissions; the bound keeps one call within the invocation's time. */
const MAX_MEETING_SUBMISSIONS = 200;
/** A submission triaged at the very moment it is answered: read again and apply the answer on top. */
const ANSWER_ATTEMPTS = 4;

/** The submissions, through the submission service's own store (the Custom Entity Store and its indexes). */
export function entitySubmissionPort(entities: AppEntities): SubmissionPort {
  return {
    ofMeeting: (meetingId) => allSubmissions(entities, 'by-meeting', [meetingId], MAX_MEETING_SUBMISSIONS),
    async byIds(ids) {
      const found = await Promise.all([...new Set(ids)].map((id) => readSubmission(entities, id)));
      return new Map(found.flatMap((submission): Array<[string, Submission]> => (submission ? [[submission.id, submission]] : [])));
    },
    async answeredBy(ids, decisionId, meetingId) {
      for (const id of new Set(ids)) await answer(entities, id, decisionId, meetingId);
    },
  };
}

/** The submission becomes `discussed` at the meeting, answered by the decision; the rev check keeps a parallel triage. */
async function answer(entities: AppEntities, id: string, decisionId: string, meetingId: string): Promise<void> {
  for (let attempt = 1; attempt <= ANSWER_ATTEMPTS; attempt++) {
    const current = await readSubmission(entities, id);
    if (!current || current.decisionIds.includes(decisionId)) return;
    const next: Submission = {
      ...current, status: 'discussed', meetingId: current.meetingId ?? meetingId, mergedInto: null, declineReason: null,
      decisionIds: [...current.decisionIds, decisionId].slice(-50), rev: current.rev + 1,
    };
    if (await replaceSubmission(entities, next, current.rev)) return;
  }
  throw new Error(`submission ${id} kept changing while decision ${decisionId} was recorded on it`);
}

export const forgeMeetingPorts: MeetingPorts = {
  roles: forgeRoleQuestions,
  loadSeries,
  submissions: entitySubmissionPort(forgeAppEntities),
  createIssue: createIssueAsUser,
  issueStatuses: issueStatusesAsUser,
  pushPublish: pushPublishJob,
};
