/** The Confluence part of the site file: defaults and messages that name the entry and field. */
import { ConfluenceSiteSchema } from '../../../local/site/confluence-schema';
import { demoConfluence } from './confluence-fixture';

const at = '2026-10-01T08:00:00.000Z';
const page = (extra: Record<string, unknown>) => ({ id: '5', spaceId: '1', title: 'P', version: { number: 1, createdAt: at, authorId: 'a' }, authorId: 'a', createdAt: at, ...extra });

describe('ConfluenceSiteSchema', () => {
  it('parses {} to an empty Confluence and fills page/space defaults', () => {
    expect(ConfluenceSiteSchema.parse({})).toEqual({ spaces: [], pages: [] });
    const site = ConfluenceSiteSchema.parse({ spaces: [{ id: '1', key: 'PROG', name: 'Programme' }], pages: [page({})] });
    expect(site.spaces[0]).toMatchObject({ type: 'global', status: 'current', homepageId: null, viewers: 'all' });
    expect(site.pages[0]).toMatchObject({ status: 'current', body: '', properties: [], labels: [], version: { message: '' } });
    expect(demoConfluence().pages).toHaveLength(4);
  });

  it('names the entry and the field in validation errors', () => {
    const bad = ConfluenceSiteSchema.safeParse({
      spaces: [{ id: '1', key: 'PROG', name: 'Programme', homepageId: '77' }],
      pages: [page({ spaceId: '9' }), page({ id: '6', parentId: '404', status: 'deleted' })],
    });
    expect(bad.success).toBe(false);
    const issues = bad.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual(expect.arrayContaining([expect.stringMatching(/^pages\.1\.status: /)]));
    const references = ConfluenceSiteSchema.safeParse({
      spaces: [{ id: '1', key: 'PROG', name: 'Programme', homepageId: '77' }],
      pages: [page({ spaceId: '9' }), page({ id: '6', parentId: '404' }), page({ id: '5', title: 'Dup id' })],
    });
    const messages = references.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'pages.0.spaceId: page 5 ("P"): spaceId 9 matches no space; known spaces: 1 (PROG)',
        'pages.1.parentId: page 6 ("P"): parentId 404 matches no page',
        'pages.2.id: page 5 ("Dup id"): id is used by another page',
        'spaces.0.homepageId: space PROG: homepageId 77 is not a page of this space',
      ]),
    );
  });

  it('refuses a page tree with a loop, once per loop', () => {
    const space = { id: '1', key: 'PROG', name: 'Programme' };
    const looped = ConfluenceSiteSchema.safeParse({
      spaces: [space],
      pages: [page({ id: '5' }), page({ id: '6', title: 'Six', parentId: '8' }), page({ id: '7', parentId: '6' }), page({ id: '8', parentId: '7' })],
    });
    expect(looped.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'pages.1.parentId: page 6 ("Six"): parent cycle 6 → 8 → 7 → 6; one of these pages needs another parent',
    ]);
    expect(ConfluenceSiteSchema.safeParse({ spaces: [space], pages: [page({ id: '5' }), page({ id: '6', parentId: '5' }), page({ id: '7', parentId: '6' })] }).success).toBe(true);
  });
});
