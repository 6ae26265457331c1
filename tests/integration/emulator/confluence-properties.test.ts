/** C8/C9: content properties (the app marks the pages it owns with one). */
import { BOB, setup, v2Error } from './confluence-fixture';

const OWNED = 'orchestrator.owned';

describe('Confluence emulator: content properties (C8, C9)', () => {
  it('creates (200, version 1), finds by exact key, and reads by id', async () => {
    const { call, createPage } = setup();
    const page = await createPage('Owned page');
    const created = await call('POST', `/wiki/api/v2/pages/${page.id}/properties`, { body: { key: OWNED, value: { app: 'po', hash: 'sha256:1' } } });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ id: expect.stringMatching(/^[0-9]+$/), key: OWNED, value: { app: 'po', hash: 'sha256:1' }, version: { number: 1 } });
    await call('POST', `/wiki/api/v2/pages/${page.id}/properties`, { body: { key: 'other', value: 1 } });
    const byKey = await call('GET', `/wiki/api/v2/pages/${page.id}/properties?key=${OWNED}`);
    expect(byKey.json.results).toEqual([created.json]);
    expect((await call('GET', `/wiki/api/v2/pages/${page.id}/properties?key=ORCHESTRATOR.OWNED`)).json.results).toEqual([]);
    expect((await call('GET', `/wiki/api/v2/pages/${page.id}/properties/${created.json.id}`)).json).toEqual(created.json);
    const duplicate = await call('POST', `/wiki/api/v2/pages/${page.id}/properties`, { body: { key: OWNED, value: 2 } });
    expect(duplicate.json).toEqual(v2Error(400));
    expect((await call('POST', `/wiki/api/v2/pages/${page.id}/properties`, { body: { key: 'k'.repeat(256), value: 1 } })).status).toBe(400);
    expect((await call('POST', `/wiki/api/v2/pages/${page.id}/properties`, { body: { key: 'no-value' } })).status).toBe(400);
  });

  it('updates only with version = current + 1 (409 otherwise), then deletes with 204', async () => {
    const { call, createPage } = setup();
    const page = await createPage('Hash page');
    const property = (await call('POST', `/wiki/api/v2/pages/${page.id}/properties`, { body: { key: OWNED, value: { hash: 'a' } } })).json;
    const path = `/wiki/api/v2/pages/${page.id}/properties/${property.id}`;
    const put = (number: number, hash: string) => call('PUT', path, { body: { key: OWNED, value: { hash }, version: { number } } });
    const stale = await put(1, 'b');
    expect(stale.status).toBe(409);
    expect(stale.json.errors[0]).toMatchObject({ status: 409, code: 'CONFLICT' });
    const ok = await put(2, 'b');
    expect(ok.json).toMatchObject({ value: { hash: 'b' }, version: { number: 2 } });
    expect((await put(2, 'c')).status).toBe(409);
    expect((await call('GET', path)).json.value).toEqual({ hash: 'b' });
    expect((await call('PUT', path, { body: { key: 'renamed', value: 1, version: { number: 3 } } })).status).toBe(400);
    expect((await call('DELETE', path)).status).toBe(204);
    expect((await call('GET', path)).status).toBe(404);
    expect((await call('DELETE', path)).status).toBe(404);
  });

  it('pages the property list and hides properties of pages the caller cannot view', async () => {
    const { call, walk } = setup();
    for (let i = 0; i < 5; i++) await call('POST', '/wiki/api/v2/pages/200/properties', { body: { key: `k${i}`, value: i } });
    expect((await walk('/wiki/api/v2/pages/200/properties?limit=2')).map((p) => p.key)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect((await call('GET', '/wiki/api/v2/pages/200/properties', { actor: BOB })).status).toBe(404);
    expect((await call('POST', '/wiki/api/v2/pages/201/properties', { actor: BOB, body: { key: 'x', value: 1 } })).status).toBe(404);
  });
});
