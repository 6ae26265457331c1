import { kvs } from '@forge/kvs';
import { storageCall } from './app-store';

/** KVS takes at most 25 keys and 4 MB per batch (forge-platform.md §4). */
export const MAX_BATCH_KEYS = 25;
const MAX_BATCH_BYTES = 3.5 * 1024 * 1024;
/** Reads: values of up to 240 KiB each, so 16 keys stay under 4 MB. */
const MAX_READ_KEYS = 16;

/**
 * Batch reads and writes over @forge/kvs, for records split into chunks. One `getMany` of up to 25 keys is one
 * storage request; keys not found are absent from the answer.
 */
export interface AppStoreBatch {
  getMany(keys: readonly string[]): Promise<Map<string, unknown>>;
  setMany(entries: ReadonlyArray<{ key: string; value: unknown }>): Promise<void>;
  deleteMany(keys: readonly string[]): Promise<void>;
}

function batches<T>(items: readonly T[], maxKeys = MAX_BATCH_KEYS, sizeOf: (item: T) => number = () => 0): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && (current.length >= maxKeys || bytes + size > MAX_BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

const batchCalls = {
  async getMany(keys: readonly string[]) {
    const found = new Map<string, unknown>();
    for (const batch of batches(keys, MAX_READ_KEYS)) {
      const result = await kvs.batchGet<unknown>(batch.map((key) => ({ key })));
      for (const item of result.successfulKeys) found.set(item.key, item.value);
    }
    return found;
  },
  async setMany(entries: ReadonlyArray<{ key: string; value: unknown }>) {
    for (const batch of batches(entries, MAX_BATCH_KEYS, (entry) => Buffer.byteLength(JSON.stringify(entry.value)) + entry.key.length + 32)) {
      const result = await kvs.batchSet(batch.map(({ key, value }) => ({ key, value: value as never })));
      const failed = result.failedKeys[0];
      // A chunk that was not written would leave a torn snapshot: fail loudly so the build is marked failed.
      if (failed) throw new Error(`storage refused ${failed.key}: ${failed.error.code} ${failed.error.message}`);
    }
  },
  async deleteMany(keys: readonly string[]) {
    for (const batch of batches(keys)) await kvs.batchDelete(batch.map((key) => ({ key })));
  },
};

/** Storage's 429 (its quota) becomes the app's `rate-limited` failure, as in app-store.ts. */
export const forgeAppStoreBatch: AppStoreBatch = {
  getMany: (keys) => storageCall(() => batchCalls.getMany(keys)),
  setMany: (entries) => storageCall(() => batchCalls.setMany(entries)),
  deleteMany: (keys) => storageCall(() => batchCalls.deleteMany(keys)),
};
