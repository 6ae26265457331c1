/**
 * Confluence refusing or racing the publisher: a 429 on a create (not idempotent: the app looks before it sends again),
 * a 429 on an update, and a 409 when another write lands between the app's read and its update. Each ends in the tree
 * the programme wants, with no duplicate page.
 */
import type { LocalSite } from '../../../local/site/create-local-site';
import { APP_ACTOR } from '../../../local/site/actor';
import { confluenceWrites, lastReport, pageTitled, publishingSite, publishNow, setDesiredPages, spacePages, syntheticPages } from './support';

jest.setTimeout(60_000);

let site: LocalSite;
afterEach(() => site?.close());

const titlesOf = (s: LocalSite) => spacePages(s).map((p) => p.title).sort();
const burst = { status: 429 as const, retryAfterSeconds: 1, reason: 'confluence-burst-based' };

it('a 429 on creating a page: the app checks the title is still free, creates it once, and the tree is whole', async () => {
  site = await publishingSite();
  setDesiredPages(site, syntheticPages());
  site.instruments.failNext('POST /wiki/api/v2/pages', burst, 2);

  await publishNow(site);

  expect(titlesOf(site)).toEqual([...syntheticPages().map((p) => p.title), 'Programme 360° Customer Centricity'].sort());
  expect(pageTitled(site, 'Strategy: CRM').parentId).toBe(pageTitled(site, 'Strategy: 360° Customer Centricity').id);
  const report = await lastReport(site);
  expect(report.state).toBe('done');
  expect(new Set(report.pages.map((p) => p.action))).toEqual(new Set(['created']));
});

it('a 429 on updating a page is waited out and the update lands once', async () => {
  site = await publishingSite();
  setDesiredPages(site, syntheticPages());
  await publishNow(site);
  setDesiredPages(site, syntheticPages().map((p) => ({ ...p, storage: p.storage.replace('</p>', ' (week 2)</p>') })));
  site.instruments.reset();
  site.instruments.failNext('PUT /wiki/api/v2/pages/{id}', burst, 1);

  await publishNow(site);

  for (const page of syntheticPages()) expect(pageTitled(site, page.title).body).toContain('(week 2)');
  expect(pageTitled(site, 'Programme roll-up').version.number).toBe(2);
  expect(confluenceWrites(site).PUT).toBe(6); // five updates and the refused one
  expect(new Set((await lastReport(site)).pages.map((p) => p.action))).toEqual(new Set(['updated']));
});

it('a 409 (another write landed first) is answered by reading the page again and writing the next version', async () => {
  site = await publishingSite();
  setDesiredPages(site, syntheticPages());
  await publishNow(site);
  const rollup = pageTitled(site, 'Programme roll-up');
  setDesiredPages(site, syntheticPages().map((p) => (p.pageKey === 'rollup' ? { ...p, storage: '<p>Overall: at risk</p>' } : p)));
  site.instruments.reset();
  // The app's update waits in flight while another of the app's writes (say, an earlier run's late answer) lands.
  site.instruments.setLatency(`PUT /wiki/api/v2/pages/${rollup.id}`, 300);
  const run = publishNow(site);
  await until(() => (site.instruments.counts()[`PUT /wiki/api/v2/pages/${rollup.id}`] ?? 0) >= 1);
  await writeAsApp(site, rollup.id, '<p>Overall: on track (late write)</p>');
  await run;

  const after = pageTitled(site, 'Programme roll-up');
  expect(after.body).toBe('<p>Overall: at risk</p>');
  expect(after.version.number).toBe(3);
  expect(site.instruments.counts()[`PUT /wiki/api/v2/pages/${rollup.id}`]).toBe(2);
  const report = await lastReport(site);
  expect(report.pages.find((p) => p.pageKey === 'rollup')).toMatchObject({ action: 'updated', reason: null });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('the awaited request never came');
}

async function writeAsApp(s: LocalSite, pageId: string, body: string): Promise<void> {
  const current = s.site.confluence.pages.find((p) => p.id === pageId);
  if (!current) throw new Error(`no page ${pageId}`);
  const response = await s.direct.confluence(
    new Request(`https://local-site.atlassian.net/wiki/api/v2/pages/${pageId}`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: pageId, status: 'current', title: current.title, body: { representation: 'storage', value: body }, version: { number: current.version.number + 1 } }),
    }),
    APP_ACTOR,
  );
  if (!response.ok) throw new Error(`write refused: ${response.status}`);
}
