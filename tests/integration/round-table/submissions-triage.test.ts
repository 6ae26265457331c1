/**
 * Programme managers run the round table: the series, the triage list and triage itself, each checked on the
 * server — and two managers triaging the same submission at once do not overwrite each other.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import { demoNextMeetingId, demoSeries } from '../../../local/demo/round-table';
import type { LocalSite } from '../../../local/site/create-local-site';
import { call, dataOf, openRoundTableSite, storedSubmission, validInput } from './submissions-support';

const { teamMember, sponsor, programmeManager, leadData, admin } = DEMO_ACCOUNTS;

let site: LocalSite;
beforeEach(async () => {
  site = await openRoundTableSite();
});
afterEach(async () => {
  await site.close();
});

const triage = (accountId: string, id: string, baseRev: number, action: unknown) => call(site, accountId, 'submission/triage', { id, baseRev, action });

describe('triage', () => {
  it('schedules to a meeting date and section: the submitter sees the date and the section in the series\' words', async () => {
    const meetingId = demoNextMeetingId();
    const { submission } = dataOf(await triage(programmeManager, 's-demo01', 0, { kind: 'schedule', meetingId, sectionId: 'business-decisions' }));
    expect(submission).toMatchObject({ status: 'scheduled', meetingId, sectionId: 'business-decisions', rev: 1 });
    const lena = dataOf(await call(site, teamMember, 'submission/mine', {})).submissions.find((s) => s.id === 's-demo01');
    expect(lena).toMatchObject({ status: 'scheduled', meetingDate: '2026-11-26', sectionLabel: demoSeries().sections.find((s) => s.id === 'business-decisions')?.labels.de });
    const listed = dataOf(await call(site, programmeManager, 'submission/list', { meetingId })).submissions.map((s) => s.id);
    expect(listed).toEqual(['s-demo02', 's-demo01']);
    expect(dataOf(await call(site, programmeManager, 'submission/list', { meetingId, status: 'received' })).submissions).toEqual([]);
  });

  it('refuses a day that is no meeting of the cadence, and an unknown or retired section', async () => {
    expect(await triage(programmeManager, 's-demo03', 0, { kind: 'schedule', meetingId: 'm-20261125', sectionId: 'ideas' })).toMatchObject({ ok: false, error: { code: 'MEETING_UNKNOWN', field: 'action.meetingId' } });
    expect(await triage(programmeManager, 's-demo03', 0, { kind: 'schedule', meetingId: demoNextMeetingId(), sectionId: 'gossip' })).toMatchObject({ ok: false, error: { code: 'SECTION_UNKNOWN', params: { sectionId: 'gossip' } } });
    const series = demoSeries();
    const { version: _version, ...body } = { ...series, sections: series.sections.map((s) => (s.id === 'ideas' ? { ...s, retired: true } : s)) };
    dataOf(await call(site, programmeManager, 'round-table/series-save', { expectedVersion: 1, series: body }));
    expect(await triage(programmeManager, 's-demo03', 0, { kind: 'schedule', meetingId: demoNextMeetingId(), sectionId: 'ideas' })).toMatchObject({ ok: false, error: { code: 'SECTION_UNKNOWN' } });
    expect(storedSubmission(site, 's-demo03')).toMatchObject({ status: 'received', rev: 0 });
  });

  it('merges a duplicate, but not into itself, not into a merged one, and not one others were merged into', async () => {
    expect(await triage(programmeManager, 's-demo03', 0, { kind: 'merge', into: 's-demo03' })).toMatchObject({ ok: false, error: { code: 'MERGE_INVALID' } });
    expect(await triage(programmeManager, 's-demo03', 0, { kind: 'merge', into: 's-demo06' })).toMatchObject({ ok: false, error: { code: 'MERGE_INVALID', params: { submissionId: 's-demo06' } } });
    expect(await triage(programmeManager, 's-demo01', 0, { kind: 'merge', into: 's-demo03' })).toMatchObject({ ok: false, error: { code: 'MERGE_INVALID', params: { submissionId: 's-demo06' } } });
    expect(await triage(programmeManager, 's-demo03', 0, { kind: 'merge', into: 's-nothere' })).toMatchObject({ ok: false, error: { code: 'SUBMISSION_UNKNOWN' } });
    const { submission } = dataOf(await triage(programmeManager, 's-demo04', 0, { kind: 'merge', into: 's-demo03' }));
    expect(submission).toMatchObject({ status: 'merged', mergedInto: 's-demo03', mergedIntoTitle: 'Birthday campaign with a personal voucher' });
  });

  it('declines with a reason and reopens', async () => {
    dataOf(await triage(programmeManager, 's-demo04', 0, { kind: 'decline', reason: 'Not for this programme.' }));
    const reopened = dataOf(await triage(programmeManager, 's-demo04', 1, { kind: 'reopen' })).submission;
    expect(reopened).toMatchObject({ status: 'received', declineReason: null, rev: 2 });
  });

  it('two managers triaging from the same rev: one is written, the other is told SUBMISSION_CHANGED', async () => {
    const [first, second] = await Promise.all([
      triage(programmeManager, 's-demo03', 0, { kind: 'decline', reason: 'Covered by the loyalty stream.' }),
      triage(leadData, 's-demo03', 0, { kind: 'schedule', meetingId: demoNextMeetingId(), sectionId: 'ideas' }),
    ]);
    const answers = [first, second];
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.filter((answer) => !answer.ok)).toMatchObject([{ ok: false, error: { code: 'SUBMISSION_CHANGED', params: { currentRev: 1 } } }]);
    expect(storedSubmission(site, 's-demo03')?.rev).toBe(1);
  });

  it('is refused to people who are not programme managers, and nothing changes', async () => {
    expect(await triage(teamMember, 's-demo01', 0, { kind: 'decline', reason: 'No.' })).toMatchObject({ ok: false, error: { code: 'PROGRAMME_MANAGER_REQUIRED' } });
    expect(await triage(sponsor, 's-demo03', 0, { kind: 'reopen' })).toMatchObject({ ok: false, error: { code: 'PROGRAMME_MANAGER_REQUIRED' } });
    expect(storedSubmission(site, 's-demo01')).toMatchObject({ status: 'received', rev: 0 });
  });
});

describe('the triage list', () => {
  it('pages newest first through the status index, 20 at a time', async () => {
    for (let index = 1; index <= 23; index++) dataOf(await call(site, sponsor, 'submission/create', { input: validInput(`Topic ${index}`) }));
    const first = dataOf(await call(site, programmeManager, 'submission/list', { status: 'received' }));
    expect(first.submissions).toHaveLength(20);
    expect(first.submissions[0]?.title).toBe('Topic 23');
    expect(first.nextCursor).not.toBeNull();
    const second = dataOf(await call(site, programmeManager, 'submission/list', { status: 'received', cursor: first.nextCursor }));
    expect(second.submissions.map((s) => s.title)).toEqual(['Topic 3', 'Topic 2', 'Topic 1', 'A competitor rebooks in one click', 'Birthday campaign with a personal voucher', 'Opt-in confirmation mails land in spam']);
    expect(second.nextCursor).toBeNull();
    expect(await call(site, programmeManager, 'submission/list', { status: 'received', cursor: 'not-a-cursor' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'cursor' } });
  });
});

describe('the series and the overview', () => {
  it('shows everyone the series and the next six dates; the untriaged count only to programme managers', async () => {
    const mine = dataOf(await call(site, teamMember, 'round-table/overview', {}));
    expect(mine).toMatchObject({ series: { name: '360 Round Table', language: 'de' }, canManage: false, untriaged: 0 });
    expect(mine.upcoming).toHaveLength(6);
    expect(mine.upcoming.every((date) => date.localTime === '14:00')).toBe(true);
    const manager = dataOf(await call(site, programmeManager, 'round-table/overview', {}));
    expect(manager).toMatchObject({ canManage: true, untriaged: 3 });
  });

  it('saves the series for programme managers with compare-and-set; sections are retired, not removed', async () => {
    const { version: _version, ...body } = demoSeries();
    expect(await call(site, teamMember, 'round-table/series-save', { expectedVersion: 1, series: body })).toMatchObject({ ok: false, error: { code: 'PROGRAMME_MANAGER_REQUIRED' } });
    const renamed = { ...body, name: '360° Runde' };
    expect(dataOf(await call(site, admin, 'round-table/series-save', { expectedVersion: 1, series: renamed })).series).toMatchObject({ name: '360° Runde', version: 2 });
    expect(await call(site, programmeManager, 'round-table/series-save', { expectedVersion: 1, series: body })).toMatchObject({ ok: false, error: { code: 'CONFLICT', params: { currentVersion: 2 } } });
    expect(await call(site, programmeManager, 'round-table/series-save', { expectedVersion: 2, series: { ...body, sections: body.sections.slice(1) } })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'series.sections' } });
    const timeZone = await call(site, programmeManager, 'round-table/series-save', { expectedVersion: 2, series: { ...body, cadence: { ...body.cadence, timeZone: 'Mars/Olympus' } } });
    expect(timeZone).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field: 'series.cadence.timeZone' } });
  });
});
