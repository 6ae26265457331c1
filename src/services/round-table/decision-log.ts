import type { DecisionLogView, DecisionView } from '../../contract/round-table';
import type { CalendarDate } from '../../domain/calendar-date';
import type { Decision } from '../../domain/round-table/decision-types';
import type { AppStore } from '../../platform/app-store';
import type { AppStoreBatch } from '../../platform/app-store-batch';
import type { IssueStatus } from '../../platform/jira-create-issue';
import type { Submission } from '../../domain/round-table/submission';
import { asAppFailure } from '../platform-failures';
import { itemIdFor, projectSight } from './agenda-redaction';
import { viewerToday } from '../viewer/viewer-day';
import { readDecisionsOf } from './decision-store';
import { decisionLogView, decisionViews, type DecisionFacts } from './decision-views';
import { callerManages } from './meeting-access';
import { readMeetingIndex } from './meeting-index';
import type { MeetingPorts } from './meeting-ports';
import { mayRead } from './submission-views';

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
export async function decisionFacts(decisions: readonly Decision[], ports: MeetingPorts, today: CalendarDate, reader: DecisionReader = MANAGER): Promise<DecisionFacts> {
  const keys = [...new Set(decisions.flatMap((decision) => (decision.followUpKey ? [decision.followUpKey] : [])))];
  const submissionIds = [...new Set(decisions.flatMap((decision) => decision.submissionIds))];
  let answers: [Map<string, IssueStatus>, Map<string, Submission>];
  try {
    answers = await Promise.all([
      keys.length > 0 ? ports.issueStatuses(keys) : new Map<string, IssueStatus>(),
      submissionIds.length > 0 ? ports.submissions.byIds(submissionIds) : new Map<string, Submission>(),
    ]);
  } catch (error) {
    throw asAppFailure(error, {});
  }
  const [followUps, submissions] = answers;
  const readable = [...submissions].filter(([, submission]) => mayRead({ ...reader, language: 'en' }, submission));
  const submissionTitles = new Map(readable.map(([id, submission]) => [id, submission.title] as const));
  return { followUps, submissionTitles, today, itemIdOf: reader.itemIdOf ?? ((id) => id) };
}

/** The given decisions as the viewer sees them (`all` decides which are superseded). */
export async function viewDecisions(decisions: readonly Decision[], all: readonly Decision[], ports: MeetingPorts, today: CalendarDate, reader?: DecisionReader): Promise<DecisionView[]> {
  return decisionViews(decisions, all, await decisionFacts(decisions, ports, today, reader));
}

/** Who reads decisions: a declined submission's title only for its submitter and programme managers; item ids as they are shown. */
export interface DecisionReader {
  accountId: string;
  isManager: boolean;
  itemIdOf?: (agendaItemId: string) => string;
}
/** The programme manager's own writes (record, follow-up) answer with what they may read anyway. */
const MANAGER: DecisionReader = { accountId: '', isManager: true };

async function readerOf(storage: RoundTableStorage, ports: MeetingPorts, accountId: string): Promise<DecisionReader> {
  const [isManager, projects] = await Promise.all([callerManages(storage.store, ports, accountId), projectSight(storage, accountId)]);
  return { accountId, isManager, itemIdOf: itemIdFor(projects) };
}

/** `decision/log`, for everyone who may use the app: every decision with its state for the viewer's day, and the counts. */
export async function loadDecisionLog(storage: RoundTableStorage, ports: MeetingPorts, viewer: { accountId: string; timeZone: string | undefined }, now: Date): Promise<DecisionLogView> {
  const [all, reader] = await Promise.all([loadAllDecisions(storage), readerOf(storage, ports, viewer.accountId)]);
  return decisionLogView(all, await decisionFacts(all, ports, viewerToday(viewer.timeZone, now), reader));
}

/**
 * The decisions with these ids as the submitter's status line shows them (the submissions service's
 * `DecisionsAnswering`): text, state for the viewer's day, and follow-up key (null when they cannot browse it).
 */
export async function decisionsAnswering(storage: RoundTableStorage, ports: MeetingPorts, decisionIds: readonly string[], viewer: { timeZone: string | undefined }, now: Date) {
  const all = await loadAllDecisions(storage);
  const wanted = new Set(decisionIds);
  const views = await viewDecisions(all.filter((decision) => wanted.has(decision.id)), all, ports, viewerToday(viewer.timeZone, now));
  return views.map((view) => ({ id: view.id, text: view.text, state: view.state, followUpKey: view.followUpKey }));
}
