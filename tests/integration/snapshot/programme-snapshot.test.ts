/**
 * The programme snapshot end to end through the local host: built by the queue consumer as the app, served by
 * `programme/load` redacted per user, patched by dependency changes and by Jira events.
 */
import { DEMO_ACCOUNTS, DEMO_FACTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import type { DependencyView, ProgrammeView } from '../../../src/contract/programme';
import type { ProgrammeSettings } from '../../../src/contract/programme';
import { call, dataOf, demoSiteWithSettings, expectedAnalysis } from './support';

let site: LocalSite;
let settings: ProgrammeSettings;
beforeEach(async () => {
  ({ site, settings } = await demoSiteWithSettings());
});
afterEach(() => site.close());

const pm = DEMO_ACCOUNTS.programmeManager;
const pair = (d: DependencyView) => `${d.blocker.hidden ? '?' : d.blocker.key}->${d.blocked.hidden ? '?' : d.blocked.key}`;

async function buildThenLoad(accountId: string, payload: object = {}): Promise<ProgrammeView> {
  expect(dataOf(await call(site, 'programme/refresh', {}, pm))).toEqual({ queued: true });
  await site.host.drainQueues();
  return dataOf(await call(site, 'programme/load', payload, accountId));
}

describe('the programme manager opens the dependency panel', () => {
  it('first sees the snapshot being built, then every dependency with the numbers of the analysis', async () => {
    const first = dataOf(await call(site, 'programme/load', {}, pm));
    expect(first).toMatchObject({ state: 'building', refreshing: true, asOf: null });
    await site.host.drainQueues();
    const view = dataOf(await call(site, 'programme/load', {}, pm));
    expect(view.state).toBe('ready');
    const expected = expectedAnalysis(site.site, settings, (view.asOf ?? '').slice(0, 10));
    expect(view.dependencies.map(pair)).toEqual(expected.dependencies.map((d) => `${d.blocker.key}->${d.blocked.key}`));
    expect(view.counts).toEqual(expected.counts);
    expect(view.counts.crossStream).toBe(DEMO_FACTS.crossStreamDependencies);
    expect(view.redacted).toEqual({ epics: 0, dependencies: 0 });
    for (const conflict of DEMO_FACTS.conflicts) {
      expect(view.dependencies.find((d) => pair(d) === `${conflict.blocker}->${conflict.blocked}`)).toMatchObject({ status: 'conflict', overlapDays: conflict.overlapDays, inCycle: conflict.inCycle });
    }
    expect(view.cycles.map((c) => [...c.members].sort())).toEqual([DEMO_FACTS.cycle]);
    expect(view.criticalPath).toEqual(expected.criticalPath);
    expect(view.matrix).toEqual(expected.matrix);
    expect(view.epics.length).toBe(site.site.issues.filter((i) => i.issueType === 'Epic' && i.projectKey !== 'OPS').length);
  });

  it('is told a second refresh is already under way', async () => {
    expect(dataOf(await call(site, 'programme/refresh', {}, pm))).toEqual({ queued: true });
    expect(dataOf(await call(site, 'programme/refresh', {}, pm))).toEqual({ queued: false });
  });

  it('sees one stream on its project page, with the epics at the other ends of its dependencies', async () => {
    const view = await buildThenLoad(pm, { projectKey: 'EMA' });
    expect(view.projectScope).toEqual({ projectKey: 'EMA', streamId: 'ema' });
    expect(view.dependencies.length).toBeGreaterThan(0);
    expect(view.dependencies.every((d) => d.blocker.streamId === 'ema' || d.blocked.streamId === 'ema')).toBe(true);
    // Every end inside the programme's streams is there to be drawn: no arrow loses an end.
    const epicKeys = new Set(view.epics.map((e) => e.key));
    const ends = view.dependencies.flatMap((d) => [d.blocker, d.blocked]).flatMap((e) => (e.hidden || e.external ? [] : [e.key as string]));
    expect(ends.filter((key) => !epicKeys.has(key))).toEqual([]);
    expect(view.epics.some((e) => e.streamId !== 'ema')).toBe(true);
    // Beyond those ends, no other stream's epic.
    expect(view.epics.filter((e) => e.streamId !== 'ema').every((e) => ends.includes(e.key))).toBe(true);
  });

  it('is told that a project in no stream is not part of the programme', async () => {
    const view = await buildThenLoad(pm, { projectKey: 'OPS' });
    expect(view.projectScope).toEqual({ projectKey: 'OPS', streamId: null });
    expect(view.epics).toEqual([]);
    expect(view.dependencies).toEqual([]);
  });

  it('sees the other ends of its stream withheld where it may not browse them', async () => {
    const view = await buildThenLoad(DEMO_ACCOUNTS.teamMember, { projectKey: 'EMA' });
    expect(view.epics.some((e) => e.key.startsWith('MI-'))).toBe(false);
    expect(view.dependencies.some((d) => d.blocker.hidden || d.blocked.hidden)).toBe(true);
  });

  it('gets a message naming the field for a malformed payload', async () => {
    expect(await call(site, 'programme/load', { projectKey: 42 }, pm)).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_PAYLOAD', field: 'projectKey' }) });
    expect(await call(site, 'dependency/create', { blockerKey: 'DATA-2', blockedKey: 'crm 1' }, pm)).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_PAYLOAD', field: 'blockedKey' }) });
  });
});

describe('before anything is configured', () => {
  it('the panel says so', async () => {
    await site.close();
    ({ site } = await demoSiteWithSettings(false));
    expect(dataOf(await call(site, 'programme/load', {}, pm)).state).toBe('not-configured');
  });
});

describe('a team member who cannot browse MI', () => {
  it('sees MI items counted, never named', async () => {
    const view = await buildThenLoad(DEMO_ACCOUNTS.teamMember);
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/"MI-\d+"/);
    const hidden = view.dependencies.filter((d) => d.blocker.hidden || d.blocked.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    expect(view.redacted.dependencies).toBe(hidden.length);
    expect(view.redacted.epics).toBe(site.site.issues.filter((i) => i.projectKey === 'MI' && i.issueType === 'Epic').length);
    expect(hidden.every((d) => (d.blocker.hidden ? d.blocker.streamId : d.blocked.hidden ? d.blocked.streamId : null) === 'mi')).toBe(true);
    // The cycle runs through an MI epic: it keeps its place, unnamed, so the loop is not shown shorter than it is.
    expect(view.cycles[0]?.members).toEqual(['COM-7', 'EMA-6', null]);
    expect(view.cycles[0]?.path).toHaveLength(3);
  });
});

describe('Jira rate limits and fails during the build', () => {
  it('completes with the same result as without faults', async () => {
    const searches = () => site.instruments.counts()['POST /rest/api/3/search/jql'] ?? 0;
    const beforeClean = searches();
    const clean = await buildThenLoad(pm);
    const cleanSearches = searches() - beforeClean;
    site.instruments.failNext('POST /rest/api/3/search/jql', { status: 429, retryAfterSeconds: 0, reason: 'jira-burst-based' }, 2);
    site.instruments.failNext('POST /rest/api/3/search/jql', { status: 503 }, 1);
    const beforeFaulty = searches();
    const faulty = await buildThenLoad(pm);
    // Every injected failure was met and retried: three more search requests than the clean build.
    expect(searches() - beforeFaulty).toBe(cleanSearches + 3);
    expect(faulty.state).toBe('ready');
    expect(faulty.failure).toBeNull();
    expect({ ...faulty, asOf: null }).toEqual({ ...clean, asOf: null });
  });
});

describe('changing dependencies', () => {
  it('a new dependency shows in the next load and exists in Jira; removing it takes it away', async () => {
    await buildThenLoad(pm);
    expect(dataOf(await call(site, 'dependency/create', { blockerKey: 'LOY-3', blockedKey: 'PRT-7' }, pm))).toEqual({ created: true });
    const link = site.site.links.find((l) => l.outwardKey === 'LOY-3' && l.inwardKey === 'PRT-7' && l.type === 'Blocks');
    expect(link).toBeDefined();
    const after = dataOf(await call(site, 'programme/load', {}, pm));
    const created = after.dependencies.find((d) => pair(d) === 'LOY-3->PRT-7');
    expect(created?.evidence).toEqual([{ linkId: link?.id, type: 'Blocks', blocker: 'LOY-3', blocked: 'PRT-7', removable: true }]);

    expect(dataOf(await call(site, 'dependency/remove', { linkId: link?.id }, pm))).toEqual({ removed: true });
    await site.host.idle();
    const removed = dataOf(await call(site, 'programme/load', {}, pm));
    expect(removed.dependencies.find((d) => pair(d) === 'LOY-3->PRT-7')).toBeUndefined();
    expect(site.site.links.some((l) => l.id === link?.id)).toBe(false);
  });

  it('the sponsor, who edits nothing, is refused and nothing is linked', async () => {
    await buildThenLoad(pm);
    const before = site.site.links.length;
    expect(await call(site, 'dependency/create', { blockerKey: 'LOY-3', blockedKey: 'PRT-7' }, DEMO_ACCOUNTS.sponsor)).toEqual({
      ok: false, error: { code: 'PERMISSION_DENIED', params: expect.objectContaining({ issueKey: 'PRT-7', permission: 'LINK_ISSUES' }) },
    });
    expect(site.site.links.length).toBe(before);
  });

  it('a team member linking to an issue they cannot see is told it was not found', async () => {
    await buildThenLoad(pm);
    expect(await call(site, 'dependency/create', { blockerKey: 'MI-4', blockedKey: 'EMA-3' }, DEMO_ACCOUNTS.teamMember)).toEqual({
      ok: false, error: { code: 'NOT_FOUND', params: expect.objectContaining({ issueKey: 'MI-4' }) },
    });
  });
});

describe('Jira events', () => {
  it('a due date changed in Jira patches the snapshot without a rebuild', async () => {
    await buildThenLoad(pm);
    const response = await site.jira(
      new Request('https://local-site.atlassian.net/rest/api/3/issue/DATA-2', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fields: { duedate: '2026-01-10' } }) }),
      { kind: 'user', accountId: DEMO_ACCOUNTS.admin }, // a person editing in Jira (the app ignores its own changes' events)
    );
    expect(response.status).toBe(204);
    await site.host.idle();
    const view = dataOf(await call(site, 'programme/load', {}, pm));
    const fromData2 = view.dependencies.filter((d) => !d.blocker.hidden && d.blocker.key === 'DATA-2');
    expect(fromData2.length).toBeGreaterThan(0);
    expect(fromData2.every((d) => !d.blocker.hidden && d.blocker.dueDate === '2026-01-10')).toBe(true);
    expect(view.epics.find((e) => e.key === 'DATA-2')?.dueDate).toBe('2026-01-10');
  });
});

describe('the issue view\'s dependencies', () => {
  it('a story shows the cross-stream dependencies of its epic', async () => {
    await buildThenLoad(pm);
    const story = site.site.issues.find((i) => i.parentKey === 'EMA-6' && i.issueType !== 'Subtask');
    if (!story) throw new Error('the demo lacks a story under EMA-6');
    const view = dataOf(await call(site, 'issue/dependencies', { issueKey: story.key }, pm));
    expect(view.epicKey).toBe('EMA-6');
    expect(view.waitsOn.map(pair)).toEqual(expect.arrayContaining(['MI-5->EMA-6']));
    expect(view.waitedOnBy.map(pair)).toEqual(expect.arrayContaining(['EMA-6->COM-7']));
  });

  it('an epic shows its dependency within its own stream, beside the one outside every stream', async () => {
    await buildThenLoad(pm);
    const [same] = DEMO_FACTS.sameStream;
    if (!same) throw new Error('the demo names a same-stream dependency');
    const view = dataOf(await call(site, 'issue/dependencies', { issueKey: same.blocked }, pm));
    expect(view.epicStreamId).toBe('prt');
    const within = view.waitsOn.find((d) => pair(d) === `${same.blocker}->${same.blocked}`);
    expect(within).toMatchObject({ crossStream: false, blocker: { streamId: 'prt', hidden: false } });
    // The dependency on an issue outside every stream is still there.
    expect(view.waitsOn.map(pair)).toEqual(expect.arrayContaining(DEMO_FACTS.external.filter((e) => e.blocked === same.blocked).map((e) => `${e.blocker}->${e.blocked}`)));
  });
});

describe('who may rebuild the programme', () => {
  it('lets programme managers, stream owners and Jira admins queue a rebuild, and tells them on the page', async () => {
    for (const accountId of [DEMO_ACCOUNTS.programmeManager, DEMO_ACCOUNTS.leadEma, DEMO_ACCOUNTS.admin]) {
      expect(dataOf(await call(site, 'programme/load', {}, accountId)).canRefresh).toBe(true);
    }
    await site.host.drainQueues(); // the first view queued the first build
    expect(dataOf(await call(site, 'programme/refresh', {}, DEMO_ACCOUNTS.leadEma)).queued).toBe(true);
  });

  it('refuses the sponsor and a team member with a coded error, and hides the button from them', async () => {
    for (const accountId of [DEMO_ACCOUNTS.sponsor, DEMO_ACCOUNTS.teamMember]) {
      expect(await call(site, 'programme/refresh', {}, accountId)).toEqual({ ok: false, error: { code: 'PROGRAMME_MANAGER_REQUIRED', params: {} } });
      expect(dataOf(await call(site, 'programme/load', {}, accountId)).canRefresh).toBe(false);
    }
  });

  it('answers an invocation without a user with a coded error, never a raw one', async () => {
    for (const key of ['programme/load', 'programme/refresh', 'issue/dependencies'] as const) {
      const result = await site.host.invokeResolver({ functionKey: 'resolver', resolverKey: key, payload: { issueKey: 'EMA-3' }, accountId: undefined, context: { moduleKey: 'programme-page' } });
      expect(result).toEqual({ ok: true, value: { ok: false, error: { code: 'SIGN_IN_REQUIRED', params: {} } } });
    }
  });
});

describe('statuses as of the viewer’s calendar day', () => {
  it('gives the day in the viewer’s Jira time zone with the view', async () => {
    const view = await buildThenLoad(pm);
    expect(view.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const berlin = await site.host.invokeResolver<{ ok: boolean; data: ProgrammeView }>({
      functionKey: 'resolver', resolverKey: 'programme/load', payload: {}, accountId: pm, context: { moduleKey: 'programme-page', timezone: 'Pacific/Kiritimati' },
    });
    // UTC+14: always the same day as UTC or the one after.
    const kiritimati = berlin.ok ? berlin.value.data.today : null;
    expect([view.today, new Date(Date.parse(`${view.today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)]).toContain(kiritimati);
  });
});

describe('dependency ends outside every stream', () => {
  const asApp = (path: string, method: string, body: unknown) =>
    site.jira(new Request(`https://local-site.atlassian.net${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), { kind: 'user', accountId: DEMO_ACCOUNTS.admin });
  const opsBlocker = (view: ProgrammeView, key: string) => view.dependencies.find((d) => !d.blocker.hidden && d.blocker.key === key);

  it('are read with their real dates and status, so the dependency is judged by them', async () => {
    const view = await buildThenLoad(pm);
    // OPS is no stream: its ticket OPS-1 (due 15 January 2027) blocks the training epic PRT-5 (from 12 April 2027).
    expect(opsBlocker(view, 'OPS-1')).toMatchObject({
      status: 'ok',
      slackDays: 87,
      blocker: { key: 'OPS-1', external: true, streamId: null, dueDate: '2027-01-15', statusCategory: 'indeterminate', summary: expect.stringContaining('Single sign-on') },
    });
    expect(view.epics.some((epic) => epic.key.startsWith('OPS-'))).toBe(false);
  });

  it('follow Jira: a slipped outside blocker turns into a conflict, and a new outside blocker is read in the patch', async () => {
    await buildThenLoad(pm);
    expect((await asApp('/rest/api/3/issue/OPS-1', 'PUT', { fields: { duedate: '2027-06-01' } })).status).toBe(204);
    await site.host.idle();
    let view = dataOf(await call(site, 'programme/load', {}, pm));
    expect(opsBlocker(view, 'OPS-1')).toMatchObject({ status: 'conflict', overlapDays: 50 });

    site.instruments.reset();
    expect((await asApp('/rest/api/3/issueLink', 'POST', { type: { name: 'Blocks' }, inwardIssue: { key: 'OPS-3' }, outwardIssue: { key: 'COM-7' } })).status).toBe(201);
    await site.host.idle();
    view = dataOf(await call(site, 'programme/load', {}, pm));
    expect(opsBlocker(view, 'OPS-3')).toMatchObject({ blocker: { dueDate: '2026-03-20', external: true }, blocked: { key: 'COM-7' } });
    expect(view.dependencies.filter((d) => !d.blocker.hidden && d.blocker.key === 'OPS-3' && d.status === 'missing-dates')).toEqual([]);
  });
});
