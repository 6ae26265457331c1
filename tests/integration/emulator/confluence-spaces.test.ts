/** C1 GET /wiki/api/v2/spaces: fields, filters, cursor paging, visibility and errors. */
import { ALICE, ANONYMOUS, BOB, setup, v2Error } from './confluence-fixture';

describe('Confluence emulator: spaces (C1)', () => {
  it('lists spaces sorted by id with the fields clients read', async () => {
    const { call } = setup();
    const { status, json, headers } = await call('GET', '/wiki/api/v2/spaces');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('application/json');
    expect(json.results.map((s: { key: string }) => s.key)).toEqual(['PROG', 'SECRET', 'TEAM']);
    expect(json.results[0]).toMatchObject({ id: '100', key: 'PROG', name: 'Programme', type: 'global', status: 'current', homepageId: '110' });
    expect(json._links).toEqual({ base: 'https://acme.atlassian.net/wiki' });
  });

  it('filters by keys and ids, repeated or comma-separated', async () => {
    const { call } = setup();
    expect((await call('GET', '/wiki/api/v2/spaces?keys=TEAM&keys=PROG')).json.results.map((s: { id: string }) => s.id)).toEqual(['100', '102']);
    expect((await call('GET', '/wiki/api/v2/spaces?ids=101,102')).json.results.map((s: { key: string }) => s.key)).toEqual(['SECRET', 'TEAM']);
    expect((await call('GET', '/wiki/api/v2/spaces?ids=abc')).status).toBe(400);
  });

  it('pages with a cursor bound to the query: each space once, Link header matches _links.next', async () => {
    const { call, walk } = setup();
    const first = await call('GET', '/wiki/api/v2/spaces?limit=2');
    expect(first.json.results).toHaveLength(2);
    expect(first.json._links.next).toMatch(/^\/wiki\/api\/v2\/spaces\?limit=2&cursor=/);
    const all = await walk('/wiki/api/v2/spaces?limit=1');
    expect(all.map((s) => s.key)).toEqual(['PROG', 'SECRET', 'TEAM']);
  });

  it('rejects a tampered cursor, a cursor reused with another query, and limits outside 1–250', async () => {
    const { call } = setup();
    const next: string = (await call('GET', '/wiki/api/v2/spaces?limit=1')).json._links.next;
    const tampered = next.replace(/cursor=(.)/, (_m, c: string) => `cursor=${c === 'A' ? 'B' : 'A'}`);
    const bad = await call('GET', tampered);
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      errors: [expect.objectContaining({ status: 400, code: 'INVALID_REQUEST_PARAMETER', title: expect.stringContaining("'cursor'") })],
    });
    expect((await call('GET', next.replace('limit=1', 'limit=2'))).status).toBe(400);
    expect((await call('GET', '/wiki/api/v2/spaces?cursor=garbage')).status).toBe(400);
    expect((await call('GET', '/wiki/api/v2/spaces?limit=0')).json).toEqual(v2Error(400));
    expect((await call('GET', '/wiki/api/v2/spaces?limit=251')).status).toBe(400);
    expect((await call('GET', '/wiki/api/v2/spaces?limit=250')).status).toBe(200);
  });

  it('shows users only the spaces they may view; anonymous gets 401', async () => {
    const { call } = setup();
    const keys = async (actor: typeof ALICE) => (await call('GET', '/wiki/api/v2/spaces', { actor })).json.results.map((s: { key: string }) => s.key);
    expect(await keys(ALICE)).toEqual(['PROG', 'SECRET', 'TEAM']);
    expect(await keys(BOB)).toEqual(['PROG', 'TEAM']);
    const anonymous = await call('GET', '/wiki/api/v2/spaces', { actor: ANONYMOUS });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toEqual(v2Error(401));
  });
});
