/** C2–C6: page create/get/update/delete/list against the rules publishing relies on. */
import { setup, v2Error } from './confluence-fixture';

const storage = (value: string) => ({ representation: 'storage', value });

describe('Confluence emulator: pages (C2–C6)', () => {
  it('creates a page (200, version 1, under the homepage) and returns the body only with body-format=storage', async () => {
    const { call, events } = setup();
    const body = '<h2>Roll-up</h2><p>A &amp; B &#8211; <ac:link><ri:page ri:content-title="Programme home" /></ac:link></p>';
    const created = await call('POST', '/wiki/api/v2/pages', { body: { spaceId: '100', status: 'current', title: 'Roll-up', body: storage(body) } });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ status: 'current', title: 'Roll-up', spaceId: '100', parentId: '110', parentType: 'page', version: { number: 1 } });
    expect(created.json.id).toMatch(/^[0-9]+$/);
    expect(created.json._links).toMatchObject({ base: 'https://acme.atlassian.net/wiki', webui: expect.stringContaining('/spaces/PROG/pages/') });
    expect(events).toEqual([expect.objectContaining({ type: 'avi:confluence:created:page', pageId: created.json.id, spaceId: '100' })]);

    const plain = await call('GET', `/wiki/api/v2/pages/${created.json.id}`);
    expect(plain.status).toBe(200);
    expect(plain.json.body).toBeUndefined();
    const withBody = await call('GET', `/wiki/api/v2/pages/${created.json.id}?body-format=storage`);
    expect(withBody.json.body).toEqual({ storage: { representation: 'storage', value: body } });
    expect(withBody.json.version).toMatchObject({ number: 1, createdAt: '2026-11-03T07:59:12.000Z', authorId: expect.any(String) });
  });

  it('refuses a duplicate title in the space (also when the holder is archived) with the documented 400', async () => {
    const { call, site } = setup();
    const duplicate = await call('POST', '/wiki/api/v2/pages', { body: { spaceId: '100', title: 'Programme home', body: storage('') } });
    expect(duplicate.status).toBe(400);
    expect(duplicate.json).toEqual({
      errors: [{ status: 400, code: 'BAD_REQUEST', title: 'A page with this title already exists: A page already exists with the same TITLE in this space', detail: null }],
    });
    site.confluence.pages.find((p) => p.id === '110')!.status = 'archived';
    expect((await call('POST', '/wiki/api/v2/pages', { body: { spaceId: '100', title: 'Programme home' } })).status).toBe(400);
    // Titles are per space: the same title elsewhere is fine.
    expect((await call('POST', '/wiki/api/v2/pages', { body: { spaceId: '102', title: 'Programme home' } })).status).toBe(200);
  });

  it.each([
    ['an unclosed tag', '<p>open<br></p>', /Error parsing xhtml: .*'br'.* at \[row,col \{unknown-source\}\]: \[1,/],
    ['a named HTML entity', '<p>a&nbsp;b</p>', /Undeclared general entity "nbsp"/],
    ['a bare ampersand', '<p>R&D</p>', /Error parsing xhtml/],
    ['an undeclared namespace prefix', '<foo:bar>x</foo:bar>', /Undeclared namespace prefix "foo"/],
    ['a control character', '<p>bell\u0007</p>', /Illegal character \(code 0x7\)/],
    ['an unquoted attribute', '<a href=x>y</a>', /Error parsing xhtml/],
  ])('rejects storage with %s as 400 naming the problem', async (_name, value, message) => {
    const { call, site } = setup();
    const before = site.confluence.pages.length;
    const response = await call('POST', '/wiki/api/v2/pages', { body: { spaceId: '100', title: 'Bad', body: storage(value) } });
    expect(response.status).toBe(400);
    expect(response.json.errors[0].title).toMatch(message);
    expect(site.confluence.pages).toHaveLength(before);
  });

  it('answers 404 for an unknown space, 413 above 5 MB, 400 for a bad body and 415 without JSON', async () => {
    const { call } = setup();
    expect(await call('POST', '/wiki/api/v2/pages', { body: { spaceId: '999', title: 'X' } })).toMatchObject({ status: 404, json: v2Error(404) });
    const huge = `<p>${'x'.repeat(5 * 1024 * 1024)}</p>`;
    expect((await call('POST', '/wiki/api/v2/pages', { body: { spaceId: '100', title: 'Huge', body: storage(huge) } })).status).toBe(413);
    const noTitle = await call('POST', '/wiki/api/v2/pages', { body: { spaceId: '100', status: 'current' } });
    expect(noTitle.status).toBe(400);
    expect(noTitle.json.errors[0].title).toContain('title');
    expect((await call('POST', '/wiki/api/v2/pages', { raw: '{', contentType: 'application/json' })).status).toBe(400);
    expect((await call('POST', '/wiki/api/v2/pages', { raw: '{}', contentType: 'text/plain' })).status).toBe(415);
  });

  it('updates only with version = current + 1: stale → 409, then success with the fresh number', async () => {
    const { call, createPage } = setup();
    const page = await createPage('Stream: Checkout');
    const update = (number: number, value = '<p>v2</p>') =>
      call('PUT', `/wiki/api/v2/pages/${page.id}`, { body: { id: page.id, status: 'current', title: 'Stream: Checkout', body: storage(value), version: { number, message: 'sync' } } });
    const ok = await update(2);
    expect(ok.status).toBe(200);
    expect(ok.json.version).toMatchObject({ number: 2, message: 'sync' });
    const stale = await update(2, '<p>lost</p>');
    expect(stale.status).toBe(409);
    expect(stale.json.errors[0]).toMatchObject({ status: 409, code: 'CONFLICT', title: expect.stringContaining('Current Version: [2]') });
    const fresh = (await call('GET', `/wiki/api/v2/pages/${page.id}`)).json.version.number;
    expect((await update(fresh + 1, '<p>v3</p>')).status).toBe(200);
    expect((await call('GET', `/wiki/api/v2/pages/${page.id}?body-format=storage`)).json.body.storage.value).toBe('<p>v3</p>');
    expect((await update(4, '<p>broken')).status).toBe(400);
  });

  it('refuses renaming onto a taken title and a body id that differs from the path', async () => {
    const { call, createPage } = setup();
    const page = await createPage('Stream: Payments');
    const put = (body: Record<string, unknown>) => call('PUT', `/wiki/api/v2/pages/${page.id}`, { body: { id: page.id, status: 'current', title: 'Stream: Payments', body: storage(''), version: { number: 2 }, ...body } });
    expect((await put({ title: 'Programme home' })).json).toEqual(v2Error(400));
    expect((await put({ id: '110' })).status).toBe(400);
    expect((await call('PUT', '/wiki/api/v2/pages/987654', { body: { id: '987654', status: 'current', title: 'x', body: storage(''), version: { number: 2 } } })).status).toBe(404);
  });

  it('deletes to trash (204), frees the title, and purges only trashed pages', async () => {
    const { call, createPage, events } = setup();
    const page = await createPage('Agenda 2026-12');
    expect((await call('DELETE', `/wiki/api/v2/pages/${page.id}?purge=true`)).status).toBe(400);
    expect((await call('DELETE', `/wiki/api/v2/pages/${page.id}`)).status).toBe(204);
    expect((await call('GET', `/wiki/api/v2/pages/${page.id}`)).json.status).toBe('trashed');
    expect((await call('GET', `/wiki/api/v2/pages/${page.id}?status=current`)).status).toBe(404);
    expect(events.map((e) => e.type)).toContain('avi:confluence:trashed:page');
    await createPage('Agenda 2026-12');
    expect((await call('DELETE', `/wiki/api/v2/pages/${page.id}?purge=true`)).status).toBe(204);
    expect((await call('GET', `/wiki/api/v2/pages/${page.id}`)).status).toBe(404);
    expect((await call('DELETE', '/wiki/api/v2/pages/424242')).status).toBe(404);
  });

  it('lists pages by space-id, exact title and status, paging each page once', async () => {
    const { call, createPage, walk } = setup();
    for (let i = 0; i < 7; i++) await createPage(`Stream ${i}`);
    const byTitle = await call('GET', '/wiki/api/v2/pages?space-id=100&title=Stream%203');
    expect(byTitle.json.results.map((p: { title: string }) => p.title)).toEqual(['Stream 3']);
    expect((await call('GET', '/wiki/api/v2/pages?space-id=100&title=stream%203')).json.results).toEqual([]);
    const all = await walk('/wiki/api/v2/pages?space-id=100&limit=3');
    expect(all.map((p) => p.title)).toEqual(['Programme home', 'Restricted', 'Under restricted', ...Array.from({ length: 7 }, (_, i) => `Stream ${i}`)]);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(all[0].body).toBeUndefined();
    const withBody = await call('GET', '/wiki/api/v2/pages?space-id=100&limit=1&body-format=storage');
    expect(withBody.json.results[0].body.storage.value).toBe('<p>Home</p>');
    const trashedId = (await call('GET', '/wiki/api/v2/pages?title=Stream%200')).json.results[0].id;
    await call('DELETE', `/wiki/api/v2/pages/${trashedId}`);
    expect((await call('GET', '/wiki/api/v2/pages?space-id=100&status=trashed')).json.results.map((p: { id: string }) => p.id)).toEqual([trashedId]);
    expect((await call('GET', '/wiki/api/v2/pages?status=bogus')).status).toBe(400);
    expect((await call('GET', '/wiki/api/v2/pages?body-format=view')).status).toBe(400);
  });

  it('pages never repeat or skip items when pages are deleted between requests (keyset cursor)', async () => {
    const { call, createPage } = setup();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await createPage(`Item ${i}`)).id);
    const first = await call('GET', '/wiki/api/v2/pages?space-id=100&title=Item%200&limit=1');
    expect(first.json._links.next).toBeUndefined();
    const page1 = await call('GET', '/wiki/api/v2/pages?space-id=100&sort=-id&limit=3');
    expect(page1.json.results.map((p: { id: string }) => p.id)).toEqual([ids[5], ids[4], ids[3]]);
    await call('DELETE', `/wiki/api/v2/pages/${ids[3]}`);
    const page2 = await call('GET', page1.json._links.next);
    expect(page2.json.results.map((p: { id: string }) => p.id).slice(0, 3)).toEqual([ids[2], ids[1], ids[0]]);
  });
});
