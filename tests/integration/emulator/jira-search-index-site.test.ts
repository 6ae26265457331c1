/**
 * The search-index lag as a local site's instrument: off by default, `instruments.jiraSearchIndex.setLag(seconds)`
 * makes the Jira the app talks to (and the shell's direct one) search with a trailing index, on the instruments' clock.
 */
import { resolve } from 'node:path';
import { buildDemoSite } from '../../../local/demo';
import { createInstruments } from '../../../local/instruments';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';

jest.setTimeout(30_000);

const APP_DIR = resolve(__dirname, '../../..');
const T0 = Date.parse('2026-10-20T10:00:00.000Z');

let site: LocalSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

async function openSite(clock: { ms: number }): Promise<LocalSite> {
  const instruments = createInstruments({ now: () => new Date(clock.ms) });
  site = await createLocalSite({ appDir: APP_DIR, site: buildDemoSite(), kvsState: emptyKvsState(), instruments, autoDeliverQueues: false });
  return site;
}

async function asApp(local: LocalSite, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const init = body === undefined ? { method } : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const response = await local.jira(new Request(new URL(path, local.host.settings.siteUrl), init), { kind: 'app' });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

const summaryInSearch = async (local: LocalSite) =>
  (await asApp(local, 'POST', '/rest/api/3/search/jql', { jql: 'key = EMA-3', fields: ['summary'] })).json.issues[0]?.fields.summary;

it('searches current data by default', async () => {
  const local = await openSite({ ms: T0 });
  expect(local.instruments.jiraSearchIndex.lagSeconds()).toBe(0);
  expect((await asApp(local, 'PUT', '/rest/api/3/issue/EMA-3', { fields: { summary: 'Renamed at once' } })).status).toBe(204);
  expect(await summaryInSearch(local)).toBe('Renamed at once');
});

it('trails writes by the lag set on the instruments, on their clock, for the app and the shell alike', async () => {
  const clock = { ms: T0 };
  const local = await openSite(clock);
  local.instruments.jiraSearchIndex.setLag(20);
  const before = await summaryInSearch(local);
  expect((await asApp(local, 'PUT', '/rest/api/3/issue/EMA-3', { fields: { summary: 'Renamed later' } })).status).toBe(204);

  clock.ms = T0 + 19_000;
  expect(await summaryInSearch(local)).toBe(before);
  expect((await asApp(local, 'GET', '/rest/api/3/issue/EMA-3?fields=summary')).json.fields.summary).toBe('Renamed later');
  const shell = await local.direct.jira(
    new Request(new URL('/rest/api/3/search/jql', local.host.settings.siteUrl), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jql: 'key = EMA-3', fields: ['summary'] }) }),
    { kind: 'app' },
  );
  expect(((await shell.json()) as { issues: Array<{ fields: { summary: string } }> }).issues[0]?.fields.summary).toBe(before);

  clock.ms = T0 + 20_000;
  expect(await summaryInSearch(local)).toBe('Renamed later');
  local.instruments.reset();
  expect(local.instruments.jiraSearchIndex.lagSeconds()).toBe(20);
});
