import type { DecisionLogView, DecisionView } from '../../contract/round-table';
import type { CalendarDate } from '../../domain/calendar-date';
import type { Decision } from '../../domain/round-table/decision-types';
import type { AppStore } from '../../platform/app-store';
import type { AppStoreBatch } from '../../platform/app-store-batch';
import type { IssueStatus } from '../../platform/jira-create-issue';
import { asAppFailure } from '../platform-failures';
import { viewerToday } from '../viewer/viewer-day';
import { readDecisionsOf } from './decision-store';
import { decisionLogView, decisionViews, type DecisionFacts } from './decision-views';
import { readMeetingIndex } from './meeting-index';
import type { MeetingPorts } from './meeting-ports';

export interface RoundTableStorage {
  store: AppStore;
  batch: AppStoreBatch;
}

/** Every decision of every meeting: the meeting index names the meetings with decisions, one batch read fetches them. */
export async function loadAllDecisions(storage: RoundTableStorage): Promise<Decision[]> {
  const meetings = await readMeetingIndex(storage.store);
  return readDecisionsOf(storage.batch, meetings.filter((meeting) => meeting.decisions > 0).map((meeting) => meeting.meetingId));
}

/**
 * What the decisions' views need, as the viewer: all their follow-up issues in ONE bulk fetch (an issue they cannot
 * browse comes back absent and is shown hidden), and the submissions they answered in one read.
 */
export async function decisionFacts(decisions: readonly Decision[], ports: MeetingPorts, today: CalendarDate): Promise<DecisionFacts> {
  const keys = [...new Set(decisions.flatMap((decision) => (decision.followUpKey ? [decision.followUpKey] : [])))];
  const submissionIds = [...new Set(decisions.flatMap((decision) => decision.submissionIds))];
  let answers: [Map<string, IssueStatus>, Map<string, { title: string }>];
  try {
    answers = await Promise.all([
      keys.length > 0 ? ports.issueStatuses(keys) : new Map<string, IssueStatus>(),
      submissionIds.length > 0 ? ports.submissions.byIds(submissionIds) : new Map<string, { title: string }>(),
    ]);
  } catch (error) {
    throw asAppFailure(error, {});
  }
  const [followUps, submissions] = answers;
  const submissionTitles = new Map([...submissions].map(([id, submission]) => [id, submission.title] as const));
  return { followUps, submissionTitles, today };
}

/** The given decisions as the viewer sees them (`all` decides which are superseded). */
export async function viewDecisions(decisions: readonly Decision[], all: readonly Decision[], ports: MeetingPorts, today: CalendarDate): Promise<DecisionView[]> {
  return decisionViews(decisions, all, await decisionFacts(decisions, ports, today));
}

/** `decision/log`, for everyone who may use the app: every decision with its state for the viewer's day, and the counts. */
export async function loadDecisionLog(storage: RoundTableStorage, ports: MeetingPorts, viewer: { timeZone: string | undefined }, now: Date): Promise<DecisionLogView> {
  const all = await loadAllDecisions(storage);
  return decisionLogView(all, await decisionFacts(all, ports, viewerToday(viewer.timeZone, now)));
}

/**
 * The decisions with these ids as the submitter's status line shows them (the submissions service's
 * `DecisionsAnswering`): text, state for the viewer's day, and follow-up key.
 */
export async function decisionsAnswering(storage: RoundTableStorage, ports: MeetingPorts, decisionIds: readonly string[], viewer: { timeZone: string | undefined }, now: Date) {
  const all = await loadAllDecisions(storage);
  const wanted = new Set(decisionIds);
  const views = await viewDecisions(all.filter((decision) => wanted.has(decision.id)), all, ports, viewerToday(viewer.timeZone, now));
  return views.map((view) => ({ id: view.id, text: view.text, state: view.state, followUpKey: view.followUpKey }));
}
