/**
 * Decisions through the local host: recorded on an agenda item, they answer submissions (which become discussed with
 * the decision's id); a follow-up issue is created in Jira as the programme manager (they are its reporter) or
 * refused with Jira's reason and nothing stored; the decision log shows it open, then done once the issue is resolved
 * in Jira, and hides a follow-up the reader cannot browse.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import { assembled, call, dataOf, issueAs, openMeetingSite, resolveIssue } from './meetings-support';
import { storedSubmission } from './submissions-support';

jest.setTimeout(90_000);

const { programmeManager, teamMember, sponsor, leadData, leadEma } = DEMO_ACCOUNTS;
const TASK = '10002';
let site: LocalSite;
beforeEach(async () => {
  site = await openMeetingSite();
});
afterEach(() => site.close());

async function decided(text = 'Move the booking change to the app in Q1 2027.') {
  const meeting = await assembled(site);
  const answer = await call(site, programmeManager, 'decision/record', {
    meetingId: meeting.meetingId, agendaItemId: 'submission:s-demo02', text, ownerAccountId: leadData, dueDate: '2027-02-26', submissionIds: ['s-demo02'],
  });
  return dataOf(answer).decision;
}

it('records a decision on an agenda item; the submission it answers becomes discussed and names the decision', async () => {
  const decision = await decided();
  expect(decision).toMatchObject({ state: 'open', followUpKey: null, followUp: null, followUpHidden: false, submissions: [{ id: 's-demo02', title: 'Customers want to change their booking in the app' }] });
  expect(storedSubmission(site, 's-demo02')).toMatchObject({ status: 'discussed', decisionIds: [decision.id] });
  const meeting = dataOf(await call(site, teamMember, 'meeting/get', { meetingId: decision.meetingId }));
  expect(meeting.decisions.map((d) => d.id)).toEqual([decision.id]);
  expect(meeting.submissions['s-demo02']?.decisions).toEqual([{ id: decision.id, text: decision.text, state: 'open', followUpKey: null }]);
});

it('refuses a decision on an item not on the agenda, superseding an unknown decision, or answering an unknown submission', async () => {
  const meeting = await assembled(site);
  const base = { meetingId: meeting.meetingId, agendaItemId: 'submission:s-demo02', text: 'X', ownerAccountId: null, dueDate: null };
  expect(await call(site, programmeManager, 'decision/record', { ...base, agendaItemId: 'nothing' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'agendaItemId' } });
  expect(await call(site, programmeManager, 'decision/record', { ...base, supersedes: 'd-20260101aaaaaa' })).toMatchObject({ ok: false, error: { code: 'DECISION_UNKNOWN', field: 'supersedes' } });
  expect(await call(site, programmeManager, 'decision/record', { ...base, submissionIds: ['s-nothere'] })).toMatchObject({ ok: false, error: { code: 'SUBMISSION_UNKNOWN', params: { submissionId: 's-nothere' } } });
  expect(dataOf(await call(site, teamMember, 'decision/log', {})).decisions).toEqual([]);
});

it('creates the follow-up issue as the programme manager — reporter, summary, a description quoting the decision — and the log shows it open, then done after it is resolved in Jira', async () => {
  const text = `Booking changes move into the app. ${'Details follow. '.repeat(30)}`;
  const decision = await decided(text);
  const withFollowUp = dataOf(await call(site, programmeManager, 'decision/follow-up', { decisionId: decision.id, projectKey: 'LOY', issueTypeId: TASK })).decision;
  const key = withFollowUp.followUpKey;
  expect(key).toMatch(/^LOY-\d+$/);
  expect(withFollowUp).toMatchObject({ state: 'open', followUp: { key, statusCategory: 'new' }, followUpHidden: false });

  const issue = await issueAs(site, programmeManager, key ?? '');
  expect(issue?.fields.reporter.accountId).toBe(programmeManager);
  expect(issue?.fields.summary).toHaveLength(255);
  expect(issue?.fields.summary.startsWith('Booking changes move into the app.')).toBe(true);
  expect(JSON.stringify(issue?.fields.description)).toContain('Booking changes move into the app.');
  expect(JSON.stringify(issue?.fields.description)).toContain('/jira/apps/');

  // A second click creates nothing more.
  const again = dataOf(await call(site, programmeManager, 'decision/follow-up', { decisionId: decision.id, projectKey: 'LOY', issueTypeId: TASK })).decision;
  expect(again.followUpKey).toBe(key);
  expect(site.site.issues.filter((candidate) => candidate.summary === issue?.fields.summary)).toHaveLength(1);

  expect(dataOf(await call(site, sponsor, 'decision/log', {}))).toMatchObject({ decisions: [{ id: decision.id, state: 'open' }], counts: { open: 1, done: 0, overdue: 0, superseded: 0 } });
  await resolveIssue(site, programmeManager, key ?? '');
  expect(dataOf(await call(site, sponsor, 'decision/log', {}))).toMatchObject({
    decisions: [{ id: decision.id, state: 'done', followUp: { key, statusCategory: 'done' }, submissions: [{ id: 's-demo02' }] }],
    counts: { open: 0, done: 1 },
  });
});

it('refuses the follow-up with Jira’s reason when the user may not create there, and stores nothing', async () => {
  const decision = await decided();
  // Lena runs the meeting this time: a programme manager by name, but she cannot see MI and edits only EMA.
  const settings = site.kvsState.kv['programme-settings']?.value as { programmeManagerAccountIds: string[] };
  settings.programmeManagerAccountIds.push(teamMember);
  const issuesBefore = site.site.issues.length;
  const invisible = await call(site, teamMember, 'decision/follow-up', { decisionId: decision.id, projectKey: 'MI', issueTypeId: TASK });
  expect(invisible).toMatchObject({ ok: false, error: { code: 'FOLLOW_UP_REFUSED', params: { projectKey: 'MI', message: expect.stringContaining('project') } } });
  const readOnly = await call(site, teamMember, 'decision/follow-up', { decisionId: decision.id, projectKey: 'DATA', issueTypeId: TASK });
  expect(readOnly).toMatchObject({ ok: false, error: { code: 'FOLLOW_UP_REFUSED', params: { projectKey: 'DATA', message: 'You do not have permission to create issues in this project.' } } });
  expect(site.site.issues).toHaveLength(issuesBefore);
  expect(dataOf(await call(site, programmeManager, 'decision/log', {})).decisions[0]).toMatchObject({ id: decision.id, followUpKey: null });
  // The refusal held nothing back: she may create where she may.
  const created = dataOf(await call(site, teamMember, 'decision/follow-up', { decisionId: decision.id, projectKey: 'EMA', issueTypeId: TASK })).decision;
  expect(created.followUpKey).toMatch(/^EMA-\d+$/);
  expect((await issueAs(site, leadEma, created.followUpKey ?? ''))?.fields.reporter.accountId).toBe(teamMember);
});

it('shows a follow-up the reader cannot browse as hidden, never its summary', async () => {
  const decision = await decided();
  dataOf(await call(site, programmeManager, 'decision/follow-up', { decisionId: decision.id, projectKey: 'MI', issueTypeId: TASK }));
  const log = dataOf(await call(site, teamMember, 'decision/log', {}));
  expect(log.decisions[0]).toMatchObject({ id: decision.id, followUp: null, followUpKey: null, followUpHidden: true, state: 'open' });
});
