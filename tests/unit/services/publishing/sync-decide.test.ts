/** What the sync decides for one page, from what the app remembers and what Confluence says now. */
import { decide, type Situation } from '../../../../src/services/publishing/sync/decide';
import type { PageRecord } from '../../../../src/services/publishing/sync/page-map';
import type { ObservedPage } from '../../../../src/services/publishing/sync/sync-port';

const APP = 'app-bot';
const record: PageRecord = { pageKey: 'strategy:n2', pageId: '500', title: 'CRM', hash: 'h1', version: 3, parentKey: 'strategy:n1', parentId: '400', marked: true };
const page: ObservedPage = { id: '500', status: 'current', title: 'CRM', parentId: '400', version: 3, versionAuthorId: APP, webui: '/spaces/PROG/pages/500/CRM' };
const situation = (over: Partial<Situation> = {}): Situation => ({ hash: 'h1', parentKey: 'strategy:n1', parentId: '400', record, page, appAuthorId: APP, overwrite: false, ...over });

it('a page the app never wrote is created', () => {
  expect(decide(situation({ record: undefined, page: undefined }))).toEqual({ kind: 'create', reason: null });
});

it('the same content at the version the app wrote is left alone', () => {
  expect(decide(situation())).toEqual({ kind: 'unchanged', reason: null });
});

it('changed content is written as the next version, where the page is', () => {
  expect(decide(situation({ hash: 'h2' }))).toEqual({ kind: 'update', currentVersion: 3, moveTo: null, reason: null });
});

it('a newer version by a person is skipped, even when the app has nothing new, unless the programme manager overwrites', () => {
  const edited = { ...page, version: 4, versionAuthorId: 'person-1' };
  expect(decide(situation({ page: edited }))).toEqual({ kind: 'skip', reason: 'edited-by-person' });
  expect(decide(situation({ page: edited, hash: 'h2' }))).toEqual({ kind: 'skip', reason: 'edited-by-person' });
  expect(decide(situation({ page: edited, overwrite: true }))).toEqual({ kind: 'update', currentVersion: 4, moveTo: null, reason: null });
});

it('a newer version by the app itself (a write whose answer was lost) is simply written again', () => {
  expect(decide(situation({ page: { ...page, version: 4 } }))).toEqual({ kind: 'update', currentVersion: 4, moveTo: null, reason: null });
});

it('without knowing the app\'s own account, any newer version counts as a person\'s', () => {
  expect(decide(situation({ page: { ...page, version: 4 }, appAuthorId: null }))).toEqual({ kind: 'skip', reason: 'edited-by-person' });
});

it('an archived page counts as a person\'s decision', () => {
  expect(decide(situation({ page: { ...page, status: 'archived' } }))).toEqual({ kind: 'skip', reason: 'edited-by-person' });
});

it('a deleted or trashed page is created again', () => {
  expect(decide(situation({ page: undefined }))).toEqual({ kind: 'create', reason: 'recreated' });
  expect(decide(situation({ page: { ...page, status: 'trashed' } }))).toEqual({ kind: 'create', reason: 'recreated' });
});

it('a page a person moved stays there and is reported moved; the programme restructuring moves it', () => {
  const moved = { ...page, parentId: '999' };
  expect(decide(situation({ page: moved }))).toEqual({ kind: 'unchanged', reason: 'moved' });
  expect(decide(situation({ page: moved, hash: 'h2' }))).toEqual({ kind: 'update', currentVersion: 3, moveTo: null, reason: 'moved' });
  expect(decide(situation({ parentKey: 'rollup', parentId: '300', hash: 'h3' }))).toEqual({ kind: 'update', currentVersion: 3, moveTo: '300', reason: null });
});
