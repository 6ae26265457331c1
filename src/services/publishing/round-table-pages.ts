import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { FollowUpFacts, RoundTableMeetingFacts, RoundTableModel } from '../../confluence/round-table-model';
import type { CalendarDate } from '../../domain/calendar-date';
import type { AgendaItem } from '../../domain/round-table/agenda-types';
import type { Series } from '../../domain/round-table/series';
import type { Submission } from '../../domain/round-table/submission';
import { nextMeetings } from '../../domain/round-table/cadence';
import { decisionLog, supersededIds } from '../../domain/round-table/decisions';
import type { Decision } from '../../domain/round-table/decision-types';
import type { SnapshotStorage } from '../snapshot/snapshot-store';
import { readDecisionsOf } from '../round-table/decision-store';
import { readMeetingIndex } from '../round-table/meeting-index';
import { meetingKey, parseMeeting, type MeetingRecord } from '../round-table/meeting-store';
import { loadSeries } from '../round-table/series-store';

/** What the round table's pages read beyond the app's storage, as the app: the submissions, and the follow-ups' status. */
export interface RoundTableReads {
  submissions(ids: readonly string[]): Promise<ReadonlyMap<string, Submission>>;
  /** Summary and status of the follow-up issues in ONE bulk fetch; an issue Jira does not return is absent. */
  followUps(keys: readonly string[]): Promise<ReadonlyMap<string, FollowUpFacts>>;
}

/** The loader port the publication asks: the round table as its pages show it, or null when there is none to publish. */
export type LoadRoundTable = (storage: SnapshotStorage, at: { siteUrl: string; today: CalendarDate }) => Promise<RoundTableModel | null>;

/** How many next dates the series page lists. */
const NEXT_DATES = 6;

/**
 * The round table from the stores its services keep: the series, the meetings the meeting index names with a
 * published agenda or minutes (one batch read), every decision (one batch read), their follow-ups and submissions.
 */
export function storedRoundTable(reads: RoundTableReads): LoadRoundTable {
  return async (storage, at) => {
    const series = await loadSeries(storage.store);
    if (!series || !series.publish) return null;
    const index = await readMeetingIndex(storage.store);
    const shown = index.filter((entry) => entry.agenda === 'published' || entry.minutes === 'published').map((entry) => entry.meetingId);
    const [records, decisions] = await Promise.all([
      shown.length === 0 ? new Map<string, unknown>() : storage.batch.getMany(shown.map(meetingKey)),
      readDecisionsOf(storage.batch, index.filter((entry) => entry.decisions > 0).map((entry) => entry.meetingId)),
    ]);
    const meetings = shown.flatMap((meetingId) => {
      const record = parseMeeting(meetingKey(meetingId), records.get(meetingKey(meetingId)));
      return record && record.seriesId === series.id ? [record] : [];
    });
    const keys = [...new Set(decisions.flatMap((decision) => (decision.followUpKey === null ? [] : [decision.followUpKey])))].sort();
    const submissionIds = new Set([...decisions.flatMap((decision) => decision.submissionIds), ...meetings.flatMap(submissionsOnAgenda)]);
    const [followUps, submissions] = await Promise.all([
      keys.length === 0 ? new Map<string, FollowUpFacts>() : reads.followUps(keys),
      submissionIds.size === 0 ? new Map<string, Submission>() : reads.submissions([...submissionIds].sort()),
    ]);
    return roundTableModel({ series, meetings, decisions: decisions.filter((decision) => decision.seriesId === series.id), followUps, submissions, ...at });
  };
}

const submissionsOnAgenda = (record: MeetingRecord) => record.agenda?.sections.flatMap((section) => section.items.flatMap((item) => (item.submissionId === null ? [] : [item.submissionId]))) ?? [];

export interface RoundTableFacts {
  series: Series;
  meetings: readonly MeetingRecord[];
  decisions: readonly Decision[];
  followUps: ReadonlyMap<string, FollowUpFacts>;
  submissions: ReadonlyMap<string, Submission>;
  siteUrl: string;
  today: CalendarDate;
}

/** The pages' model from what was read: pure, so the same records on the same day give the same pages. */
export function roundTableModel(facts: RoundTableFacts): RoundTableModel {
  const { series, today } = facts;
  const followUpCategories = new Map([...facts.followUps].map(([key, issue]) => [key, issue.statusCategory] as const));
  const log = decisionLog([...facts.decisions], { followUpCategories, today });
  const replacedBy = new Map(facts.decisions.flatMap((decision) => (decision.supersedes === null ? [] : [[decision.supersedes, decision.id] as const])));
  const superseded = supersededIds(facts.decisions);
  // A declined submission stays between its submitter and the programme managers: the space's readers never see it.
  const declined = new Set([...facts.submissions.values()].filter((submission) => submission.status === 'declined').map((submission) => submission.id));
  const published = [...facts.submissions].filter(([id]) => !declined.has(id));
  return {
    language: series.language,
    siteUrl: facts.siteUrl,
    today,
    series: {
      id: series.id,
      name: series.name,
      cadence: series.cadence,
      memberAccountIds: series.memberAccountIds,
      sections: series.sections.map((section) => ({ id: section.id, label: section.labels[series.language], retired: section.retired })),
    },
    // From the start of the publication's day, so every run on one day lists the same dates.
    upcoming: nextMeetings(series.cadence, new Date(`${today}T00:00:00Z`), NEXT_DATES),
    meetings: [...facts.meetings].sort((a, b) => a.localDate.localeCompare(b.localDate)).map((record) => meetingFacts(record, series, declined)),
    decisions: log.map(({ decision, state }) => ({
      id: decision.id,
      meetingId: decision.meetingId,
      agendaItemId: decision.agendaItemId,
      text: decision.text,
      ownerAccountId: decision.ownerAccountId,
      dueDate: decision.dueDate,
      supersedes: decision.supersedes,
      supersededBy: superseded.has(decision.id) ? (replacedBy.get(decision.id) ?? null) : null,
      followUpKey: decision.followUpKey,
      followUp: decision.followUpKey === null ? null : (facts.followUps.get(decision.followUpKey) ?? null),
      state,
      submissionIds: decision.submissionIds.filter((id) => !declined.has(id)),
    })),
    submissions: new Map(published.map(([id, submission]) => [id, { id, title: submission.title, kind: submission.kind, submittedBy: submission.submittedBy }] as const)),
  };
}

function meetingFacts(record: MeetingRecord, series: Series, declined: ReadonlySet<string>): RoundTableMeetingFacts {
  const dropped = new Set(record.agenda?.dropped ?? []);
  const shown = (item: AgendaItem) => !dropped.has(item.id) && (item.submissionId === null || !declined.has(item.submissionId));
  const startsAt = new Date(record.startsAt);
  return {
    meetingId: record.meetingId,
    localDate: record.localDate,
    localTime: Number.isNaN(startsAt.getTime()) ? series.cadence.time : format(new TZDate(startsAt.getTime(), series.cadence.timeZone), 'HH:mm'),
    sections: (record.agenda?.sections ?? []).map((section) => ({ sectionId: section.sectionId, items: section.items.filter(shown) })),
    agendaPublished: record.agendaState === 'published',
    minutesPublished: record.minutesState === 'published',
  };
}
