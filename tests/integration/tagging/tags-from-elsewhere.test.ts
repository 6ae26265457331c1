/**
 * Journey tags are Jira's data: a script or another app may write them too. Their property events reach the app's
 * `jira-changes` trigger, which takes the issue into the programme snapshot; the app's own saves raise the same
 * events, but the trigger ignores them (`filter.ignoreSelf`), because the save itself already refreshed the snapshot.
 */
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { demoAppData } from '../../../local/demo/app-data';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { CoverageView } from '../../../src/contract/programme';
import { JOURNEY_PROPERTY_KEY, emptyTags } from '../../../src/domain';
import { APP_DIR, call, dataOf } from '../snapshot/support';

let site: LocalSite;
beforeEach(async () => {
  const file = buildDemoSite();
  site = await createLocalSite({ appDir: APP_DIR, site: file, kvsState: demoAppData(file), autoDeliverQueues: false });
  dataOf(await call(site, 'programme/refresh', {}, DEMO_ACCOUNTS.programmeManager));
  await site.host.drainQueues();
  site.host.resetCounters();
});
afterEach(() => site.close());

async function untaggedEpics(): Promise<string[]> {
  const view = dataOf(await call(site, 'coverage/load', {}, DEMO_ACCOUNTS.programmeManager)) as CoverageView;
  return view.untaggedEpics.flatMap((row) => row.epics.map((epic) => epic.key));
}

/** A script run by the site admin with her own API token: Jira's REST, not the app. */
async function scriptWrites(issueKey: string, propertyKey: string, value: unknown): Promise<void> {
  const request = new Request(`https://local-site.atlassian.net/rest/api/3/issue/${issueKey}/properties/${propertyKey}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(value),
  });
  expect((await site.jira(request, { kind: 'user', accountId: DEMO_ACCOUNTS.admin })).status).toBe(201);
  await site.host.idle(); // the event is delivered, and the patch it queued is applied
}

const eventInvocations = () => site.host.counters().invocations['jira-events'] ?? 0;

it('an epic a script tags leaves "epics with no tags" after the next patch', async () => {
  const [epic] = await untaggedEpics();
  if (!epic) throw new Error('the demo needs an untagged epic');
  await scriptWrites(epic, JOURNEY_PROPERTY_KEY, { ...emptyTags(), touchpoint: ['website'], phase: [] });
  expect(eventInvocations()).toBe(1);
  expect(await untaggedEpics()).not.toContain(epic);
});

it('another property on an epic changes nothing in the snapshot', async () => {
  const before = await untaggedEpics();
  const [epic] = before;
  if (!epic) throw new Error('the demo needs an untagged epic');
  await scriptWrites(epic, 'someone-elses-notes', { note: 'not journey tags' });
  expect(eventInvocations()).toBe(1);
  expect(site.host.counters().invocations['snapshot-build'] ?? 0).toBe(0);
  expect(await untaggedEpics()).toEqual(before);
});

it('the app’s own tag save reaches the snapshot by itself, and its property event is not delivered', async () => {
  const [epic] = await untaggedEpics();
  if (!epic) throw new Error('the demo needs an untagged epic');
  const saved = await call(site, 'tags/save', { issueKey: epic, base: emptyTags(), tags: { ...emptyTags(), channel: ['email'] } }, DEMO_ACCOUNTS.admin);
  expect(saved.ok).toBe(true);
  await site.host.idle();
  expect(eventInvocations()).toBe(0);
  expect(await untaggedEpics()).not.toContain(epic);
});
