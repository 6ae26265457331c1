/** C7: /children and /direct-children of a page. */
import { BOB, setup, v2Error } from './confluence-fixture';

describe('Confluence emulator: children (C7)', () => {
  it('lists current child pages in child position order with the documented fields', async () => {
    const { call, createPage } = setup();
    const a = await createPage('Child A');
    const b = await createPage('Child B');
    const trashed = await createPage('Child gone');
    await call('DELETE', `/wiki/api/v2/pages/${trashed.id}`);
    const children = await call('GET', '/wiki/api/v2/pages/110/children');
    expect(children.status).toBe(200);
    expect(children.json.results).toEqual([
      { id: '200', status: 'current', title: 'Restricted', spaceId: '100', childPosition: 0 },
      { id: a.id, status: 'current', title: 'Child A', spaceId: '100', childPosition: 1 },
      { id: b.id, status: 'current', title: 'Child B', spaceId: '100', childPosition: 2 },
    ]);
    const direct = await call('GET', '/wiki/api/v2/pages/110/direct-children?sort=-id');
    expect(direct.json.results.map((c: { id: string; type: string }) => [c.id, c.type])).toEqual([
      [b.id, 'page'],
      [a.id, 'page'],
      ['200', 'page'],
    ]);
  });

  it('pages children with cursors and hides children the caller cannot view', async () => {
    const { createPage, walk } = setup();
    for (let i = 0; i < 5; i++) await createPage(`Kid ${i}`);
    const all = await walk('/wiki/api/v2/pages/110/children?limit=2');
    expect(all.map((c) => c.title)).toEqual(['Restricted', 'Kid 0', 'Kid 1', 'Kid 2', 'Kid 3', 'Kid 4']);
    const forBob = await walk('/wiki/api/v2/pages/110/direct-children?limit=2', BOB);
    expect(forBob.map((c) => c.title)).toEqual(['Kid 0', 'Kid 1', 'Kid 2', 'Kid 3', 'Kid 4']);
  });

  it('answers 404 for a missing or invisible parent and 400 for a bad sort', async () => {
    const { call } = setup();
    expect(await call('GET', '/wiki/api/v2/pages/999999/children')).toMatchObject({ status: 404, json: v2Error(404) });
    expect((await call('GET', '/wiki/api/v2/pages/200/direct-children', { actor: BOB })).status).toBe(404);
    expect((await call('GET', '/wiki/api/v2/pages/110/children?sort=title')).status).toBe(400);
  });
});
