/**
 * What the round table tells people who may not see everything: agenda items about a project the reader cannot browse
 * are hidden (no key, summary, date or id naming it), a declined submission stays between its submitter and the
 * programme managers, and a follow-up in a hidden project is not named by its key.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import type { AgendaItemView, MeetingView } from '../../../src/contract/round-table';
import { assembled, call, dataOf, openMeetingSite } from './meetings-support';
import { storedSubmission } from './submissions-support';

jest.setTimeout(90_000);

const { programmeManager, teamMember, sponsor, leadEma } = DEMO_ACCOUNTS;
const TASK = '10002';
const DEMO02 = { title: 'Customers want to change their booking in the app', text: 'cannot change the date there' };
let site: LocalSite;
beforeEach(async () => {
  site = await openMeetingSite();
});
afterEach(() => site.close());

const items = (view: MeetingView): AgendaItemView[] => view.agenda?.sections.flatMap((section) => section.items) ?? [];
const namesMi = (item: AgendaItemView) => item.issueKeys.some((key) => key.startsWith('MI-')) || /MI-\d/.test(item.id + item.title + item.detail);
const meetingAs = async (accountId: string, meetingId: string) => dataOf(await call(site, accountId, 'meeting/get', { meetingId }));

it('hides the agenda items about MI from Lena — keeping their place — while Katrin sees them and Lena’s EMA items are unchanged', async () => {
  const { meetingId } = await assembled(site);
  const katrin = await meetingAs(programmeManager, meetingId);
  const lena = await meetingAs(teamMember, meetingId);
  const miPlaces = items(katrin).flatMap((item, place) => (namesMi(item) ? [place] : []));
  expect(miPlaces.length).toBeGreaterThan(0);
  expect(items(katrin).every((item) => item.hidden === false)).toBe(true);

  expect(JSON.stringify(lena)).not.toContain('MI-');
  expect(items(lena)).toHaveLength(items(katrin).length);
  items(lena).forEach((item, place) => {
    const asKatrin = items(katrin)[place];
    if (miPlaces.includes(place)) {
      expect(item).toMatchObject({ hidden: true, title: '', detail: '', issueKeys: [], source: asKatrin?.source, topic: asKatrin?.topic });
      expect(item.id).not.toBe(asKatrin?.id);
    } else {
      expect(item).toEqual(asKatrin);
    }
  });
  expect(items(lena).some((item) => item.issueKeys.some((key) => key.startsWith('EMA-')))).toBe(true);
});

it('lets a programme manager who cannot browse MI reorder the agenda by the ids she was shown, without touching the hidden items', async () => {
  const { meetingId } = await assembled(site);
  const settings = site.kvsState.kv['programme-settings']?.value as { programmeManagerAccountIds: string[] };
  settings.programmeManagerAccountIds.push(teamMember);
  const before = await meetingAs(programmeManager, meetingId);
  const shown = await meetingAs(teamMember, meetingId);
  const section = shown.agenda?.sections.find((candidate) => candidate.items.some((item) => item.hidden) && candidate.items.length > 1);
  expect(section).toBeDefined();
  const reordered = { ...shown.agenda, sections: shown.agenda?.sections.map((s) => (s === section ? { ...s, items: [...s.items].reverse() } : s)) };
  const saved = dataOf(await call(site, teamMember, 'meeting/agenda-save', { meetingId, expectedRev: shown.rev, agenda: reordered }));
  expect(JSON.stringify(saved)).not.toContain('MI-');

  const after = await meetingAs(programmeManager, meetingId);
  const katrinSection = (view: MeetingView) => view.agenda?.sections.find((s) => s.sectionId === section?.sectionId)?.items ?? [];
  expect(katrinSection(after)).toEqual([...katrinSection(before)].reverse());
  expect(after.agenda?.dropped).toEqual(before.agenda?.dropped);
});

it('keeps a declined submission answered by a decision from other readers, and shows it to its submitter and Katrin', async () => {
  const { meetingId } = await assembled(site);
  const decision = dataOf(await call(site, programmeManager, 'decision/record', {
    meetingId, agendaItemId: 'submission:s-demo02', text: 'Not this year.', ownerAccountId: null, dueDate: null, submissionIds: ['s-demo02'],
  })).decision;
  const rev = storedSubmission(site, 's-demo02')?.rev as number;
  dataOf(await call(site, programmeManager, 'submission/triage', { id: 's-demo02', baseRev: rev, action: { kind: 'decline', reason: 'Out of scope.' } }));

  for (const reader of [leadEma, teamMember]) {
    const log = JSON.stringify(dataOf(await call(site, reader, 'decision/log', {})));
    const meeting = JSON.stringify(await meetingAs(reader, meetingId));
    expect(log).toContain(decision.id);
    for (const seen of [log, meeting]) {
      expect(seen).not.toContain(DEMO02.title);
      expect(seen).not.toContain(DEMO02.text);
    }
  }
  for (const reader of [sponsor, programmeManager]) {
    expect(dataOf(await call(site, reader, 'decision/log', {})).decisions[0]?.submissions).toEqual([{ id: 's-demo02', title: DEMO02.title }]);
    expect(JSON.stringify(await meetingAs(reader, meetingId))).toContain(DEMO02.title);
  }
});

it('does not name a follow-up in MI to Lena, in the decision log or her submissions’ status lines', async () => {
  const { meetingId } = await assembled(site);
  const decision = dataOf(await call(site, programmeManager, 'decision/record', {
    meetingId, agendaItemId: 'submission:s-demo02', text: 'Booking changes move into the app.', ownerAccountId: null, dueDate: null, submissionIds: ['s-demo02'],
  })).decision;
  const created = dataOf(await call(site, programmeManager, 'decision/follow-up', { decisionId: decision.id, projectKey: 'MI', issueTypeId: TASK })).decision;
  expect(created.followUpKey).toMatch(/^MI-\d+$/);

  const lenaLog = dataOf(await call(site, teamMember, 'decision/log', {}));
  expect(JSON.stringify(lenaLog)).not.toContain('MI-');
  expect(lenaLog.decisions[0]).toMatchObject({ id: decision.id, followUpKey: null, followUpHidden: true });
  expect(JSON.stringify(await meetingAs(teamMember, meetingId))).not.toContain('MI-');
  expect(dataOf(await call(site, programmeManager, 'decision/log', {})).decisions[0]).toMatchObject({ followUpKey: created.followUpKey, followUpHidden: false });
});
