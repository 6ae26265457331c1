/**
 * A change of cadence keeps the meetings already held: one assembled under the old cadence is still opened, minuted
 * and decided on; only a new meeting must fall on the cadence now in force.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import { demoSeries } from '../../../local/demo/round-table';
import type { LocalSite } from '../../../local/site/create-local-site';
import { assembled, call, dataOf, openMeetingSite } from './meetings-support';

jest.setTimeout(90_000);

const { programmeManager, teamMember, leadData } = DEMO_ACCOUNTS;
const HELD = 'm-20261126';
let site: LocalSite;
beforeEach(async () => {
  site = await openMeetingSite();
});
afterEach(() => site.close());

async function switchToFirstMonday(): Promise<void> {
  const { version: _version, ...body } = demoSeries();
  const cadence = { ...body.cadence, kind: 'nth-weekday', week: 1, weekday: 1 };
  dataOf(await call(site, programmeManager, 'round-table/series-save', { expectedVersion: 1, series: { ...body, cadence } }));
}

it('opens, minutes and decides on a meeting assembled before the cadence changed; a new day off the cadence stays unknown', async () => {
  const before = await assembled(site, HELD);
  const item = before.agenda?.sections.flatMap((section) => section.items).find((candidate) => candidate.id === 'submission:s-demo02');
  if (!item) throw new Error('the demo meeting has no scheduled submission');
  await switchToFirstMonday();
  // The last Thursday of November is no first Monday, yet the meeting held then is still there for everyone.
  const read = dataOf(await call(site, teamMember, 'meeting/get', { meetingId: HELD }));
  expect(read).toMatchObject({ meetingId: HELD, localDate: '2026-11-26', rev: before.rev, agendaState: 'draft' });
  expect(read.agenda?.sections.flatMap((section) => section.items.map((candidate) => candidate.id))).toContain(item.id);

  const noted = dataOf(await call(site, programmeManager, 'meeting/note-save', { meetingId: HELD, itemId: item.id, expectedRev: before.rev, note: 'Agreed after the call.' }));
  expect(noted).toMatchObject({ meetingId: HELD, rev: before.rev + 1 });
  const { decision } = dataOf(await call(site, programmeManager, 'decision/record', {
    meetingId: HELD, agendaItemId: item.id, text: 'Keep the booking change in Q1.', ownerAccountId: leadData, dueDate: '2027-02-26', submissionIds: ['s-demo02'],
  }));
  expect(decision).toMatchObject({ meetingId: HELD, text: 'Keep the booking change in Q1.' });
  expect(site.kvsState.kv['round-table:meetings']?.value).toMatchObject({ meetings: [{ meetingId: HELD, decisions: 1 }] });

  // A new meeting must be a first Monday now: the old cadence's next date and any Tuesday are no meetings.
  for (const meetingId of ['m-20261231', 'm-20261201']) {
    expect(await call(site, programmeManager, 'meeting/assemble', { meetingId })).toEqual({ ok: false, error: { code: 'MEETING_UNKNOWN', params: { meetingId } } });
    expect(await call(site, teamMember, 'meeting/get', { meetingId })).toEqual({ ok: false, error: { code: 'MEETING_UNKNOWN', params: { meetingId } } });
  }
  expect(dataOf(await call(site, programmeManager, 'meeting/get', { meetingId: 'm-20261207' }))).toMatchObject({ meetingId: 'm-20261207', agenda: null });
});
