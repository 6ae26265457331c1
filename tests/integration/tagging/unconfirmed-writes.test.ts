/**
 * Jira accepted a tag write but the app could not see it through: following the task or reading back failed. The
 * user is told the change was sent and not yet confirmed — never "Jira unavailable" — and the programme snapshot
 * takes the issues in anyway. Only a write Jira refused is reported as not saved.
 */
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { demoAppData } from '../../../local/demo/app-data';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { CoverageView } from '../../../src/contract/programme';
import { call as callProgramme, APP_DIR } from '../snapshot/support';
import { call, dataOf, storedProperty, tagsWith } from './support';

const { admin } = DEMO_ACCOUNTS;
const TASK = 'GET /rest/api/3/task/{taskId}';
const READ_BACK = 'POST /rest/api/3/issue/bulkfetch';
const WRITE = 'PUT /rest/api/3/issue/properties/{propertyKey}';
const FAILS = { status: 500 } as const;
const TAGS = tagsWith({ touchpoint: ['website'], channel: ['email'] } as never);

let site: LocalSite;
/** The demo with its app data (catalogue included) and its programme snapshot built, so coverage shows which epics carry tags. */
beforeEach(async () => {
  const file = buildDemoSite();
  site = await createLocalSite({ appDir: APP_DIR, site: file, kvsState: demoAppData(file), autoDeliverQueues: false });
  dataOf(await callProgramme(site, 'programme/refresh', {}, admin));
  await site.host.drainQueues();
});
afterEach(() => site.close());

/** The epics the programme's coverage lists as carrying no journey tags (read from the snapshot). */
async function untaggedEpics(): Promise<string[]> {
  const view = dataOf(await callProgramme(site, 'coverage/load', {}, admin)) as CoverageView;
  return view.untaggedEpics.flatMap((row) => row.epics.map((epic) => epic.key));
}

async function someUntaggedEpics(count: number): Promise<string[]> {
  const epics = (await untaggedEpics()).slice(0, count);
  if (epics.length < count) throw new Error(`the demo needs ${count} untagged epics`);
  return epics;
}

describe('one save', () => {
  it('whose read-back fails is saved, not confirmed, and the snapshot shows the tags', async () => {
    const [epic] = (await someUntaggedEpics(1)) as [string];
    site.instruments.failNext(READ_BACK, FAILS);
    const answer = await call(site, admin, 'tags/save', { issueKey: epic, base: tagsWith({}), tags: TAGS });
    expect(answer).toEqual({ ok: true, data: { issueKey: epic, tags: TAGS, merged: false, confirmed: false } });
    expect(storedProperty(site, epic)).toMatchObject(TAGS);
    expect(await untaggedEpics()).not.toContain(epic);
  });

  it('whose task and read-back both fail is saved, not confirmed', async () => {
    const [epic] = (await someUntaggedEpics(1)) as [string];
    site.instruments.failNext(TASK, FAILS);
    site.instruments.failNext(READ_BACK, FAILS);
    const answer = await call(site, admin, 'tags/save', { issueKey: epic, base: tagsWith({}), tags: TAGS });
    expect(answer).toMatchObject({ ok: true, data: { tags: TAGS, confirmed: false } });
    expect(await untaggedEpics()).not.toContain(epic);
  });

  it('whose task cannot be read is confirmed by the read-back', async () => {
    const [epic] = (await someUntaggedEpics(1)) as [string];
    site.instruments.failNext(TASK, FAILS);
    const answer = await call(site, admin, 'tags/save', { issueKey: epic, base: tagsWith({}), tags: TAGS });
    expect(answer).toEqual({ ok: true, data: { issueKey: epic, tags: TAGS, merged: false, confirmed: true } });
  });

  it('that Jira refuses is not saved, and says so', async () => {
    const [epic] = (await someUntaggedEpics(1)) as [string];
    const before = storedProperty(site, epic);
    site.instruments.failNext(WRITE, FAILS);
    const answer = await call(site, admin, 'tags/save', { issueKey: epic, base: tagsWith({}), tags: TAGS });
    expect(answer).toMatchObject({ ok: false, error: { code: 'JIRA_UNAVAILABLE', params: { issueKey: epic, status: 500 } } });
    expect(storedProperty(site, epic)).toEqual(before);
    expect(await untaggedEpics()).toContain(epic);
  });
});

describe('a bulk run', () => {
  const jqlOf = (keys: readonly string[]) => `key in (${keys.join(', ')})`;

  it('whose task polls fail reports every issue done once the read-back shows the tags', async () => {
    const epics = await someUntaggedEpics(3);
    site.instruments.failNext(TASK, FAILS, 10);
    const result = dataOf(await call(site, admin, 'tags/bulk', { jql: jqlOf(epics), add: { channel: ['sms'] } }));
    expect(result.counts).toEqual({ done: 3, unconfirmed: 0, 'no-permission': 0, 'not-found': 0, failed: 0 });
    expect(await untaggedEpics()).toEqual(expect.not.arrayContaining(epics));
  });

  it('whose read-back fails reports every written issue unconfirmed, not failed, and the snapshot shows them', async () => {
    const epics = await someUntaggedEpics(3);
    // The issues come from a search; the bulkfetch that fails is the read-back.
    site.instruments.failNext(READ_BACK, FAILS);
    const answer = await call(site, admin, 'tags/bulk', { jql: jqlOf(epics), add: { channel: ['sms'] } });
    const result = dataOf(answer);
    expect(result.counts).toEqual({ done: 0, unconfirmed: 3, 'no-permission': 0, 'not-found': 0, failed: 0 });
    expect(result.results.every((r) => r.outcome === 'unconfirmed' && r.changed)).toBe(true);
    for (const epic of epics) expect(storedProperty(site, epic)).toMatchObject({ channel: ['sms'] });
    expect(await untaggedEpics()).toEqual(expect.not.arrayContaining(epics));
  });

  it('whose write Jira refuses reports those issues failed and leaves them untagged', async () => {
    const epics = await someUntaggedEpics(3);
    const before = epics.map((epic) => storedProperty(site, epic));
    site.instruments.failNext(WRITE, FAILS, 3);
    const result = dataOf(await call(site, admin, 'tags/bulk', { jql: jqlOf(epics), add: { channel: ['sms'] } }));
    expect(result.counts).toEqual({ done: 0, unconfirmed: 0, 'no-permission': 0, 'not-found': 0, failed: 3 });
    expect(epics.map((epic) => storedProperty(site, epic))).toEqual(before);
    expect(await untaggedEpics()).toEqual(expect.arrayContaining(epics));
  });
});
