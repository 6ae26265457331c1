import { kvs } from '@forge/kvs';

/**
 * The app's key-value storage (Forge KVS). The only place that imports @forge/kvs; services receive this port
 * and parse what they read, so a record of an older shape never reaches the domain unchecked.
 */
export interface AppStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

export const forgeAppStore: AppStore = {
  async get(key) {
    return kvs.get(key);
  },
  async set(key, value) {
    await kvs.set(key, value as never);
  },
  async delete(key) {
    await kvs.delete(key);
  },
};
