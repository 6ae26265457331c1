import type { z } from 'zod';
import type { DecisionRecordPayload, DecisionView } from '../../contract/round-table';
import type { Decision } from '../../domain/round-table/decision-types';
import { validateSupersedes } from '../../domain/round-table/decisions';
import { AppFailure } from '../errors';
import { viewerToday } from '../viewer/viewer-day';
import { loadAllDecisions, viewDecisions, type RoundTableStorage } from './decision-log';
import { MAX_DECISIONS_PER_MEETING, newDecisionId, readMeetingDecisions, writeMeetingDecisions } from './decision-store';
import { meetingDateOrRefuse, refuseNonManager, seriesOrRefuse } from './meeting-access';
import { updateMeetingIndex } from './meeting-index';
import type { MeetingPorts } from './meeting-ports';
import { readMeeting } from './meeting-store';

type RecordInput = z.infer<typeof DecisionRecordPayload>;

/** Two managers recording at the same meeting at once: the one who lost the claim appends again on the fresh record. */
const APPEND_ATTEMPTS = 5;

/**
 * `decision/record` (programme managers): a decision on an item of the meeting's agenda — the meeting must be one of
 * the series and have that item; a superseded decision must exist and not lead back to itself; the submissions it
 * answers must exist. Stored, then those submissions become `discussed` with the decision's id, and the meeting index
 * counts it.
 */
export async function recordDecision(storage: RoundTableStorage, ports: MeetingPorts, input: RecordInput, caller: { accountId: string; timeZone: string | undefined }, now: Date): Promise<{ decision: DecisionView }> {
  await refuseNonManager(storage.store, ports, caller.accountId);
  const series = await seriesOrRefuse(storage.store, ports);
  const date = await meetingDateOrRefuse(storage.store, series, input.meetingId);
  const meeting = await readMeeting(storage.store, input.meetingId);
  const items = meeting?.agenda?.sections.flatMap((section) => section.items) ?? [];
  if (!items.some((item) => item.id === input.agendaItemId)) {
    throw new AppFailure({ code: 'INVALID_PAYLOAD', field: 'agendaItemId', params: { message: 'no such item on this meeting’s agenda' } });
  }
  const all = await loadAllDecisions(storage);
  const decision: Decision = {
    id: newDecisionId(input.meetingId), seriesId: series.id, meetingId: input.meetingId, agendaItemId: input.agendaItemId, text: input.text,
    ownerAccountId: input.ownerAccountId, dueDate: input.dueDate, supersedes: input.supersedes, followUpKey: null,
    submissionIds: [...new Set(input.submissionIds)], decidedAt: now.toISOString(),
  };
  const problem = validateSupersedes(all, decision)[0];
  if (problem) {
    const code = problem.code === 'SUPERSEDES_UNKNOWN' ? 'DECISION_UNKNOWN' : 'INVALID_PAYLOAD';
    throw new AppFailure({ code, field: 'supersedes', params: { decisionId: problem.decisionId, message: problem.code } });
  }
  const submissions = await ports.submissions.byIds(decision.submissionIds);
  const missing = decision.submissionIds.find((id) => !submissions.has(id));
  if (missing !== undefined) throw new AppFailure({ code: 'SUBMISSION_UNKNOWN', field: 'submissionIds', params: { submissionId: missing } });

  const stored = await append(storage, input.meetingId, decision);
  if (decision.submissionIds.length > 0) await ports.submissions.answeredBy(decision.submissionIds, decision.id, input.meetingId);
  await updateMeetingIndex(storage.store, input.meetingId, (entry) => ({
    meetingId: input.meetingId, localDate: date.localDate, startsAt: date.startsAt, agenda: entry?.agenda ?? 'none', minutes: entry?.minutes ?? 'none', decisions: stored,
  }));
  const [view] = await viewDecisions([decision], [...all, decision], ports, viewerToday(caller.timeZone, now));
  if (!view) throw new Error('a recorded decision has no view');
  return { decision: view };
}

/** Appends with compare-and-set; answers how many decisions the meeting holds now. */
async function append(storage: RoundTableStorage, meetingId: string, decision: Decision): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const current = await readMeetingDecisions(storage.store, meetingId);
    if (current.decisions.length >= MAX_DECISIONS_PER_MEETING) {
      throw new AppFailure({ code: 'INVALID_PAYLOAD', field: 'meetingId', params: { message: `a meeting holds at most ${MAX_DECISIONS_PER_MEETING} decisions` } });
    }
    try {
      return (await writeMeetingDecisions(storage.store, meetingId, current.rev, [...current.decisions, decision])).decisions.length;
    } catch (error) {
      if (!(error instanceof AppFailure) || error.appError.code !== 'MEETING_CHANGED' || attempt >= APPEND_ATTEMPTS) throw error;
    }
  }
}
