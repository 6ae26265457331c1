/** The KVS emulator driven through the unmodified @forge/kvs SDK, with only `__forge_fetch__` installed. */
import { kvs, WhereConditions, FilterConditions, Filter, Sort, MetadataField, ForgeKvsAPIError } from '@forge/kvs';
import { createKvsEmulator, emptyKvsState, kvsStateSchema, type EntityDeclaration } from '../../../local/kvs';

type Dep = { fromKey: string; toKey: string; stream: string; dueAt: number };
const entities: EntityDeclaration[] = [
  {
    name: 'dependency',
    attributes: { fromKey: { type: 'string' }, toKey: { type: 'string' }, stream: { type: 'string' }, dueAt: { type: 'integer' } },
    indexes: ['fromKey', { name: 'by-stream-due', partition: ['stream'], range: ['dueAt'] }],
  },
];

let clock = Date.parse('2026-08-01T00:00:00Z');
const state = emptyKvsState();
const emulator = createKvsEmulator({ state, entities, now: () => clock });

beforeAll(() => {
  (globalThis as unknown as { __forge_fetch__: unknown }).__forge_fetch__ = (descriptor: { type: string }, path: string, init: RequestInit) => {
    if (descriptor.type !== 'kvs') throw new Error(`unexpected descriptor ${JSON.stringify(descriptor)}`);
    return emulator.fetch(path, init);
  };
});

describe('key-value store through @forge/kvs', () => {
  it('round-trips values, returns undefined for a missing key and deletes idempotently', async () => {
    await kvs.set('cfg:stream:DATA', { owner: 'alice', tags: ['a'] });
    expect(await kvs.get('cfg:stream:DATA')).toEqual({ owner: 'alice', tags: ['a'] });
    expect(await kvs.get('cfg:stream:NONE')).toBeUndefined();
    await kvs.delete('cfg:stream:DATA');
    await kvs.delete('cfg:stream:DATA');
    expect(await kvs.get('cfg:stream:DATA')).toBeUndefined();
    expect(kvsStateSchema.safeParse(JSON.parse(JSON.stringify(state))).success).toBe(true);
  });

  it('keeps secrets apart from plain keys', async () => {
    await kvs.setSecret('token', 's3cret');
    expect(await kvs.get('token')).toBeUndefined();
    expect(await kvs.getSecret('token')).toBe('s3cret');
  });

  it('expires values after their ttl and reports metadata fields', async () => {
    await kvs.set('temp', 1, { ttl: { value: 10, unit: 'SECONDS' } });
    const withMeta = await kvs.get('temp', { metadataFields: [MetadataField.EXPIRE_TIME, MetadataField.CREATED_AT] });
    expect(withMeta).toEqual({ key: 'temp', value: 1, createdAt: clock, expireTime: new Date(clock + 10_000).toISOString() });
    clock += 11_000;
    expect(await kvs.get('temp')).toBeUndefined();
  });

  it('refuses FAIL_IF_EXISTS on an existing key, bad keys and oversized values', async () => {
    await kvs.set('once', 1, { keyPolicy: 'FAIL_IF_EXISTS' });
    await expect(kvs.set('once', 2, { keyPolicy: 'FAIL_IF_EXISTS' })).rejects.toMatchObject({ code: 'KEY_CONFLICT', responseDetails: { status: 409 } });
    await expect(kvs.set('bad/key', 1)).rejects.toMatchObject({ code: 'INVALID_KEY' });
    await expect(kvs.set('k'.repeat(501), 1)).rejects.toMatchObject({ code: 'KEY_TOO_LONG' });
    await expect(kvs.set('big', 'x'.repeat(241 * 1024))).rejects.toBeInstanceOf(ForgeKvsAPIError);
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { d: deep };
    await expect(kvs.set('deep', deep)).rejects.toMatchObject({ code: 'MAX_DEPTH' });
  });

  it('pages a key query with BEGINS_WITH and the cursor, at most 20 per page', async () => {
    for (let i = 0; i < 45; i++) await kvs.set(`page:${String(i).padStart(2, '0')}`, i);
    await kvs.set('other:1', 0);
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      let q = kvs.query().where('key', WhereConditions.beginsWith('page:')).limit(20);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany<number>();
      seen.push(...page.results.map((r) => r.value));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => i));
    await expect(kvs.query().limit(21).getMany()).rejects.toMatchObject({ code: 'INVALID_LIMIT' });
  });

  it('queries an entity index by partition and range, with filters, sort and cursor', async () => {
    const deps = kvs.entity<Dep>('dependency');
    for (let i = 0; i < 6; i++) await deps.set(`d${i}`, { fromKey: `A-${i}`, toKey: i % 2 ? 'B-1' : 'C-1', stream: i < 4 ? 'DATA' : 'CRM', dueAt: 100 + i });
    const first = await deps.query().index('by-stream-due', { partition: ['DATA'] }).where(WhereConditions.between(101, 103)).sort(Sort.DESC).limit(2).getMany();
    expect(first.results.map((r) => r.key)).toEqual(['d3', 'd2']);
    const second = await deps.query().index('by-stream-due', { partition: ['DATA'] }).where(WhereConditions.between(101, 103)).sort(Sort.DESC).limit(2).cursor(first.nextCursor!).getMany();
    expect(second.results.map((r) => r.key)).toEqual(['d1']);
    expect(second.nextCursor).toBeUndefined();
    const filtered = await deps.query().index('fromKey').filters(new Filter<Dep>().and('toKey', FilterConditions.equalTo('B-1')).and('stream', FilterConditions.equalTo('CRM'))).getMany();
    expect(filtered.results.map((r) => r.key)).toEqual(['d5']);
    const either = await deps.query().index('fromKey').filters(new Filter<Dep>().or('fromKey', FilterConditions.equalTo('A-0')).or('fromKey', FilterConditions.equalTo('A-4'))).getMany();
    expect(either.results.map((r) => r.key)).toEqual(['d0', 'd4']);
    await expect(deps.set('bad', { fromKey: 'x', dueAt: 1.5 } as never)).rejects.toMatchObject({ code: 'INVALID_ENTITY_VALUE' });
    await expect(kvs.entity('nope').get('x')).rejects.toMatchObject({ code: 'ENTITY_NOT_FOUND' });
  });

  it('applies a transaction atomically, checks conditions and refuses more than 25 operations', async () => {
    await kvs.entity('dependency').set('t1', { fromKey: 'X', stream: 'DATA', dueAt: 1 });
    const streamIs = (s: string) => new Filter<Dep>().and('stream', FilterConditions.equalTo(s));
    await kvs.transact().set('tx:a', 1).delete('tx:b').check('t1', { entityName: 'dependency', conditions: streamIs('DATA') }).execute();
    expect(await kvs.get('tx:a')).toBe(1);
    await expect(kvs.transact().set('tx:c', 1).check('t1', { entityName: 'dependency', conditions: streamIs('CRM') }).execute()).rejects.toMatchObject({ code: 'CONDITION_FAILED' });
    expect(await kvs.get('tx:c')).toBeUndefined();
    await expect(kvs.transact().set('tx:d', 1).delete('tx:d').execute()).rejects.toMatchObject({ code: 'DUPLICATE_KEY' });
    let tooMany = kvs.transact();
    for (let i = 0; i < 26; i++) tooMany = tooMany.set(`tx:${i}`, i);
    await expect(tooMany.execute()).rejects.toMatchObject({ code: 'TOO_MANY_OPERATIONS', message: expect.stringContaining('at most 25') });
    expect(await kvs.get('tx:0')).toBeUndefined();
  });

  it('runs batch set/get/delete with per-item failures and the 25-item limit', async () => {
    const set = await kvs.batchSet<unknown>([{ key: 'b:1', value: 1 }, { key: 'b/2', value: 2 }, { key: 'e1', value: { fromKey: 'Q' }, entityName: 'dependency' }]);
    expect(set.successfulKeys).toEqual([{ key: 'b:1' }, { key: 'e1', entityName: 'dependency' }]);
    expect(set.failedKeys[0]).toMatchObject({ key: 'b/2', error: { code: 'INVALID_KEY' } });
    const got = await kvs.batchGet([{ key: 'b:1' }, { key: 'b:missing' }, { key: 'e1', entityName: 'dependency' }]);
    expect(got.successfulKeys).toEqual([{ key: 'b:1', value: 1 }, { key: 'e1', entityName: 'dependency', value: { fromKey: 'Q' } }]);
    expect(got.failedKeys).toEqual([{ key: 'b:missing', error: expect.objectContaining({ code: 'KEY_NOT_FOUND' }) }]);
    await kvs.batchDelete([{ key: 'b:1' }]);
    expect(await kvs.get('b:1')).toBeUndefined();
    await expect(kvs.batchSet(Array.from({ length: 26 }, (_, i) => ({ key: `n${i}`, value: i })))).rejects.toMatchObject({ code: 'TOO_MANY_ITEMS' });
  });

  it('counts reads and writes', async () => {
    emulator.resetCounts();
    await kvs.set('count', 1);
    await kvs.get('count');
    await kvs.get('count');
    expect([emulator.readCount(), emulator.writeCount()]).toEqual([2, 1]);
  });
});
