/**
 * The admin page's Publishing section through the local host: an admin sees the spaces they may view and finds a
 * parent page by part of its title; a target is checked (space, parent in that space, the app's right to write) and
 * saved with compare-and-set; a bad target is named and not stored; anyone else is refused before anything is read.
 */
import { resolve } from 'node:path';
import { buildDemoSite, DEMO_ACCOUNTS } from '../../../local/demo';
import { demoAppData } from '../../../local/demo/app-data';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { SiteFile } from '../../../local/site/schema';
import type { ResolverResult } from '../../../src/contract/errors';
import type { ResolverData, ResolverKey } from '../../../src/contract/resolver-keys';
import { PUBLISHING_SETTINGS_KEY } from '../../../src/services/publishing/publishing-settings-store';

const APP_DIR = resolve(__dirname, '../../..');
const { admin, programmeManager } = DEMO_ACCOUNTS;
let site: LocalSite;

/** The demo site with a second space, "Marketing", holding one page. */
function siteWithTwoSpaces(): SiteFile {
  const file = buildDemoSite();
  const at = '2026-10-01T08:00:00.000Z';
  file.confluence.spaces.push({ id: '99001', key: 'MKT', name: 'Marketing', type: 'global', status: 'current', homepageId: '99002', viewers: 'all', authorId: admin, createdAt: at });
  file.confluence.pages.push({
    id: '99002', spaceId: '99001', title: 'Marketing home', status: 'current', body: '<p>Marketing</p>', version: { number: 1, message: '', createdAt: at, authorId: admin },
    authorId: admin, createdAt: at, properties: [], labels: [],
  });
  return file;
}

beforeEach(async () => {
  const file = siteWithTwoSpaces();
  const kvsState = demoAppData(file);
  delete kvsState.kv[PUBLISHING_SETTINGS_KEY];
  site = await createLocalSite({ appDir: APP_DIR, site: file, kvsState, autoDeliverQueues: false });
});
afterEach(() => site.close());

async function call<K extends ResolverKey>(accountId: string, key: K, payload: unknown): Promise<ResolverResult<ResolverData<K>>> {
  const result = await site.host.invokeResolver<ResolverResult<ResolverData<K>>>({ functionKey: 'admin-resolver', resolverKey: key, payload, accountId, context: { moduleKey: 'programme-settings' } });
  if (!result.ok) throw new Error(`invocation of ${key} failed: ${result.error.message}`);
  return result.value;
}
function dataOf<T>(answer: ResolverResult<T>): T {
  if (!answer.ok) throw new Error(`resolver refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

const homeOf = (spaceKey: string) => {
  const space = site.site.confluence.spaces.find((candidate) => candidate.key === spaceKey);
  return site.site.confluence.pages.find((page) => page.id === space?.homepageId);
};
const settings = (target: { spaceKey: string; parentPageId: string | null }) => ({
  target: { spaceId: '1', spaceKey: target.spaceKey, spaceName: 'typed by the page', parentPageId: target.parentPageId, parentTitle: null },
  language: 'de',
  schedule: 'weekly',
  pageTypes: { rollUp: true, streams: false, strategy: true },
});

it('offers the admin the spaces they may view and the pages whose title contains the text, in any case', async () => {
  const { settings: stored, choices } = dataOf(await call(admin, 'publishing/settings-get', {}));
  expect(stored.target).toBeNull();
  expect(choices.spaces.map((space) => space.key).sort()).toEqual(['MKT', 'PROG']);

  const prog = choices.spaces.find((space) => space.key === 'PROG');
  const home = homeOf('PROG');
  const { pages } = dataOf(await call(admin, 'publishing/pages', { spaceId: prog?.id, title: home?.title.slice(2, 8).toUpperCase() }));
  expect(pages).toContainEqual({ id: home?.id, title: home?.title });
  expect(pages.every((page) => page.title.toLowerCase().includes((home?.title.slice(2, 8) ?? '').toLowerCase()))).toBe(true);
});

it('checks a good target, names each bad one, and saves only a good one with the names Confluence gives', async () => {
  const home = homeOf('PROG');
  expect(dataOf(await call(admin, 'publishing/check-target', { spaceKey: 'PROG', parentPageId: home?.id }))).toEqual({
    ok: true, problem: null, space: { id: '98305', key: 'PROG', name: 'Programme 360° Customer Centricity' }, parent: { id: home?.id, title: home?.title },
  });
  const problem = async (spaceKey: string, parentPageId: string | null) => dataOf(await call(admin, 'publishing/check-target', { spaceKey, parentPageId })).problem;
  expect(await problem('NOPE', null)).toBe('SPACE_NOT_FOUND');
  expect(await problem('PROG', '999999')).toBe('PARENT_NOT_FOUND');
  expect(await problem('PROG', '99002')).toBe('PARENT_IN_OTHER_SPACE');

  const refused = await call(admin, 'publishing/settings-save', { expectedVersion: 0, settings: settings({ spaceKey: 'PROG', parentPageId: '99002' }) });
  expect(refused).toEqual({ ok: false, error: { code: 'PUBLISHING_TARGET_INVALID', field: 'settings.target', params: { problem: 'PARENT_IN_OTHER_SPACE', spaceKey: 'PROG' } } });
  expect(site.kvsState.kv[PUBLISHING_SETTINGS_KEY]).toBeUndefined();

  const { settings: saved } = dataOf(await call(admin, 'publishing/settings-save', { expectedVersion: 0, settings: settings({ spaceKey: 'PROG', parentPageId: home?.id ?? null }) }));
  expect(saved).toEqual({
    version: 1,
    target: { spaceId: '98305', spaceKey: 'PROG', spaceName: 'Programme 360° Customer Centricity', parentPageId: home?.id, parentTitle: home?.title },
    language: 'de', schedule: 'weekly', pageTypes: { rollUp: true, streams: false, strategy: true },
  });
  expect(dataOf(await call(admin, 'publishing/settings-get', {})).settings).toEqual(saved);
});

it('tells the second of two saves from the same version CONFLICT, keeping the first', async () => {
  const first = settings({ spaceKey: 'PROG', parentPageId: null });
  const second = { ...settings({ spaceKey: 'MKT', parentPageId: null }), language: 'en' };
  const answers = await Promise.all([call(admin, 'publishing/settings-save', { expectedVersion: 0, settings: first }), call(admin, 'publishing/settings-save', { expectedVersion: 0, settings: second })]);

  expect(answers.filter((answer) => !answer.ok).map((answer) => !answer.ok && answer.error.code)).toEqual(['CONFLICT']);
  const stored = site.kvsState.kv[PUBLISHING_SETTINGS_KEY]?.value as { version: number; target: { spaceKey: string } };
  expect(stored.version).toBe(1);
  expect(stored.target.spaceKey).toBe(answers[0]?.ok ? 'PROG' : 'MKT');
});

it('refuses a programme manager who is no Jira admin on every key, storing nothing', async () => {
  const answers = [
    await call(programmeManager, 'publishing/settings-get', {}),
    await call(programmeManager, 'publishing/pages', { spaceId: '98305', title: '' }),
    await call(programmeManager, 'publishing/check-target', { spaceKey: 'PROG', parentPageId: null }),
    await call(programmeManager, 'publishing/settings-save', { expectedVersion: 0, settings: settings({ spaceKey: 'PROG', parentPageId: null }) }),
  ];
  expect(answers).toEqual(answers.map(() => ({ ok: false, error: { code: 'ADMIN_REQUIRED', params: { permission: 'ADMINISTER' } } })));
  expect(site.kvsState.kv[PUBLISHING_SETTINGS_KEY]).toBeUndefined();
});
