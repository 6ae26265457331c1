/**
 * Publishing a meeting through the local host, with the real render of the round-table pages: publishing the agenda
 * and then the minutes creates their pages under the configured parent; publishing both again writes nothing.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import { confluenceWrites } from '../publishing/support';
import { assembled, call, dataOf, openMeetingSite } from './meetings-support';

jest.setTimeout(120_000);

const { programmeManager, leadData } = DEMO_ACCOUNTS;
let site: LocalSite;
beforeEach(async () => {
  site = await openMeetingSite();
});
afterEach(() => site.close());

const pageTitles = () => site.site.confluence.pages.filter((page) => page.status === 'current').map((page) => page.title);

async function publish(meetingId: string, what: 'agenda' | 'minutes') {
  const answer = dataOf(await call(site, programmeManager, 'meeting/publish', { meetingId, what }));
  await site.host.drainQueues();
  return answer;
}

it('publishes the agenda, then the minutes with the decision, as pages of the publication; publishing both again writes nothing', async () => {
  const meeting = await assembled(site);
  dataOf(await call(site, programmeManager, 'decision/record', {
    meetingId: meeting.meetingId, agendaItemId: 'submission:s-demo02', text: 'Umbuchung in der App ab Q1 2027.', ownerAccountId: leadData, dueDate: '2027-02-26', submissionIds: ['s-demo02'],
  }));
  dataOf(await call(site, programmeManager, 'meeting/note-save', { meetingId: meeting.meetingId, itemId: 'submission:s-demo02', expectedRev: meeting.rev, note: 'Der Service-Desk bestätigt den Bedarf.' }));

  expect((await publish(meeting.meetingId, 'agenda')).queued).toBe(true);
  const day = meeting.localDate.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');
  expect(pageTitles()).toContain(`360 Round Table ${day} – Tagesordnung`);
  expect(pageTitles().some((title) => title.includes('Protokoll'))).toBe(false);

  expect((await publish(meeting.meetingId, 'minutes')).queued).toBe(true);
  const minutes = site.site.confluence.pages.find((page) => page.status === 'current' && page.title.startsWith(`360 Round Table ${day}`) && !page.title.endsWith('Tagesordnung'));
  expect(minutes?.body).toContain('Der Service-Desk bestätigt den Bedarf.');
  expect(minutes?.body).toContain('Umbuchung in der App ab Q1 2027.');
  expect(dataOf(await call(site, programmeManager, 'meeting/get', { meetingId: meeting.meetingId }))).toMatchObject({ agendaState: 'published', minutesState: 'published' });

  site.instruments.reset();
  await publish(meeting.meetingId, 'agenda');
  await publish(meeting.meetingId, 'minutes');
  expect(confluenceWrites(site)).toEqual({ POST: 0, PUT: 0, DELETE: 0 });
});

it('refuses to publish a meeting whose agenda was never assembled, and queues nothing', async () => {
  // The last Thursday of December 2026: a meeting of the series, with no agenda yet.
  const answer = await call(site, programmeManager, 'meeting/publish', { meetingId: 'm-20261231', what: 'agenda' });
  expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'meetingId' } });
  expect(dataOf(await call(site, programmeManager, 'publishing/status', {})).lastReport).toBeNull();
});
