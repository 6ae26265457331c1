/** Given/when helpers for the publishing tests: the demo site, publishing configured into its PROG space, synthetic pages. */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { demoSettings } from '../../../local/demo/app-data';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { DesiredPage } from '../../../src/confluence/desired-page';
import type { ResolverResult } from '../../../src/contract/errors';
import type { PublishingSettings, PublishingStatusView, PublishReport } from '../../../src/contract/publishing';
import { DESIRED_PAGES_KEY } from './fixture-app/src';

export const FIXTURE_DIR = resolve(__dirname, 'fixture-app');
export const PROG_SPACE_ID = '98305';
export const PROG_HOME_ID = '98306';

export const PUBLISHING: PublishingSettings = {
  version: 1,
  target: { spaceId: PROG_SPACE_ID, spaceKey: 'PROG', spaceName: 'Programme', parentPageId: PROG_HOME_ID, parentTitle: 'Programme 360° Customer Centricity' },
  language: 'en',
  schedule: 'weekly',
  pageTypes: { rollUp: true, streams: true, strategy: true },
};

const page = (pageKey: string, title: string, parentKey: string | null, text: string): DesiredPage => ({ pageKey, title, parentKey, storage: `<p>${text}</p>` });

/** A small programme: the roll-up home, two streams, a two-level strategy branch. */
export function syntheticPages(): DesiredPage[] {
  return [
    page('rollup', 'Programme roll-up', null, 'Overall: on track'),
    page('stream:ema', 'Stream: E-mail & marketing', 'rollup', 'EMA progress 40 %'),
    page('stream:data', 'Stream: Data platform', 'rollup', 'DATA progress 10 %'),
    page('strategy:n1', 'Strategy: 360° Customer Centricity', 'rollup', 'Health: at risk'),
    page('strategy:n2', 'Strategy: CRM', 'strategy:n1', 'Progress 3 of 9 done'),
  ];
}

export async function publishingSite(options: { configured?: boolean } = {}): Promise<LocalSite> {
  const file = buildDemoSite();
  const kvsState = emptyKvsState();
  const stored = (value: unknown) => ({ value, createdAt: 0, updatedAt: 0 });
  kvsState.kv['programme-settings'] = stored(demoSettings(file));
  if (options.configured ?? true) kvsState.kv['publishing-settings'] = stored(PUBLISHING);
  return createLocalSite({ appDir: FIXTURE_DIR, site: file, kvsState, autoDeliverQueues: false });
}

export function setDesiredPages(site: LocalSite, pages: DesiredPage[]): void {
  site.kvsState.kv[DESIRED_PAGES_KEY] = { value: pages, createdAt: 0, updatedAt: 0 };
}

async function call<T>(site: LocalSite, resolverKey: string, payload: unknown, accountId: string): Promise<ResolverResult<T>> {
  const result = await site.host.invokeResolver<ResolverResult<T>>({ functionKey: 'resolver', resolverKey, payload, accountId, context: { moduleKey: 'programme-page' } });
  if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
  return result.value;
}

export function dataOf<T>(answer: ResolverResult<T>): T {
  if (!answer.ok) throw new Error(`resolver refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

/** "Publish now" as the programme manager, then the queued run to its end. */
export async function publishNow(site: LocalSite, payload: unknown = {}, accountId: string = DEMO_ACCOUNTS.programmeManager): Promise<ResolverResult<{ queued: boolean; report: PublishReport | null }>> {
  const answer = await call<{ queued: boolean; report: PublishReport | null }>(site, 'publishing/publish-now', payload, accountId);
  await site.host.drainQueues();
  return answer;
}

export async function status(site: LocalSite, accountId: string = DEMO_ACCOUNTS.programmeManager): Promise<PublishingStatusView> {
  return dataOf(await call<PublishingStatusView>(site, 'publishing/status', {}, accountId));
}

/** The latest run's report, as the programme page shows it. */
export async function lastReport(site: LocalSite): Promise<PublishReport> {
  const report = (await status(site)).lastReport;
  if (!report) throw new Error('no publication report yet');
  return report;
}

/** The current pages of the PROG space with their parents, by title. */
export function spacePages(site: LocalSite) {
  return site.site.confluence.pages.filter((p) => p.spaceId === PROG_SPACE_ID && p.status === 'current');
}

export function pageTitled(site: LocalSite, title: string) {
  const found = spacePages(site).find((p) => p.title === title);
  if (!found) throw new Error(`no current page titled ${title}`);
  return found;
}

/** Write requests the app sent to Confluence since the last instruments reset, by method. */
export function confluenceWrites(site: LocalSite): { POST: number; PUT: number; DELETE: number } {
  const writes = { POST: 0, PUT: 0, DELETE: 0 };
  for (const [key, count] of Object.entries(site.instruments.counts())) {
    const [method, path] = key.split(' ');
    if (path?.startsWith('/wiki/') && (method === 'POST' || method === 'PUT' || method === 'DELETE')) writes[method] += count;
  }
  return writes;
}

/** A person edits a page in Confluence (through Confluence's own door, not the app's). */
export async function editAsPerson(site: LocalSite, pageId: string, accountId: string, change: { title?: string; body?: string; parentId?: string }): Promise<void> {
  const current = site.site.confluence.pages.find((p) => p.id === pageId);
  if (!current) throw new Error(`no page ${pageId}`);
  const body = { id: pageId, status: 'current', title: change.title ?? current.title, ...(change.parentId ? { parentId: change.parentId } : {}), body: { representation: 'storage', value: change.body ?? current.body }, version: { number: current.version.number + 1 } };
  const response = await site.direct.confluence(
    new Request(`https://local-site.atlassian.net/wiki/api/v2/pages/${pageId}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    { kind: 'user', accountId },
  );
  if (!response.ok) throw new Error(`person's edit refused: ${response.status} ${await response.text()}`);
}

/** A user-resolver call on the programme page of `site`, with the site URL Forge puts in the UI context. */
export async function programmeCall<T>(site: LocalSite, accountId: string, resolverKey: string, payload: unknown = {}): Promise<ResolverResult<T>> {
  const result = await site.host.invokeResolver<ResolverResult<T>>({ functionKey: 'resolver', resolverKey, payload, accountId, context: { moduleKey: 'programme-page', siteUrl: 'https://local-site.atlassian.net' } });
  if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
  return result.value;
}

/** "Publish now" as `accountId`, the queued run to its end, and the report the Publishing tab then shows. */
export async function publishAndReport(site: LocalSite, accountId: string): Promise<PublishReport> {
  dataOf(await programmeCall(site, accountId, 'publishing/publish-now'));
  await site.host.drainQueues();
  const report = dataOf(await programmeCall<PublishingStatusView>(site, accountId, 'publishing/status')).lastReport;
  if (!report) throw new Error('no publication report yet');
  return report;
}
