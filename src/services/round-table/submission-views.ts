import type { SubmissionView } from '../../contract/round-table';
import type { Series } from '../../domain/round-table/series';
import type { Submission } from '../../domain/round-table/submission';
import type { AppEntities } from '../../platform/app-entities';
import { sectionLabel } from './series-store';
import { readSubmission } from './submission-store';

/** The decisions that answered submissions, as the caller may see them (the meeting service reads them). */
export type DecisionsAnswering = (decisionIds: readonly string[]) => Promise<SubmissionView['decisions']>;

/** Who is looking: the status line says only what this person may read. */
export interface SubmissionViewer {
  accountId: string;
  isManager: boolean;
  language: 'en' | 'de';
}

/** `m-20261229` → `2026-12-29`: a meeting is named by its local date. */
export function meetingDateOf(meetingId: string | null): string | null {
  const match = meetingId === null ? null : /^m-(\d{4})(\d{2})(\d{2})$/.exec(meetingId);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/**
 * Whether the viewer may read this submission: their own, or any as a programme manager, or anyone's that was not
 * declined. A declined submission stays between its submitter and the programme managers.
 */
export function mayRead(viewer: SubmissionViewer, submission: Submission): boolean {
  return viewer.isManager || submission.submittedBy === viewer.accountId || submission.status !== 'declined';
}

/**
 * The submissions with their status lines: the meeting's date and the section's label when scheduled or discussed,
 * the other submission's title when merged (withheld when that one is declined and not the viewer's to read), and
 * the decisions that answered them. Merge targets are read once each; decisions in one call for all.
 */
export async function submissionViews(entities: AppEntities, series: Series | null, viewer: SubmissionViewer, submissions: readonly Submission[], decisionsAnswering: DecisionsAnswering): Promise<SubmissionView[]> {
  const targetIds = [...new Set(submissions.flatMap((submission) => (submission.mergedInto === null ? [] : [submission.mergedInto])))];
  const targets = new Map<string, Submission | null>();
  for (const id of targetIds) targets.set(id, await readSubmission(entities, id));
  const decisionIds = [...new Set(submissions.flatMap((submission) => submission.decisionIds))];
  const decisions = decisionIds.length > 0 ? await decisionsAnswering(decisionIds) : [];
  const decisionById = new Map(decisions.map((decision) => [decision.id, decision]));
  return submissions.map((submission) => {
    const target = submission.mergedInto === null ? null : (targets.get(submission.mergedInto) ?? null);
    return {
      ...submission,
      meetingDate: meetingDateOf(submission.meetingId),
      sectionLabel: sectionLabel(series, submission.sectionId, viewer.language),
      mergedIntoTitle: target && mayRead(viewer, target) ? target.title : null,
      decisions: submission.decisionIds.flatMap((id) => {
        const decision = decisionById.get(id);
        return decision ? [decision] : [];
      }),
    };
  });
}
