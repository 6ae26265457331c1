import type { z } from 'zod';
import type { DecisionView, FollowUpPayload } from '../../contract/round-table';
import type { Decision } from '../../domain/round-table/decision-types';
import { IssueKeySchema } from '../../domain/ids';
import { PlatformError } from '../../platform/platform-error';
import { AppFailure } from '../errors';
import { asAppFailure } from '../platform-failures';
import { viewerToday } from '../viewer/viewer-day';
import { followUpDescription, followUpSummary } from './decision-follow-up-text';
import { loadAllDecisions, viewDecisions, type RoundTableStorage } from './decision-log';
import { meetingOfDecision, readMeetingDecisions, writeMeetingDecisions } from './decision-store';
import { refuseNonManager, seriesOrRefuse } from './meeting-access';
import type { MeetingPorts } from './meeting-ports';

type FollowUpInput = z.infer<typeof FollowUpPayload>;

/** One create per decision at a time: a double click must not make two issues (a create is never retried either). */
const CREATE_CLAIM_SECONDS = 60;
const claimKey = (decisionId: string) => `round-table:follow-up-claim:${decisionId}`;

async function findDecision(storage: RoundTableStorage, decisionId: string): Promise<Decision> {
  const meetingId = meetingOfDecision(decisionId);
  const found = meetingId ? (await readMeetingDecisions(storage.store, meetingId)).decisions.find((decision) => decision.id === decisionId) : undefined;
  if (!found) throw new AppFailure({ code: 'DECISION_UNKNOWN', params: { decisionId } });
  return found;
}

/**
 * `decision/follow-up` (programme managers): creates the decision's follow-up issue in Jira **as the user** — so Jira
 * checks their Create permission and makes them the reporter — with the decision text as summary (cut to 255) and a
 * description quoting it and linking back to the decision log; then records the key on the decision. When Jira refuses,
 * the answer is FOLLOW_UP_REFUSED with Jira's words and the project, and nothing is stored. A decision that has its
 * follow-up already answers with it and creates nothing.
 */
export async function createFollowUp(storage: RoundTableStorage, ports: MeetingPorts, input: FollowUpInput, caller: { accountId: string; timeZone: string | undefined }, programmeUrl: string, now: Date): Promise<{ decision: DecisionView }> {
  await refuseNonManager(storage.store, ports, caller.accountId);
  const series = await seriesOrRefuse(storage.store, ports);
  const decision = await findDecision(storage, input.decisionId);
  if (decision.followUpKey === null) {
    if (!(await storage.store.setIfAbsent(claimKey(decision.id), { by: caller.accountId }, CREATE_CLAIM_SECONDS))) {
      throw new AppFailure({ code: 'CONFLICT', params: { decisionId: decision.id } });
    }
    try {
      const created = await create(ports, input, decision, series.language, programmeUrl);
      await setFollowUpKey(storage, decision, created.key);
    } finally {
      await storage.store.delete(claimKey(decision.id));
    }
  }
  const all = await loadAllDecisions(storage);
  const stored = all.find((candidate) => candidate.id === decision.id) ?? decision;
  const [view] = await viewDecisions([stored], all, ports, viewerToday(caller.timeZone, now));
  if (!view) throw new Error('a decision has no view');
  return { decision: view };
}

async function create(ports: MeetingPorts, input: FollowUpInput, decision: Decision, language: 'en' | 'de', programmeUrl: string) {
  try {
    return await ports.createIssue({
      projectKey: input.projectKey,
      issueTypeId: input.issueTypeId,
      summary: followUpSummary(input.summary ?? decision.text),
      description: followUpDescription(decision, language, programmeUrl),
    });
  } catch (error) {
    // Jira's refusals (no Create permission, a project the user cannot see, a field the screen lacks) are its words.
    if (error instanceof PlatformError && error.product === 'jira' && ['bad-request', 'forbidden', 'not-found'].includes(error.kind)) {
      throw new AppFailure({ code: 'FOLLOW_UP_REFUSED', params: { projectKey: input.projectKey, message: error.message, status: error.status } });
    }
    throw asAppFailure(error, { projectKey: input.projectKey });
  }
}

/** Records the key on the decision with compare-and-set, re-reading when another decision of the meeting was saved meanwhile. */
async function setFollowUpKey(storage: RoundTableStorage, decision: Decision, key: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const current = await readMeetingDecisions(storage.store, decision.meetingId);
    const decisions = current.decisions.map((candidate) => (candidate.id === decision.id ? { ...candidate, followUpKey: IssueKeySchema.parse(key) } : candidate));
    try {
      await writeMeetingDecisions(storage.store, decision.meetingId, current.rev, decisions);
      return;
    } catch (error) {
      if (!(error instanceof AppFailure) || error.appError.code !== 'MEETING_CHANGED' || attempt >= 5) throw error;
    }
  }
}
