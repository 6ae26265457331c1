import type { MeetingView, SubmissionView } from '../../contract/round-table';
import { idRecord } from '../../domain/id-keyed';
import type { MeetingDate, Series } from '../../domain/round-table/series';
import { viewerToday } from '../viewer/viewer-day';
import { agendaIds, agendaSight, redactAgenda } from './agenda-redaction';
import { loadAllDecisions, viewDecisions, type RoundTableStorage } from './decision-log';
import type { MeetingPorts } from './meeting-ports';
import type { MeetingRecord } from './meeting-store';
import { sectionLabel } from './series-store';

export interface MeetingViewer {
  accountId: string;
  timeZone: string | undefined;
  language: 'en' | 'de';
  canManage: boolean;
}

/**
 * A meeting as the meeting tab shows it: its agenda and states (a meeting without a record has none yet), its
 * decisions as the viewer sees them, and the submissions scheduled to it with their status lines. Scheduled
 * submissions are never declined ones, so everyone who may open the meeting may read them. The agenda is redacted for
 * the viewer: an item naming a project they cannot browse, or a declined submission not theirs, is shown hidden.
 */
export async function meetingView(storage: RoundTableStorage, ports: MeetingPorts, series: Series, date: MeetingDate, meetingId: string, record: MeetingRecord | null, viewer: MeetingViewer, now: Date): Promise<MeetingView> {
  const [all, scheduled] = await Promise.all([loadAllDecisions(storage), ports.submissions.ofMeeting(meetingId)]);
  const today = viewerToday(viewer.timeZone, now);
  const agenda = record?.agenda ?? null;
  const sight = agenda ? await agendaSight(storage, ports, agenda, viewer) : null;
  const reader = { accountId: viewer.accountId, isManager: viewer.canManage, itemIdOf: agenda && sight ? agendaIds(agenda, sight).viewIdOf : (id: string) => id };
  const decisions = await viewDecisions(all.filter((decision) => decision.meetingId === meetingId), all, ports, today, reader);
  const byId = new Map(decisions.map((decision) => [decision.id, decision]));
  const submissions: SubmissionView[] = scheduled
    .filter((submission) => submission.status === 'scheduled' || submission.status === 'discussed')
    .map((submission) => ({
      ...submission,
      meetingDate: date.localDate,
      sectionLabel: sectionLabel(series, submission.sectionId, viewer.language),
      mergedIntoTitle: null,
      decisions: submission.decisionIds.flatMap((id) => {
        const decision = byId.get(id);
        return decision ? [{ id, text: decision.text, state: decision.state, followUpKey: decision.followUpKey }] : [];
      }),
    }));
  return {
    meetingId,
    localDate: date.localDate,
    startsAt: date.startsAt,
    rev: record?.rev ?? 0,
    agenda: agenda && sight ? redactAgenda(agenda, sight) : null,
    agendaState: record?.agendaState ?? 'none',
    minutesState: record?.minutesState ?? 'none',
    decisions,
    submissions: idRecord(submissions.map((submission) => [submission.id, submission] as const)),
    canManage: viewer.canManage,
  };
}
