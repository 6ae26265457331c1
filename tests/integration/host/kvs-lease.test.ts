/**
 * `keyPolicy: 'FAIL_IF_EXISTS'` with a `ttl`, the single-writer lease the snapshot relies on, through the real
 * @forge/kvs client: one winner among concurrent takers, 409 KEY_CONFLICT for the rest, an expired lease counts
 * as absent, a refused take leaves the holder untouched.
 */
import { ForgeKvsAPIError, kvs, MetadataField } from '@forge/kvs';
import { installKvs, type KvsUnderTest } from './kvs-support';

let store: KvsUnderTest;
beforeEach(() => {
  store = installKvs();
});

const LEASE = 'snapshot:lease';
const take = (holder: string, seconds = 30) => kvs.set(LEASE, { holder }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: seconds, unit: 'SECONDS' } });
const conflict = { code: 'KEY_CONFLICT', responseDetails: { status: 409 } };

describe('a FAIL_IF_EXISTS lease with a ttl', () => {
  it('has exactly one winner among concurrent takers; the others get 409 KEY_CONFLICT', async () => {
    const holders = Array.from({ length: 12 }, (_, i) => `worker-${i}`);
    const outcomes = await Promise.allSettled(holders.map((holder) => take(holder)));
    const won = outcomes.flatMap((outcome, i) => (outcome.status === 'fulfilled' ? [holders[i]] : []));
    const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(11);
    for (const error of refused) {
      expect(error).toBeInstanceOf(ForgeKvsAPIError);
      expect(error).toMatchObject(conflict);
    }
    expect(await kvs.get(LEASE)).toEqual({ holder: won[0] });
  });

  it('stays held until its ttl has passed, then counts as absent for the next taker', async () => {
    await take('first');
    const expireTime = new Date(store.now() + 30_000).toISOString();
    store.advance(29_999);
    await expect(take('second')).rejects.toMatchObject(conflict);
    expect(await kvs.get(LEASE, { metadataFields: [MetadataField.EXPIRE_TIME] })).toEqual({ key: LEASE, value: { holder: 'first' }, expireTime });

    store.advance(1);
    expect(await kvs.get(LEASE)).toBeUndefined();
    await take('second');
    const taken = await kvs.get(LEASE, { metadataFields: [MetadataField.CREATED_AT, MetadataField.EXPIRE_TIME] });
    // a new item, not the old one revived: created now, expiring 30 s from now
    expect(taken).toEqual({ key: LEASE, value: { holder: 'second' }, createdAt: store.now(), expireTime: new Date(store.now() + 30_000).toISOString() });
  });

  it('counts an expired lease as absent even when nobody read it after it expired', async () => {
    await take('first', 5);
    store.advance(60_000);
    await expect(take('second')).resolves.toBeUndefined();
    expect(await kvs.get(LEASE)).toEqual({ holder: 'second' });
  });

  it('is free again as soon as its holder deletes it, and a plain set overrides it', async () => {
    await take('first');
    await kvs.delete(LEASE);
    await take('second');
    await kvs.set(LEASE, { holder: 'override' });
    expect(await kvs.get(LEASE)).toEqual({ holder: 'override' });
    await expect(take('third')).rejects.toMatchObject(conflict);
  });

  it('charges a refused take as the write it was', async () => {
    await take('first');
    const before = store.emulator.meter.usage().writeUnits;
    await expect(take('second')).rejects.toMatchObject(conflict);
    expect(store.emulator.meter.usage().writeUnits - before).toBe(1);
  });
});
