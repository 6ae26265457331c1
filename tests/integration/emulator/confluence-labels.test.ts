/** C10–C12: labels read through v2, written through v1 (with the v1 envelope). */
import { BOB, setup } from './confluence-fixture';

const v1Label = '/wiki/rest/api/content';

describe('Confluence emulator: labels (C10–C12)', () => {
  it('adds labels through v1 (array body) and answers with the v1 list envelope', async () => {
    const { call, createPage, events } = setup();
    const page = await createPage('Labelled');
    const added = await call('POST', `${v1Label}/${page.id}/label`, { body: [{ prefix: 'global', name: 'programme-orchestrator' }, { prefix: 'team', name: 'Stream-Checkout' }] });
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ start: 0, limit: 200, size: 2, _links: expect.objectContaining({ base: 'https://acme.atlassian.net/wiki' }) });
    expect(added.json.results).toEqual([
      { prefix: 'global', name: 'programme-orchestrator', id: expect.stringMatching(/^[0-9]+$/), label: 'programme-orchestrator' },
      { prefix: 'team', name: 'stream-checkout', id: expect.any(String), label: 'stream-checkout' },
    ]);
    // Adding again is a no-op; the same label on another page shares its id.
    expect((await call('POST', `${v1Label}/${page.id}/label`, { body: { name: 'programme-orchestrator' } })).json.size).toBe(2);
    const other = await createPage('Other');
    const otherLabels = (await call('POST', `${v1Label}/${other.id}/label`, { body: [{ prefix: 'global', name: 'programme-orchestrator' }] })).json.results;
    expect(otherLabels[0].id).toBe(added.json.results[0].id);
    expect(events.filter((e) => e.type === 'avi:confluence:added:label')).toHaveLength(3);
  });

  it('reads labels through v2 with prefix filter and cursor paging', async () => {
    const { call, walk } = setup();
    await call('POST', `${v1Label}/110/label`, { body: ['a', 'b', 'c', 'd'].map((name) => ({ prefix: 'global', name })).concat([{ prefix: 'my', name: 'mine' }]) });
    const all = await walk('/wiki/api/v2/pages/110/labels?limit=2');
    expect(all.map((l) => l.name)).toEqual(['a', 'b', 'c', 'd', 'mine']);
    expect(all[0]).toEqual({ id: expect.any(String), name: 'a', prefix: 'global' });
    expect((await call('GET', '/wiki/api/v2/pages/110/labels?prefix=my')).json.results.map((l: { name: string }) => l.name)).toEqual(['mine']);
  });

  it('removes labels by path or ?name= (204) and reports errors in the v1 shape', async () => {
    const { call } = setup();
    await call('POST', `${v1Label}/110/label`, { body: [{ prefix: 'global', name: 'one' }, { prefix: 'global', name: 'two' }] });
    expect((await call('DELETE', `${v1Label}/110/label/one`)).status).toBe(204);
    expect((await call('DELETE', `${v1Label}/110/label?name=two`)).status).toBe(204);
    expect((await call('GET', '/wiki/api/v2/pages/110/labels')).json.results).toEqual([]);
    const missing = await call('DELETE', `${v1Label}/110/label/one`);
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ statusCode: 404, reason: 'Not Found', message: expect.any(String), data: expect.any(Object) });
    const invalid = await call('POST', `${v1Label}/110/label`, { body: [{ prefix: 'global', name: 'has space' }] });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toMatchObject({ statusCode: 400, reason: 'Bad Request', message: expect.stringContaining('name') });
    expect((await call('POST', `${v1Label}/200/label`, { actor: BOB, body: [{ name: 'x' }] })).json).toMatchObject({ statusCode: 404 });
    expect((await call('GET', '/wiki/api/v2/pages/200/labels', { actor: BOB })).json.errors[0].status).toBe(404);
  });
});
