import { kvs } from '@forge/kvs';

/** KVS takes at most 25 keys per batch (forge-platform.md §4). */
export const MAX_BATCH_KEYS = 25;

/**
 * Batch reads and writes over @forge/kvs, for records split into chunks. One `getMany` of up to 25 keys is one
 * storage request; keys not found are absent from the answer.
 */
export interface AppStoreBatch {
  getMany(keys: readonly string[]): Promise<Map<string, unknown>>;
  setMany(entries: ReadonlyArray<{ key: string; value: unknown }>): Promise<void>;
  deleteMany(keys: readonly string[]): Promise<void>;
}

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += MAX_BATCH_KEYS) out.push(items.slice(i, i + MAX_BATCH_KEYS));
  return out;
}

export const forgeAppStoreBatch: AppStoreBatch = {
  async getMany(keys) {
    const found = new Map<string, unknown>();
    for (const batch of batches(keys)) {
      const result = await kvs.batchGet<unknown>(batch.map((key) => ({ key })));
      for (const item of result.successfulKeys) found.set(item.key, item.value);
    }
    return found;
  },
  async setMany(entries) {
    for (const batch of batches(entries)) {
      const result = await kvs.batchSet(batch.map(({ key, value }) => ({ key, value: value as never })));
      const failed = result.failedKeys[0];
      // A chunk that was not written would leave a torn snapshot: fail loudly so the build is marked failed.
      if (failed) throw new Error(`storage refused ${failed.key}: ${failed.error.code} ${failed.error.message}`);
    }
  },
  async deleteMany(keys) {
    for (const batch of batches(keys)) await kvs.batchDelete(batch.map((key) => ({ key })));
  },
};
