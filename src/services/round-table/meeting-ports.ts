import type { Series } from '../../domain/round-table/series';
import type { Submission } from '../../domain/round-table/submission';
import type { AppStore } from '../../platform/app-store';
import type { IssueStatus, NewIssue } from '../../platform/jira-create-issue';
import type { PushPublishJob } from '../../platform/publish-queue';
import type { RoleQuestions } from '../roles/programme-manager';

/**
 * What the meeting and decision use cases need from the series and submissions (kept by the series and submission
 * services) — a small port, so the meetings do not reach into another service's storage.
 */
export interface SubmissionPort {
  /** The submissions scheduled to (or discussed at) this meeting. */
  ofMeeting(meetingId: string): Promise<Submission[]>;
  /** The submissions with these ids that exist (absent ones are left out). */
  byIds(ids: readonly string[]): Promise<Map<string, Submission>>;
  /** Marks them `discussed` at the meeting, answered by the decision. */
  answeredBy(ids: readonly string[], decisionId: string, meetingId: string): Promise<void>;
}

/** What the round table's meetings ask of Jira, storage and the queue, as the calling user; tests may replace any of it. */
export interface MeetingPorts {
  roles: RoleQuestions;
  loadSeries(store: AppStore): Promise<Series | null>;
  submissions: SubmissionPort;
  /** `POST /rest/api/3/issue` as the user. */
  createIssue(issue: NewIssue): Promise<{ id: string; key: string }>;
  /** Summary and status of issues the user may browse, in one bulk fetch (absent: cannot browse or gone). */
  issueStatuses(keys: readonly string[]): Promise<Map<string, IssueStatus>>;
  pushPublish: PushPublishJob;
}
