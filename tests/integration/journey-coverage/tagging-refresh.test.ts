/**
 * Tagging through the app keeps coverage current: setting an issue property raises no issue event, so the tag
 * resolvers take the re-tagged issues into the snapshot themselves.
 */
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { demoAppData } from '../../../local/demo/app-data';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { CoverageView } from '../../../src/contract/programme';
import { emptyTags } from '../../../src/domain';
import { APP_DIR, call, dataOf } from '../snapshot/support';

let site: LocalSite;
beforeEach(async () => {
  const file = buildDemoSite();
  site = await createLocalSite({ appDir: APP_DIR, site: file, kvsState: demoAppData(file), autoDeliverQueues: false });
  dataOf(await call(site, 'programme/refresh', {}, DEMO_ACCOUNTS.programmeManager));
  await site.host.drainQueues();
});
afterEach(() => site.close());

async function untaggedEpics(): Promise<string[]> {
  const view = dataOf(await call(site, 'coverage/load', {}, DEMO_ACCOUNTS.programmeManager)) as CoverageView;
  return view.untaggedEpics.flatMap((row) => row.epics.map((epic) => epic.key));
}

it('an epic tagged in the journey panel leaves "epics with no tags" at once', async () => {
  const [epic] = await untaggedEpics();
  if (!epic) throw new Error('the demo needs an untagged epic');
  const saved = await call(site, 'tags/save', { issueKey: epic, base: emptyTags(), tags: { ...emptyTags(), touchpoint: ['website'] } }, DEMO_ACCOUNTS.admin);
  expect(saved.ok).toBe(true);
  expect(await untaggedEpics()).not.toContain(epic);
});

it('epics tagged in bulk leave it too', async () => {
  const before = await untaggedEpics();
  expect(before.length).toBeGreaterThan(1);
  const result = dataOf(await call(site, 'tags/bulk', { issueKeys: before, add: { channel: ['email'] } }, DEMO_ACCOUNTS.admin));
  expect(result.counts.done).toBe(before.length);
  expect(await untaggedEpics()).toEqual([]);
});
