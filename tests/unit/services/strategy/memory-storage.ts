/**
 * An in-memory app storage whose every request takes a few milliseconds, like Forge's over the network, so concurrent
 * writers really interleave between reading and writing. `setIfAbsent` is the store's FAIL_IF_EXISTS.
 */
import type { AppStore } from '../../../../src/platform/app-store';
import type { AppStoreBatch } from '../../../../src/platform/app-store-batch';
import type { SnapshotStorage } from '../../../../src/services/snapshot/snapshot-store';

export interface MemoryStorage extends SnapshotStorage {
  values: Map<string, unknown>;
  requests: { count: number };
}

export function memoryStorage(latencyMs: () => number): MemoryStorage {
  const values = new Map<string, unknown>();
  const requests = { count: 0 };
  const later = async <T>(work: () => T): Promise<T> => {
    requests.count += 1;
    await new Promise((resolve) => setTimeout(resolve, latencyMs()));
    return work();
  };
  const copy = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown));
  const store: AppStore = {
    get: (key) => later(() => copy(values.get(key))),
    set: (key, value) => later(() => void values.set(key, copy(value))),
    delete: (key) => later(() => void values.delete(key)),
    setIfAbsent: (key, value) =>
      later(() => {
        if (values.has(key)) return false;
        values.set(key, copy(value));
        return true;
      }),
    listByPrefix: (prefix, limit) => later(() => [...values].filter(([key]) => key.startsWith(prefix)).slice(0, limit).map(([key, value]) => ({ key, value: copy(value) }))),
  };
  const batch: AppStoreBatch = {
    getMany: (keys) => later(() => new Map(keys.filter((key) => values.has(key)).map((key) => [key, copy(values.get(key))]))),
    setMany: (entries) => later(() => entries.forEach(({ key, value }) => values.set(key, copy(value)))),
    deleteMany: (keys) => later(() => keys.forEach((key) => values.delete(key))),
  };
  return { store, batch, values, requests };
}
