/**
 * Forge's per-installation KVS quotas in the emulator, driven through the real @forge/kvs client: units of 10 KB
 * per request, 4,000 read and 4,000 write units and 45 batch operations a minute, 1,000 requests a second, and
 * the 429 RATE_LIMIT_EXCEEDED the client turns into its ForgeKvsAPIError.
 */
import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { FORGE_KVS_QUOTA, type KvsUsage } from '../../../local/kvs';
import { installKvs, valueOfBytes, type KvsUnderTest } from './kvs-support';

let store: KvsUnderTest;
beforeEach(() => {
  store = installKvs();
});

const usage = (): KvsUsage => store.emulator.meter.usage();
/** What `run` costs, as the meter counts it. */
async function costOf(run: () => Promise<unknown>): Promise<{ readUnits: number; writeUnits: number; batchOps: number }> {
  const before = usage();
  await run();
  const after = usage();
  return { readUnits: after.readUnits - before.readUnits, writeUnits: after.writeUnits - before.writeUnits, batchOps: after.batchOps - before.batchOps };
}
const rateLimited = { code: 'RATE_LIMIT_EXCEEDED', responseDetails: { status: 429 } };

describe('units', () => {
  it('charges one unit per started 10 KB of the payload, at least one a request', async () => {
    // {"key":"k25","value":…} adds 22 bytes to the value: a 25 KB value is a 25,022-byte request, 3 units.
    expect(await costOf(() => kvs.set('k25', valueOfBytes(25_000)))).toEqual({ readUnits: 0, writeUnits: 3, batchOps: 0 });
    expect(await costOf(() => kvs.get('k25'))).toEqual({ readUnits: 3, writeUnits: 0, batchOps: 0 });
    expect(await costOf(() => kvs.set('k9', valueOfBytes(9_000)))).toEqual({ readUnits: 0, writeUnits: 1, batchOps: 0 });
    // the payload is what counts: 9,990 bytes of value and 22 of envelope start a second unit
    expect(await costOf(() => kvs.set('k10', valueOfBytes(9_990)))).toEqual({ readUnits: 0, writeUnits: 2, batchOps: 0 });
    expect(await costOf(() => kvs.get('nothing-here'))).toEqual({ readUnits: 1, writeUnits: 0, batchOps: 0 });
    expect(await costOf(() => kvs.delete('k9'))).toEqual({ readUnits: 0, writeUnits: 1, batchOps: 0 });
  });

  it('charges a batch by its size, not per key, and counts it as one batch operation', async () => {
    const items = Array.from({ length: 25 }, (_, i) => ({ key: `b:${String(i).padStart(2, '0')}`, value: valueOfBytes(1_000) }));
    // 25 × 1,023 bytes of items in one array: 25,601 bytes, 3 units where 25 single sets would cost 25
    expect(await costOf(() => kvs.batchSet(items))).toEqual({ readUnits: 0, writeUnits: 3, batchOps: 1 });
    expect(await costOf(() => kvs.batchGet(items.map(({ key }) => ({ key }))))).toEqual({ readUnits: 3, writeUnits: 0, batchOps: 1 });
    expect(await costOf(() => kvs.batchDelete(items.map(({ key }) => ({ key }))))).toEqual({ readUnits: 0, writeUnits: 1, batchOps: 1 });
  });

  it('charges a query by the page it returns and a transaction as one write of its whole payload', async () => {
    for (let i = 0; i < 20; i++) await kvs.set(`q:${String(i).padStart(2, '0')}`, valueOfBytes(1_000));
    // 20 items of {"key":"q:00","value":…} (1,023 bytes each) in {"data":[…]}: 20,490 bytes
    expect(await costOf(() => kvs.query().limit(20).getMany())).toEqual({ readUnits: 3, writeUnits: 0, batchOps: 0 });
    const transaction = kvs.transact().set('t:1', valueOfBytes(4_000)).set('t:2', valueOfBytes(4_000)).set('t:3', valueOfBytes(4_000)).delete('q:00');
    expect(await costOf(() => transaction.execute())).toEqual({ readUnits: 0, writeUnits: 2, batchOps: 0 });
  });
});

describe('quotas', () => {
  /** {"key":"w:0","value":…} with a 99,978-byte value: exactly 100,000 bytes, 10 units */
  const tenUnits = valueOfBytes(99_978);
  const writeTenUnits = (i: number) => kvs.set(`w:${i % 4}`, tenUnits);

  it('refuses the write that would pass 4,000 units in 60 s, and the window slides rather than restarting', async () => {
    for (let i = 0; i < 200; i++) await writeTenUnits(i);
    store.advance(30_000);
    for (let i = 0; i < 200; i++) await writeTenUnits(i);
    expect(usage().lastMinute.writeUnits).toBe(4_000);

    const refused = kvs.set('w:late', 1);
    await expect(refused).rejects.toBeInstanceOf(ForgeKvsAPIError);
    await expect(kvs.set('w:late', 1)).rejects.toMatchObject({ ...rateLimited, message: expect.stringContaining('4000 write units') });
    expect(store.state.kv['w:late']).toBeUndefined();
    expect(await kvs.get('w:0')).toBe(tenUnits); // reads have their own quota

    // 60 s after the first burst it has left the window; the second burst (30 s old) still counts.
    store.advance(30_001);
    expect(usage().lastMinute.writeUnits).toBe(2_000);
    for (let i = 0; i < 200; i++) await writeTenUnits(i);
    await expect(writeTenUnits(0)).rejects.toMatchObject(rateLimited);
    expect(usage()).toMatchObject({ writeUnits: 6_000, rateLimited: 3, peakWriteUnitsPerMinute: 4_000 });
  });

  it('refuses reads over 4,000 units a minute and serves them again once the minute has passed', async () => {
    store.state.kv.big = { value: valueOfBytes(99_978), createdAt: store.now(), updatedAt: store.now() }; // {"key":"big","value":…}: 100,000 bytes
    for (let i = 0; i < 400; i++) await kvs.get('big');
    await expect(kvs.get('big')).rejects.toMatchObject(rateLimited);
    await expect(kvs.query().getMany()).rejects.toMatchObject(rateLimited);
    await kvs.set('still-writable', 1);
    store.advance(60_000);
    expect(await kvs.get('big')).toHaveLength(99_976);
    expect(usage()).toMatchObject({ readUnits: 4_010, rateLimited: 2, peakReadUnitsPerMinute: 4_000 });
  });

  it('allows 45 batch operations a minute, of any kind, and leaves single calls alone', async () => {
    for (let i = 0; i < 45; i++) await kvs.batchGet([{ key: `nope:${i}` }]);
    await expect(kvs.batchSet([{ key: 'b', value: 1 }])).rejects.toMatchObject(rateLimited);
    await expect(kvs.batchDelete([{ key: 'b' }])).rejects.toMatchObject({ message: expect.stringContaining('45 batch operations a minute') });
    await kvs.set('single', 1);
    store.advance(60_000);
    await expect(kvs.batchSet([{ key: 'b', value: 1 }])).resolves.toEqual({ successfulKeys: [{ key: 'b' }], failedKeys: [] });
    expect(usage()).toMatchObject({ batchOps: 46, rateLimited: 2, peakBatchOpsPerMinute: 45 });
  });

  it('allows 1,000 requests a second', async () => {
    for (let i = 0; i < 1_000; i++) await kvs.get('absent');
    await expect(kvs.get('absent')).rejects.toMatchObject({ ...rateLimited, message: expect.stringContaining('1000 requests a second') });
    store.advance(1_000);
    await expect(kvs.get('absent')).resolves.toBeUndefined();
    expect(usage().peakRequestsPerSecond).toBe(1_000);
  });

  it('answers the refusal with the body the service documents and no Retry-After', async () => {
    for (let i = 0; i < 45; i++) await kvs.batchDelete([{ key: 'x' }]);
    const response = await store.emulator.fetch('/api/v1/batch/delete', { method: 'POST', body: JSON.stringify([{ key: 'x' }]) });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.json()).toEqual({ code: 'RATE_LIMIT_EXCEEDED', message: expect.stringMatching(/capacity frees in 60 s$/) });
  });
});

describe('the meter', () => {
  it('resets its counters and peaks but remembers the last minute, as the platform does', async () => {
    for (let i = 0; i < 45; i++) await kvs.batchGet([{ key: 'x' }]);
    store.emulator.meter.resetUsage();
    expect(usage()).toMatchObject({ requests: 0, readUnits: 0, batchOps: 0, rateLimited: 0, peakBatchOpsPerMinute: 0, lastMinute: { batchOps: 45 } });
    await expect(kvs.batchGet([{ key: 'x' }])).rejects.toMatchObject(rateLimited);
    expect(usage().rateLimited).toBe(1);
  });

  it('relaxes one limit only for a stated reason, never below Forge and never silently', async () => {
    const meter = store.emulator.meter;
    expect(() => meter.relaxQuota({ batchOpsPerMinute: 100 }, ' ')).toThrow();
    expect(() => meter.relaxQuota({ batchOpsPerMinute: 10 }, 'a stricter limit is not a relaxation')).toThrow(/stricter than Forge's 45/);
    expect(() => meter.relaxQuota({ pointsPerHour: 1 } as never, 'not a KVS limit')).toThrow();
    expect(usage().quota).toEqual(FORGE_KVS_QUOTA);

    meter.relaxQuota({ batchOpsPerMinute: Infinity }, 'measures the cost of a bulk import, not its pacing');
    for (let i = 0; i < 100; i++) await kvs.batchGet([{ key: 'x' }]);
    expect(usage()).toMatchObject({
      batchOps: 100,
      quota: { ...FORGE_KVS_QUOTA, batchOpsPerMinute: Infinity },
      relaxed: [{ limit: 'batchOpsPerMinute', value: Infinity, because: 'measures the cost of a bulk import, not its pacing' }],
    });
    meter.resetUsage();
    expect(usage().relaxed).toHaveLength(1);
  });
});
