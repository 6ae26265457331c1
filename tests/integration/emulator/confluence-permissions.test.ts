/** Visibility (§10: invisible ⇒ 404, anonymous ⇒ 401) and C13 v1 permission/check, with and without /wiki. */
import { ALICE, ANONYMOUS, BOB, setup, v2Error } from './confluence-fixture';

describe('Confluence emulator: visibility and permission check (C13)', () => {
  it('answers 404 to a user without access to the space or to a restricted page and its descendants', async () => {
    const { call } = setup();
    expect((await call('GET', '/wiki/api/v2/pages/120', { actor: ALICE })).status).toBe(200);
    expect(await call('GET', '/wiki/api/v2/pages/120', { actor: BOB })).toMatchObject({ status: 404, json: v2Error(404) });
    expect((await call('GET', '/wiki/api/v2/pages/200', { actor: BOB })).status).toBe(404);
    expect((await call('GET', '/wiki/api/v2/pages/201', { actor: BOB })).status).toBe(404);
    expect((await call('GET', '/wiki/api/v2/pages/201', { actor: ALICE })).status).toBe(200);
    expect((await call('POST', '/wiki/api/v2/pages', { actor: BOB, body: { spaceId: '101', title: 'Sneaky' } })).status).toBe(404);
    expect((await call('POST', '/wiki/api/v2/pages', { actor: BOB, body: { spaceId: '100', title: 'Sneaky', parentId: '200' } })).status).toBe(404);
    const list = await call('GET', '/wiki/api/v2/pages', { actor: BOB });
    expect(list.json.results.map((p: { id: string }) => p.id)).toEqual(['110']);
  });

  it('lets the app see everything and records the acting user as author', async () => {
    const { call, createPage } = setup();
    expect((await call('GET', '/wiki/api/v2/pages/120')).status).toBe(200);
    const page = await createPage('By Bob', {}, BOB);
    const json = (await call('GET', `/wiki/api/v2/pages/${page.id}`, { actor: BOB })).json;
    expect(json).toMatchObject({ authorId: 'acc-bob', version: { authorId: 'acc-bob' } });
  });

  it('refuses anonymous callers with 401 in the envelope of the API version', async () => {
    const { call } = setup();
    expect(await call('GET', '/wiki/api/v2/pages/110', { actor: ANONYMOUS })).toMatchObject({ status: 401, json: v2Error(401) });
    const v1 = await call('POST', '/wiki/rest/api/content/110/label', { actor: ANONYMOUS, body: [{ name: 'x' }] });
    expect(v1).toMatchObject({ status: 401, json: { statusCode: 401, reason: 'Unauthorized' } });
  });

  it.each(['/wiki/rest/api/content', '/rest/api/content'])('answers permission/check at %s for the subject user', async (prefix) => {
    const { call } = setup();
    const check = (id: string, identifier: string, operation = 'read', actor = ALICE) =>
      call('POST', `${prefix}/${id}/permission/check`, { actor, body: { subject: { type: 'user', identifier }, operation } });
    expect(await check('200', 'acc-alice')).toMatchObject({ status: 200, json: { hasPermission: true } });
    expect((await check('201', 'acc-bob', 'update')).json.hasPermission).toBe(false);
    expect((await check('110', 'acc-bob', 'delete')).json.hasPermission).toBe(true);
    expect((await check('200', 'acc-bob', 'read', BOB)).status).toBe(404);
    expect((await check('110', 'acc-nobody')).status).toBe(400);
    expect((await check('110', 'acc-alice', 'fly')).status).toBe(400);
  });

  it('returns 404 in the right envelope for unknown endpoints', async () => {
    const { call } = setup();
    expect(await call('GET', '/wiki/api/v2/blogposts')).toMatchObject({ status: 404, json: v2Error(404) });
    expect((await call('GET', '/wiki/rest/api/content/110')).json).toMatchObject({ statusCode: 404 });
  });
});
