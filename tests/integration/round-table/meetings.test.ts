/**
 * Meetings through the local host: only dates of the series' cadence are meetings; the demo programme's agenda puts
 * its open cross-stream conflicts in business decisions and the scheduled submission in customer needs; a rebuild
 * keeps the manager's manual items, order and drops; notes are the minutes; non-managers write nothing.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import { assembled, call, dataOf, itemIds, meetingKeys, nextMeeting, openMeetingSite } from './meetings-support';

jest.setTimeout(90_000);

const { programmeManager, teamMember, sponsor } = DEMO_ACCOUNTS;
let site: LocalSite;
beforeEach(async () => {
  site = await openMeetingSite();
});
afterEach(() => site.close());

it('refuses a date that is no meeting of the series (a Tuesday, a wrong Thursday) with MEETING_UNKNOWN and stores nothing', async () => {
  for (const meetingId of ['m-20261201', 'm-20261217']) {
    expect(await call(site, programmeManager, 'meeting/assemble', { meetingId })).toEqual({ ok: false, error: { code: 'MEETING_UNKNOWN', params: { meetingId } } });
    expect(await call(site, programmeManager, 'meeting/get', { meetingId })).toEqual({ ok: false, error: { code: 'MEETING_UNKNOWN', params: { meetingId } } });
  }
  expect(meetingKeys(site)).toEqual([]);
});

it('assembles the demo programme: every open conflict between streams under business decisions, the scheduled submission under customer needs', async () => {
  const programme = dataOf(await call(site, programmeManager, 'programme/load', {}));
  // The programme manager browses every project, so no end is hidden from them.
  const keyOf = (end: (typeof programme.dependencies)[number]['blocker']) => (end.hidden ? '?' : end.key);
  const conflicts = programme.dependencies.filter((d) => d.status === 'conflict' && d.crossStream).map((d) => `conflict:${keyOf(d.blocker)}>${keyOf(d.blocked)}`);
  expect(conflicts.length).toBeGreaterThan(0);

  const view = await assembled(site);
  expect(view).toMatchObject({ meetingId: nextMeeting(), agendaState: 'draft', minutesState: 'none', rev: 1, canManage: true });
  expect(itemIds(view, 'business-decisions')).toEqual(expect.arrayContaining(conflicts));
  expect(itemIds(view, 'customer-needs')).toContain('submission:s-demo02');
  expect(Object.keys(view.submissions)).toEqual(['s-demo02']);
  // Nothing twice across the whole agenda.
  const all = view.agenda?.sections.flatMap((section) => section.items.map((item) => item.id)) ?? [];
  expect(new Set(all).size).toBe(all.length);
  // The overview's index names the meeting.
  expect(site.kvsState.kv['round-table:meetings']?.value).toMatchObject({ meetings: [{ meetingId: nextMeeting(), agenda: 'draft', minutes: 'none', decisions: 0 }] });
});

it('keeps a manual item, the chosen order and a dropped conflict when the agenda is assembled again, and keeps the minutes’ note', async () => {
  const first = await assembled(site);
  const business = first.agenda?.sections.find((section) => section.sectionId === 'business-decisions');
  const [dropped, ...rest] = business?.items ?? [];
  if (!dropped || !first.agenda) throw new Error('the demo agenda has no business decisions');
  const manual = { id: 'manual-budget', source: 'manual', title: 'Budget 2027 — <first look> & “quotes”', detail: '', issueKeys: [] };
  const sections = first.agenda.sections.map((section) => (section.sectionId === 'business-decisions' ? { ...section, items: [manual, ...[...rest].reverse()] } : section));
  const saved = dataOf(await call(site, programmeManager, 'meeting/agenda-save', { meetingId: first.meetingId, expectedRev: first.rev, agenda: { sections, dropped: [] } }));
  expect(saved.rev).toBe(2);
  const noted = dataOf(await call(site, programmeManager, 'meeting/note-save', { meetingId: first.meetingId, itemId: 'manual-budget', expectedRev: 2, note: 'Finance joins in January.' }));

  const again = await assembled(site);
  const ids = itemIds(again, 'business-decisions');
  expect(ids.slice(0, rest.length + 1)).toEqual(['manual-budget', ...[...rest].reverse().map((item) => item.id)]);
  expect(ids).not.toContain(dropped.id);
  expect(again.agenda?.sections.flatMap((s) => s.items).find((item) => item.id === 'manual-budget')).toMatchObject({ title: manual.title, note: 'Finance joins in January.' });
  expect(again.rev).toBe(noted.rev + 1);
});

it('refuses a save from a stale rev with MEETING_CHANGED, and an invented live item or an unknown section as invalid', async () => {
  const view = await assembled(site);
  const agenda = view.agenda ?? { sections: [], dropped: [] };
  expect(await call(site, programmeManager, 'meeting/agenda-save', { meetingId: view.meetingId, expectedRev: 0, agenda })).toEqual({
    ok: false, error: { code: 'MEETING_CHANGED', params: { meetingId: view.meetingId, currentRev: 1 } },
  });
  const invented = { sections: [{ sectionId: 'results', items: [{ id: 'conflict:X-1>Y-2', source: 'live', title: 'Made up' }] }] };
  expect(await call(site, programmeManager, 'meeting/agenda-save', { meetingId: view.meetingId, expectedRev: 1, agenda: invented })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'agenda.sections.0.items.0.source' } });
  const unknown = { sections: [{ sectionId: 'gossip', items: [] }] };
  expect(await call(site, programmeManager, 'meeting/agenda-save', { meetingId: view.meetingId, expectedRev: 1, agenda: unknown })).toMatchObject({ ok: false, error: { code: 'SECTION_UNKNOWN', params: { sectionId: 'gossip' } } });
  expect(dataOf(await call(site, teamMember, 'meeting/get', { meetingId: view.meetingId }))).toMatchObject({ rev: 1, canManage: false });
});

it.each([
  ['a team member', teamMember],
  ['a sponsor', sponsor],
])('refuses every meeting and decision write of %s with PROGRAMME_MANAGER_REQUIRED and stores nothing', async (_who, accountId) => {
  const view = await assembled(site);
  const before = JSON.stringify(meetingKeys(site).map((key) => site.kvsState.kv[key]?.value));
  const writes = [
    call(site, accountId, 'meeting/assemble', { meetingId: view.meetingId }),
    call(site, accountId, 'meeting/agenda-save', { meetingId: view.meetingId, expectedRev: 1, agenda: view.agenda }),
    call(site, accountId, 'meeting/note-save', { meetingId: view.meetingId, itemId: 'submission:s-demo02', expectedRev: 1, note: 'mine' }),
    call(site, accountId, 'meeting/publish', { meetingId: view.meetingId, what: 'agenda' }),
    call(site, accountId, 'decision/record', { meetingId: view.meetingId, agendaItemId: 'submission:s-demo02', text: 'Mine', ownerAccountId: null, dueDate: null }),
    call(site, accountId, 'decision/follow-up', { decisionId: 'd-20261126abcdef', projectKey: 'EMA', issueTypeId: '10001' }),
  ];
  for (const answer of await Promise.all(writes)) expect(answer).toMatchObject({ ok: false, error: { code: 'PROGRAMME_MANAGER_REQUIRED' } });
  expect(JSON.stringify(meetingKeys(site).map((key) => site.kvsState.kv[key]?.value))).toBe(before);
});
