/**
 * Jira delivers events concurrently and with real latency. Two hundred due-date edits at the same moment, with
 * 300 ms on every bulk read and 40 ms on every other Jira call: once the events have settled, the programme page
 * shows Jira's final date for every epic — no change lost to a patch that read an older generation.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import type { ProgrammeView } from '../../../src/contract/programme';
import { addCalendarDays, calendarDate } from '../../../src/domain';
import { LEASE_KEY } from '../../../src/services/snapshot/pending-changes';
import { call, dataOf, demoSiteWithSettings } from './support';

jest.setTimeout(120_000);

let site: LocalSite;
afterEach(() => site.close());

const pm = DEMO_ACCOUNTS.programmeManager;
/** Edits made by people in Jira's own screens: not the app's requests, so the app's rate limits do not meter them. */
const asAdmin = (path: string, body: unknown) =>
  site.direct.jira(new Request(`https://local-site.atlassian.net${path}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), { kind: 'user', accountId: DEMO_ACCOUNTS.admin });

async function built(): Promise<void> {
  dataOf(await call(site, 'programme/refresh', {}, pm));
  await site.host.drainQueues();
}

const shownDueDates = (view: ProgrammeView) => new Map(view.epics.map((epic) => [epic.key, epic.dueDate]));

it('shows all of 200 concurrent edits once the events have settled', async () => {
  ({ site } = await demoSiteWithSettings());
  await built();
  site.instruments.setLatency('POST /rest/api/3/issue/bulkfetch', 300);
  site.instruments.setLatency('* /rest/api/3/*', 40);
  const epics = site.site.issues.filter((issue) => issue.issueType === 'Epic' && issue.projectKey !== 'OPS');
  const base = calendarDate('2027-03-01');
  const edits = Array.from({ length: 200 }, (_, i) => ({ key: (epics[i % epics.length] as { key: string }).key, due: addCalendarDays(base, i) }));
  const answers = await Promise.all(edits.map((edit) => asAdmin(`/rest/api/3/issue/${edit.key}`, { fields: { duedate: edit.due } })));
  const statuses = await Promise.all(answers.map(async (answer) => (answer.status === 204 ? 204 : `${answer.status} ${await answer.text()}`)));
  expect(statuses.filter((status) => status !== 204)).toEqual([]);
  await site.host.idle();

  const view = dataOf(await call(site, 'programme/load', {}, pm));
  const shown = shownDueDates(view);
  const wrong = epics.filter((epic) => shown.get(epic.key) !== epic.dueDate).map((epic) => `${epic.key}: page ${shown.get(epic.key)}, Jira ${epic.dueDate}`);
  expect(wrong).toEqual([]);
  // Every edit landed in Jira, so every epic now carries one of the new dates.
  expect(epics.every((epic) => (epic.dueDate ?? '') >= base)).toBe(true);
});

it('applies a change left behind by a writer that died holding the lease, once the lease expires', async () => {
  // Queued events are delivered by timer when due, as Forge does (not drained at once), so the delay is real.
  ({ site } = await demoSiteWithSettings(true, { autoDeliverQueues: true }));
  await built();
  // A writer took the lease and died: its record stays until its time to live runs out (3 s here).
  const until = new Date(Date.now() + 3000).toISOString();
  site.kvsState.kv[LEASE_KEY] = { value: { holder: 'crashed-writer', since: new Date().toISOString(), until }, createdAt: Date.now(), updatedAt: Date.now(), expireTime: until };
  expect((await asAdmin('/rest/api/3/issue/DATA-2', { fields: { duedate: '2027-07-07' } })).status).toBe(204);
  await new Promise((resolve) => setTimeout(resolve, 500));
  // The event could not take the lease: the change is recorded, not yet shown.
  expect(dataOf(await call(site, 'programme/load', {}, pm)).epics.find((epic) => epic.key === 'DATA-2')?.dueDate).not.toBe('2027-07-07');
  // After the lease expires, the delayed check the event queued applies it — no nightly rebuild needed.
  const deadline = Date.now() + 15_000;
  let due: string | null | undefined;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    due = dataOf(await call(site, 'programme/load', {}, pm)).epics.find((epic) => epic.key === 'DATA-2')?.dueDate;
    if (due === '2027-07-07') break;
  }
  expect(due).toBe('2027-07-07');
});

it('rewrites only the parts a change touches: one epic edited, one project part written, the other projects kept', async () => {
  ({ site } = await demoSiteWithSettings());
  await built();
  const partsNow = () => {
    const meta = site.kvsState.kv['snapshot:meta']?.value as { current: { sourceParts: Array<{ name: string; rev: string }> } };
    return new Map(meta.current.sourceParts.map((part) => [part.name, part.rev]));
  };
  const before = partsNow();
  expect([...before.keys()]).toEqual(expect.arrayContaining(['DATA', 'EMA', 'COM', '#links']));
  site.instruments.kvs.resetUsage();
  expect((await asAdmin('/rest/api/3/issue/DATA-2', { fields: { duedate: '2027-08-08' } })).status).toBe(204);
  await site.host.idle();
  const after = partsNow();
  const rewritten = [...after].filter(([name, rev]) => before.get(name) !== rev).map(([name]) => name);
  expect(rewritten).toEqual(['DATA']);
  expect(dataOf(await call(site, 'programme/load', {}, pm)).epics.find((epic) => epic.key === 'DATA-2')?.dueDate).toBe('2027-08-08');
  // The patch wrote the DATA part, the view and the coverage, not the programme: far under the per-minute quota.
  expect(site.instruments.kvs.usage().writeUnits).toBeLessThan(40);
});

it('sweeps chunks no meta record points to when it rebuilds', async () => {
  ({ site } = await demoSiteWithSettings());
  await built();
  const stamp = { createdAt: Date.now(), updatedAt: Date.now() };
  // What a writer that died between writing and switching would leave behind.
  site.kvsState.kv['snapshot:deadbeef:view:0'] = { value: '{"left":"behind"}', ...stamp };
  site.kvsState.kv['snapshot:src:EMA:deadbeef:0'] = { value: '{"left":"behind"}', ...stamp };
  await built();
  const keys = Object.keys(site.kvsState.kv);
  expect(keys).not.toContain('snapshot:deadbeef:view:0');
  expect(keys).not.toContain('snapshot:src:EMA:deadbeef:0');
  expect(keys.filter((key) => key.startsWith('snapshot:src:EMA:'))).toHaveLength(1);
  expect(dataOf(await call(site, 'programme/load', {}, pm)).state).toBe('ready');
});

it('answers an event about an issue no stream holds and no programme link reaches without recording a change', async () => {
  ({ site } = await demoSiteWithSettings());
  await built();
  site.instruments.kvs.resetUsage();
  // OPS is no stream; OPS-4 (certificates) is no dependency end. OPS-1 blocks PRT-5: it is in the programme's scope.
  expect((await asAdmin('/rest/api/3/issue/OPS-4', { fields: { duedate: '2027-02-20' } })).status).toBe(204);
  await site.host.idle();
  expect(Object.keys(site.kvsState.kv).filter((key) => key.startsWith('snapshot:pending:'))).toEqual([]);
  expect(site.instruments.kvs.usage().writeUnits).toBe(0);
  expect((await asAdmin('/rest/api/3/issue/OPS-1', { fields: { duedate: '2027-06-01' } })).status).toBe(204);
  await site.host.idle();
  const view = dataOf(await call(site, 'programme/load', {}, pm));
  expect(view.dependencies.find((d) => !d.blocker.hidden && d.blocker.key === 'OPS-1')).toMatchObject({ blocker: { dueDate: '2027-06-01' } });
});
