/**
 * "What if it slips?" through the local host on the demo site: the knock-on of one epic's slip, read from the
 * snapshot without changing Jira, redacted for a viewer who cannot browse every project. The demo's DATA-6 (unified
 * profile) is due one day before MI-6 (churn models) starts: at risk today, a conflict if DATA-6 slips ten days.
 */
import { DEMO_ACCOUNTS, DEMO_FACTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import type { ResolverResult } from '../../../src/contract/errors';
import type { DependencyView } from '../../../src/contract/programme';
import type { WhatIfView } from '../../../src/contract/what-if';
import { call, dataOf, demoSiteWithSettings } from '../snapshot/support';

const { programmeManager: pm, teamMember } = DEMO_ACCOUNTS;
const atRisk = DEMO_FACTS.atRisk.find((d) => d.blocker === 'DATA-6' && d.blocked === 'MI-6');
let site: LocalSite;
let beforeTheSnapshot: ResolverResult<WhatIfView>;
beforeAll(async () => {
  ({ site } = await demoSiteWithSettings());
  beforeTheSnapshot = await call(site, 'programme/what-if', { epicKey: 'DATA-6', slipDays: 10 }, pm);
  expect(dataOf(await call(site, 'programme/refresh', {}, pm))).toEqual({ queued: true });
  await site.host.drainQueues();
});
afterAll(() => site.close());

const whatIf = async (epicKey: string, slipDays: number, accountId: string = pm) => call(site, 'programme/what-if', { epicKey, slipDays }, accountId);
const isDataToMi = (d: DependencyView) => !d.blocker.hidden && d.blocker.key === 'DATA-6' && (d.blocked.hidden ? d.blocked.streamId === 'mi' : d.blocked.key === 'MI-6');

it('shows the programme manager the pushed epic and stream and the new conflict, on the programme view’s row', async () => {
  expect(atRisk?.slackDays).toBe(1);
  const view = dataOf(await call(site, 'programme/load', {}, pm));
  const answer = dataOf(await whatIf('DATA-6', 10));
  expect(answer.slipped).toMatchObject({ key: 'DATA-6', streamId: 'data', pushDays: 10, depth: 0 });
  expect(answer.pushed).toEqual([expect.objectContaining({ key: 'MI-6', streamId: 'mi', pushDays: 9, depth: 1 })]);
  const mi6 = view.epics.find((epic) => epic.key === 'MI-6');
  expect(answer.pushed[0]).toMatchObject({ startDate: mi6?.startDate, dueDate: mi6?.dueDate });
  expect(answer.pushedStreams).toEqual([{ streamId: 'mi', maxPushDays: 9, epics: 1 }]);
  expect(answer).toMatchObject({ hiddenWaiting: 0, unscheduled: [], reachesCycle: false });
  expect(answer.changed).toEqual([{ id: view.dependencies.find(isDataToMi)?.id, blockerKey: 'DATA-6', blockedKey: 'MI-6', before: 'at-risk', after: 'conflict', overlapDaysAfter: 9 }]);
  expect(answer.criticalPath.before).toEqual(view.criticalPath);
});

it('passes the harmonisation pre-project’s slip on along the demo’s chains, and moves the critical path behind it', async () => {
  const answer = dataOf(await whatIf('DATA-2', 60));
  // Its three dependents overlap it already: all of the slip passes on; behind them slack absorbs part of it.
  expect(answer.pushed.map((p) => `${p.key}+${p.pushDays}@${p.depth}`)).toEqual(['COM-2+60@1', 'EMA-3+60@1', 'LOY-2+60@1', 'PRT-5+48@2', 'LOY-4+43@2']);
  expect(answer.pushedStreams.map((s) => [s.streamId, s.maxPushDays, s.epics])).toEqual([['com', 60, 1], ['ema', 60, 1], ['loy', 60, 2], ['prt', 48, 1]]);
  // They were conflicts before: nothing changes status, the overlap only grows.
  expect(answer.changed).toEqual([]);
  expect(answer.criticalPath).toMatchObject({ after: { keys: ['DATA-2', 'COM-2', 'PRT-5'] }, changed: true });
});

it('names a waiting epic without dates, and stops at the demo’s cycle', async () => {
  expect(dataOf(await whatIf('MI-4', 30)).unscheduled).toEqual([expect.objectContaining({ key: 'COM-5', pushDays: 0, depth: 1 })]);
  expect(dataOf(await whatIf('EMA-6', 5))).toMatchObject({ pushed: [], reachesCycle: true });
});

it('reads only what the programme view reads, and changes nothing in Jira', async () => {
  site.instruments.reset();
  const before = dataOf(await call(site, 'programme/load', {}, pm));
  const loadRequests = site.instruments.counts();
  site.instruments.reset();
  dataOf(await whatIf('DATA-6', 400));
  const whatIfRequests = site.instruments.counts();
  expect(whatIfRequests).toEqual({ 'GET /rest/api/3/project/search': 1 });
  expect(loadRequests['GET /rest/api/3/project/search']).toBe(1);
  expect(dataOf(await call(site, 'programme/load', {}, pm))).toEqual(before);
});

it('leaves an epic the team member cannot browse out of the simulation, counts it as waiting, and names it nowhere', async () => {
  const view = dataOf(await call(site, 'programme/load', {}, teamMember));
  expect(view.dependencies.some(isDataToMi)).toBe(true);
  // However far DATA-6 slips, the answer about the hidden MI epic is the same: asking again with other slips tells nothing.
  for (const days of [1, 10, 100, 700]) {
    const answer = dataOf(await whatIf('DATA-6', days, teamMember));
    expect(answer).toMatchObject({ pushed: [], hiddenWaiting: 1, pushedStreams: [], changed: [] });
    expect(JSON.stringify(answer)).not.toMatch(/MI-\d/);
  }
});

it('refuses an epic the viewer cannot browse as Jira would, and one outside the programme by name', async () => {
  expect(await whatIf('MI-6', 10, teamMember)).toEqual({ ok: false, error: { code: 'NOT_FOUND', field: 'epicKey', params: { issueKey: 'MI-6' } } });
  expect(await whatIf('EMA-999', 10)).toEqual({ ok: false, error: { code: 'EPIC_NOT_IN_PROGRAMME', field: 'epicKey', params: { issueKey: 'EMA-999' } } });
  expect(beforeTheSnapshot).toEqual({ ok: false, error: { code: 'SNAPSHOT_NOT_READY', params: {} } });
});

it.each([
  [{ epicKey: 'DATA-6', slipDays: 0 }, 'slipDays'],
  [{ epicKey: 'DATA-6', slipDays: 10000 }, 'slipDays'],
  [{ epicKey: 'DATA-6', slipDays: 2.5 }, 'slipDays'],
  [{ epicKey: 'data six', slipDays: 5 }, 'epicKey'],
])('refuses %j, naming the field', async (payload, field) => {
  const answer = await call(site, 'programme/what-if', payload, pm);
  expect(answer).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_PAYLOAD', field }) });
});

it('refuses a payload with a field it does not know', async () => {
  const answer = await call(site, 'programme/what-if', { epicKey: 'DATA-6', slipDays: 5, projectKey: 'DATA' }, pm);
  expect(answer).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_PAYLOAD' }) });
});
