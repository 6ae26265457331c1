/**
 * Submissions to the round table through the local host: what anyone may submit, what is refused (naming the field,
 * storing nothing), 50 people submitting at once, and who may read which submission.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import { MAX_SUBMISSION_TEXT, MAX_SUBMISSION_TITLE } from '../../../src/domain/round-table/submission';
import { call, dataOf, openRoundTableSite, storedSubmission, storedSubmissionIds, validInput } from './submissions-support';

const { teamMember, sponsor, programmeManager, leadData, leadEma } = DEMO_ACCOUNTS;

let site: LocalSite;
beforeEach(async () => {
  site = await openRoundTableSite();
});
afterEach(async () => {
  await site.close();
});

describe('submitting', () => {
  it('a sponsor submits a customer need from Confluence: stored as received, and listed as theirs', async () => {
    const input = { kind: 'customer-need', title: 'Rebook in the app', text: 'Customers ask to move their booking.', touchpoints: ['app'], useCases: ['UC-003'], streamId: 'loy', issueKeys: ['LOY-1', 'MI-2'] };
    const { submission } = dataOf(await call(site, sponsor, 'submission/create', { input }, 'confluence'));
    expect(submission).toMatchObject({ ...input, status: 'received', submittedBy: sponsor, meetingId: null, rev: 0, meetingDate: null });
    expect(submission.id).toMatch(/^s-[a-z0-9]+$/);
    expect(storedSubmission(site, submission.id)).toMatchObject({ title: 'Rebook in the app', status: 'received', submittedBy: sponsor });
    const mine = dataOf(await call(site, sponsor, 'submission/mine', {}, 'confluence')).submissions;
    expect(mine.map((s) => s.id)).toEqual([submission.id, 's-demo02']);
  });

  it.each([
    ['a missing title', { kind: 'concern', text: 'Text' }, 'input.title'],
    ['an empty title', { ...validInput(' '), title: '   ' }, 'input.title'],
    ['an oversized title', validInput('x'.repeat(MAX_SUBMISSION_TITLE + 1)), 'input.title'],
    ['an oversized text', { ...validInput(), text: 'y'.repeat(MAX_SUBMISSION_TEXT + 1) }, 'input.text'],
    ['a missing kind', { title: 'T', text: 'Text' }, 'input.kind'],
    ['an unknown kind', { ...validInput(), kind: 'complaint' }, 'input.kind'],
    ['too many touchpoints', { ...validInput(), touchpoints: Array.from({ length: 21 }, () => 'website') }, 'input.touchpoints'],
  ])('%s is INVALID_PAYLOAD naming the field, and nothing is stored', async (_case, input, field) => {
    const before = storedSubmissionIds(site);
    const answer = await call(site, teamMember, 'submission/create', { input });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field } });
    expect(storedSubmissionIds(site)).toEqual(before);
  });

  it('unknown touchpoints, use cases and streams are refused with their codes, naming the entry, and nothing is stored', async () => {
    const before = storedSubmissionIds(site);
    expect(await call(site, teamMember, 'submission/create', { input: { ...validInput(), touchpoints: ['website', 'fax-machine'] } })).toEqual({
      ok: false, error: { code: 'TERM_UNKNOWN', field: 'input.touchpoints.1', params: { dimension: 'touchpoint', termId: 'fax-machine' } },
    });
    expect(await call(site, teamMember, 'submission/create', { input: { ...validInput(), useCases: ['UC-999'] } })).toEqual({
      ok: false, error: { code: 'USE_CASE_UNKNOWN', field: 'input.useCases.0', params: { useCaseId: 'UC-999' } },
    });
    expect(await call(site, teamMember, 'submission/create', { input: { ...validInput(), streamId: 'constructor' } })).toMatchObject({
      ok: false, error: { code: 'INVALID_PAYLOAD', field: 'input.streamId' },
    });
    expect(storedSubmissionIds(site)).toEqual(before);
  });

  it('50 people submitting at the same moment are all stored, each once, each listed as theirs', async () => {
    const before = storedSubmissionIds(site).length;
    const people = [teamMember, sponsor, leadData, leadEma, programmeManager];
    const answers = await Promise.all(Array.from({ length: 50 }, (_, index) =>
      call(site, people[index % people.length] as string, 'submission/create', { input: validInput(`Concern number ${index + 1}`) }, index % 2 === 0 ? 'jira' : 'confluence')));
    const ids = answers.map((answer) => dataOf(answer).submission.id);
    expect(new Set(ids).size).toBe(50);
    expect(storedSubmissionIds(site)).toHaveLength(before + 50);
    const titles = ids.map((id) => storedSubmission(site, id)?.title).sort();
    expect(titles).toEqual(Array.from({ length: 50 }, (_, index) => `Concern number ${index + 1}`).sort());
    const lenasOwn = dataOf(await call(site, teamMember, 'submission/mine', {})).submissions.filter((s) => s.title.startsWith('Concern number'));
    expect(lenasOwn).toHaveLength(10);
  });
});

describe('who reads which submission', () => {
  it('a submitter sees their own, declined ones with the reason, and nobody else\'s', async () => {
    const mine = dataOf(await call(site, teamMember, 'submission/mine', {})).submissions;
    expect(mine.map((s) => [s.id, s.status])).toEqual([['s-demo05', 'declined'], ['s-demo01', 'received']]);
    expect(mine[0]?.declineReason).toMatch(/chosen in 2025/);
    const tobias = dataOf(await call(site, leadEma, 'submission/mine', {})).submissions;
    expect(tobias.map((s) => s.id)).toEqual(['s-demo03']);
  });

  it('only programme managers list submissions: another submitter cannot read someone\'s declined one', async () => {
    expect(await call(site, leadEma, 'submission/list', { status: 'declined' })).toMatchObject({ ok: false, error: { code: 'PROGRAMME_MANAGER_REQUIRED' } });
    expect(await call(site, sponsor, 'submission/list', {})).toMatchObject({ ok: false, error: { code: 'PROGRAMME_MANAGER_REQUIRED' } });
    const declined = dataOf(await call(site, programmeManager, 'submission/list', { status: 'declined' })).submissions;
    expect(declined.map((s) => [s.id, s.submittedBy, s.declineReason !== null])).toEqual([['s-demo05', teamMember, true]]);
  });

  it('a merged submission names the one it went into, unless that one was declined and is not the reader\'s', async () => {
    const before = dataOf(await call(site, leadData, 'submission/mine', {})).submissions;
    expect(before).toMatchObject([{ id: 's-demo06', status: 'merged', mergedInto: 's-demo01', mergedIntoTitle: 'Opt-in confirmation mails land in spam' }]);
    dataOf(await call(site, programmeManager, 'submission/triage', { id: 's-demo01', baseRev: 0, action: { kind: 'decline', reason: 'Handled by the EMA team directly.' } }));
    const after = dataOf(await call(site, leadData, 'submission/mine', {})).submissions;
    expect(after).toMatchObject([{ id: 's-demo06', mergedInto: 's-demo01', mergedIntoTitle: null }]);
    const lena = dataOf(await call(site, teamMember, 'submission/mine', {})).submissions;
    expect(lena.find((s) => s.id === 's-demo01')).toMatchObject({ status: 'declined', declineReason: 'Handled by the EMA team directly.' });
    const managers = dataOf(await call(site, programmeManager, 'submission/list', { status: 'merged' })).submissions;
    expect(managers).toMatchObject([{ id: 's-demo06', mergedIntoTitle: 'Opt-in confirmation mails land in spam' }]);
  });
});
