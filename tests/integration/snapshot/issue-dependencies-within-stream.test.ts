/**
 * The issue view's dependency panel through the local host: an epic's dependencies within its own stream are served
 * beside those across streams, redacted the same way. The demo's stream "E-mail marketing" is set to take in the MI
 * project too, so the demo conflict MI-5 → EMA-6 (in the cycle) becomes a conflict within one stream.
 */
import { buildDemoSite, DEMO_ACCOUNTS, DEMO_FACTS } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { DependencyView } from '../../../src/contract/programme';
import { APP_DIR, call, dataOf, demoSettings, storeSettings } from './support';

let site: LocalSite;
beforeAll(async () => {
  const file = buildDemoSite();
  const settings = demoSettings(file);
  const streams = settings.streams.filter((s) => s.id !== 'mi').map((s) => (s.id === 'ema' ? { ...s, jql: 'project in (EMA, MI)' } : s));
  const kvsState = emptyKvsState();
  storeSettings(kvsState, { ...settings, streams });
  site = await createLocalSite({ appDir: APP_DIR, site: file, kvsState, autoDeliverQueues: false });
  expect(dataOf(await call(site, 'programme/refresh', {}, DEMO_ACCOUNTS.programmeManager))).toEqual({ queued: true });
  await site.host.drainQueues();
});
afterAll(() => site.close());

const conflict = DEMO_FACTS.conflicts.find((c) => c.blocker === 'MI-5' && c.blocked === 'EMA-6');
const pair = (d: DependencyView) => `${d.blocker.hidden ? '?' : d.blocker.key}->${d.blocked.hidden ? '?' : d.blocked.key}`;

it('shows a story of EMA-6 its epic’s conflict within the stream, with the overlap, beside the cross-stream ones', async () => {
  if (!conflict) throw new Error('the demo names the conflict MI-5 → EMA-6');
  const story = site.site.issues.find((i) => i.parentKey === 'EMA-6' && i.issueType !== 'Subtask');
  const view = dataOf(await call(site, 'issue/dependencies', { issueKey: story?.key ?? 'EMA-6' }, DEMO_ACCOUNTS.programmeManager));
  expect(view).toMatchObject({ epicKey: 'EMA-6', epicStreamId: 'ema', state: 'ready' });
  expect(view.waitsOn.find((d) => pair(d) === 'MI-5->EMA-6')).toMatchObject({ crossStream: false, status: 'conflict', overlapDays: conflict.overlapDays, inCycle: true });
  // Across streams as before: EMA-6 still waits on DATA-3 and COM-7 still waits on it.
  expect(view.waitsOn.find((d) => pair(d) === 'DATA-3->EMA-6')?.crossStream).toBe(true);
  expect(view.waitedOnBy.find((d) => pair(d) === 'EMA-6->COM-7')?.crossStream).toBe(true);
});

it('counts the same-stream end a team member may not browse, without naming it or giving its days', async () => {
  const view = dataOf(await call(site, 'issue/dependencies', { issueKey: 'EMA-6' }, DEMO_ACCOUNTS.teamMember));
  const within = view.waitsOn.filter((d) => !d.crossStream && !d.blocker.external);
  expect(within).toHaveLength(1);
  expect(within[0]).toMatchObject({ status: 'conflict', blocker: { hidden: true, streamId: 'ema' }, overlapDays: null, slackDays: null });
  expect(JSON.stringify(view)).not.toContain('MI-5');
});
