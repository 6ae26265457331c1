import type { MeetingView } from '../../contract/round-table';
import { diffBaselines } from '../../domain/baseline/diff-baselines';
import { calendarDate, type CalendarDate } from '../../domain/calendar-date';
import { assembleAgenda } from '../../domain/round-table/agenda';
import { nextMeetings } from '../../domain/round-table/cadence';
import { decisionState, supersededIds } from '../../domain/round-table/decisions';
import type { Decision } from '../../domain/round-table/decision-types';
import type { MeetingDate } from '../../domain/round-table/series';
import type { SnapshotStorage } from '../snapshot/snapshot-store';
import { asAppFailure } from '../platform-failures';
import { programmeFacts } from './agenda-input';
import { loadAllDecisions } from './decision-log';
import { meetingDateOrRefuse, refuseNonManager, seriesOrRefuse } from './meeting-access';
import { readMeetingIndex, updateMeetingIndex } from './meeting-index';
import type { MeetingPorts } from './meeting-ports';
import { readMeeting, readMeetingBaseline, saveMeeting, writeMeetingBaseline } from './meeting-store';
import { meetingView, type MeetingViewer } from './meeting-view';

/** The baseline of the latest earlier meeting that took one: "since the last meeting". */
async function previousBaseline(storage: SnapshotStorage, localDate: string) {
  const earlier = (await readMeetingIndex(storage.store)).filter((meeting) => meeting.localDate < localDate && meeting.agenda !== 'none');
  for (const meeting of earlier.slice(0, 3)) {
    const baseline = await readMeetingBaseline(storage.store, meeting.meetingId);
    if (baseline) return baseline;
  }
  return null;
}

/** Every decision with its state on the meeting day (follow-ups read as the user, in one bulk fetch). */
async function decisionsOnDay(ports: MeetingPorts, all: readonly Decision[], day: CalendarDate) {
  const keys = [...new Set(all.flatMap((decision) => (decision.followUpKey ? [decision.followUpKey] : [])))];
  let followUps;
  try {
    followUps = keys.length > 0 ? await ports.issueStatuses(keys) : new Map();
  } catch (error) {
    throw asAppFailure(error, {});
  }
  const supersededBy = supersededIds(all);
  return all.map((decision) => ({
    decision,
    state: decisionState(decision, { followUpCategory: decision.followUpKey ? (followUps.get(decision.followUpKey)?.statusCategory ?? null) : null, supersededBy, today: day }),
  }));
}

/**
 * `meeting/assemble` (programme managers): the agenda of a meeting of the series, from the programme snapshot assessed
 * for the meeting's day, the baseline diff since the last meeting, the submissions scheduled to it, the decisions due
 * or overdue, and the agenda as last saved (manual items, order, notes and drops are kept). A baseline is taken with
 * each assembly, so the next meeting compares with this one.
 */
export async function assembleMeeting(storage: SnapshotStorage, ports: MeetingPorts, meetingId: string, viewer: Omit<MeetingViewer, 'canManage'>, now: Date): Promise<MeetingView> {
  await refuseNonManager(storage.store, ports, viewer.accountId);
  const series = await seriesOrRefuse(storage.store, ports);
  const date: MeetingDate = await meetingDateOrRefuse(storage.store, series, meetingId);
  const day = calendarDate(date.localDate);
  const [record, facts, before, all, scheduled] = await Promise.all([
    readMeeting(storage.store, meetingId),
    programmeFacts(storage, day, series.language, now),
    previousBaseline(storage, date.localDate),
    loadAllDecisions(storage),
    ports.submissions.ofMeeting(meetingId),
  ]);
  const next = nextMeetings(series.cadence, new Date(Date.parse(date.startsAt) + 1), 1)[0];
  const agenda = assembleAgenda({
    sections: series.sections,
    language: series.language,
    meetingDate: day,
    nextMeetingDate: next ? calendarDate(next.localDate) : null,
    ...facts,
    diff: before && facts.baseline ? diffBaselines(before, facts.baseline) : null,
    submissions: scheduled.filter((submission) => submission.status === 'scheduled' || submission.status === 'discussed'),
    decisions: await decisionsOnDay(ports, all, day),
    previous: record?.agenda ?? null,
  });
  const saved = await saveMeeting(storage.store, {
    meetingId, seriesId: series.id, localDate: date.localDate, startsAt: date.startsAt, agenda,
    agendaState: record?.agendaState === 'published' ? 'published' : 'draft', minutesState: record?.minutesState ?? 'none',
    assembledAt: now.toISOString(), agendaPublishedAt: record?.agendaPublishedAt ?? null, minutesPublishedAt: record?.minutesPublishedAt ?? null,
  }, record?.rev ?? 0);
  if (facts.baseline) await writeMeetingBaseline(storage.store, meetingId, facts.baseline);
  await updateMeetingIndex(storage.store, meetingId, (entry) => ({
    meetingId, localDate: date.localDate, startsAt: date.startsAt, agenda: saved.agendaState, minutes: saved.minutesState, decisions: entry?.decisions ?? 0,
  }));
  return meetingView(storage, ports, series, date, meetingId, saved, { ...viewer, canManage: true }, now);
}
