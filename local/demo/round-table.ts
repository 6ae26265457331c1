/**
 * The demo's 360 round table (domain.md §4): the series as a programme manager would set it up, and a handful of
 * submissions from different people in each state a submitter can see — received, scheduled, merged, declined.
 */
import type { KvsState } from '../kvs';
import { nextMeetings } from '../../src/domain/round-table/cadence';
import { DEFAULT_SECTIONS } from '../../src/domain/round-table/sections';
import { SeriesSchema, type Series } from '../../src/domain/round-table/series';
import { SubmissionSchema, type Submission } from '../../src/domain/round-table/submission';
import { meetingIdOf } from '../../src/contract/round-table';
import { SERIES_KEY } from '../../src/services/round-table/series-store';
import { SUBMISSION_ENTITY, toEntity } from '../../src/services/round-table/submission-store';
import { DEMO_SNAPSHOT } from './model';
import { DEMO_ACCOUNTS } from './users';

export const DEMO_SERIES_ID = 'rt-360demo';

/** Last Thursday of the month, 14:00 Europe/Berlin, in German, the eight standing sections. */
export function demoSeries(): Series {
  return SeriesSchema.parse({
    id: DEMO_SERIES_ID,
    version: 1,
    name: '360 Round Table',
    cadence: { kind: 'nth-weekday', week: 'last', weekday: 4, time: '14:00', timeZone: 'Europe/Berlin' },
    sections: DEFAULT_SECTIONS,
    memberAccountIds: [DEMO_ACCOUNTS.programmeManager, DEMO_ACCOUNTS.leadData, DEMO_ACCOUNTS.leadEma],
    language: 'de',
    publish: true,
  });
}

/** The first meeting after the demo's snapshot day: where the scheduled submission sits. */
export function demoNextMeetingId(): string {
  const next = nextMeetings(demoSeries().cadence, new Date(`${DEMO_SNAPSHOT}T00:00:00Z`), 1)[0];
  if (!next) throw new Error('the demo series has no meeting after the snapshot day');
  return meetingIdOf(next.localDate);
}

/** Written as plain JSON and parsed as the app parses a stored record, so the demo holds only what the app accepts. */
const submission = (fields: Record<string, unknown>): Submission => SubmissionSchema.parse({ seriesId: DEMO_SERIES_ID, status: 'received', ...fields });

export function demoSubmissions(): Submission[] {
  const meetingId = demoNextMeetingId();
  return [
    submission({
      id: 's-demo01', kind: 'concern', submittedBy: DEMO_ACCOUNTS.teamMember, submittedAt: '2026-11-03T09:12:00.000Z',
      title: 'Opt-in confirmation mails land in spam',
      text: 'Since the sender domain changed, about a third of our double opt-in confirmations end up in spam folders. New subscribers never confirm.',
      touchpoints: ['website'], useCases: ['UC-001'], streamId: 'ema', issueKeys: ['EMA-1'],
    }),
    submission({
      id: 's-demo02', kind: 'customer-need', submittedBy: DEMO_ACCOUNTS.sponsor, submittedAt: '2026-11-05T14:40:00.000Z',
      title: 'Customers want to change their booking in the app',
      text: 'The service desk reports weekly calls from customers who booked in the app and cannot change the date there.',
      touchpoints: ['app', 'booking'], streamId: 'loy', status: 'scheduled', meetingId, sectionId: 'customer-needs', rev: 1,
    }),
    submission({
      id: 's-demo03', kind: 'idea', submittedBy: DEMO_ACCOUNTS.leadEma, submittedAt: '2026-11-10T08:05:00.000Z',
      title: 'Birthday campaign with a personal voucher',
      text: 'A birthday mail with a voucher valid for four weeks, personalised with the last booked destination.',
      touchpoints: ['journey-start'],
    }),
    submission({
      id: 's-demo04', kind: 'competitor-example', submittedBy: DEMO_ACCOUNTS.leadCom, submittedAt: '2026-11-12T16:30:00.000Z',
      title: 'A competitor rebooks in one click',
      text: 'Their app offers "move to next week" right on the booking card, without a new payment.',
      touchpoints: ['app'],
    }),
    submission({
      id: 's-demo05', kind: 'suggestion', submittedBy: DEMO_ACCOUNTS.teamMember, submittedAt: '2026-11-14T11:00:00.000Z',
      title: 'Replace the newsletter tool',
      text: 'The current tool is slow to build templates in; another one would save us hours every week.',
      status: 'declined', declineReason: 'The tool was chosen in 2025 for three years; template speed goes to the EMA backlog instead.', rev: 1,
    }),
    submission({
      id: 's-demo06', kind: 'concern', submittedBy: DEMO_ACCOUNTS.leadData, submittedAt: '2026-11-16T10:20:00.000Z',
      title: 'Confirmation mails are filtered as spam',
      text: 'Our deliverability report shows the opt-in confirmations scoring as spam at two large providers.',
      status: 'merged', mergedInto: 's-demo01', rev: 1,
    }),
  ];
}

/** Adds the series and the submissions to the demo's storage, as the app stores them. */
export function addDemoRoundTable(state: KvsState): void {
  state.kv[SERIES_KEY] = { value: demoSeries(), createdAt: 0, updatedAt: 0 };
  const table = (state.entities[SUBMISSION_ENTITY] ??= {});
  for (const item of demoSubmissions()) {
    const at = Date.parse(item.submittedAt);
    table[item.id] = { value: toEntity(item), createdAt: at, updatedAt: at };
  }
}
