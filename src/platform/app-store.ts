import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';

/**
 * The app's key-value storage (Forge KVS). The only place that imports @forge/kvs; services receive this port
 * and parse what they read, so a record of an older shape never reaches the domain unchecked.
 */
export interface AppStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlSeconds?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Stores the value only when the key is absent (an expired key counts as absent): the storage's own
   * compare-and-set (`keyPolicy: 'FAIL_IF_EXISTS'`). False when someone else holds the key.
   */
  setIfAbsent(key: string, value: unknown, ttlSeconds: number): Promise<boolean>;
  /** Up to `limit` entries whose key starts with `prefix`, oldest key order first. */
  listByPrefix(prefix: string, limit: number): Promise<Array<{ key: string; value: unknown }>>;
}

/**
 * The refusal of a `FAIL_IF_EXISTS` write: 409 (reported as `KEY_CONFLICT`; Atlassian's pages name no code, so the
 * status decides).
 */
function keyTaken(error: unknown): boolean {
  if (!(error instanceof ForgeKvsAPIError)) return false;
  return error.responseDetails.status === 409 || error.code === 'KEY_CONFLICT' || error.code === 'KEY_ALREADY_EXISTS';
}

const ttlOf = (seconds: number) => ({ ttl: { value: Math.max(1, Math.ceil(seconds)), unit: 'SECONDS' as const } });

/** KVS answers 20 entries a query page at most. */
const QUERY_PAGE = 20;

export const forgeAppStore: AppStore = {
  async get(key) {
    return kvs.get(key);
  },
  async set(key, value, ttlSeconds) {
    await kvs.set(key, value as never, ttlSeconds === undefined ? undefined : ttlOf(ttlSeconds));
  },
  async delete(key) {
    await kvs.delete(key);
  },
  async setIfAbsent(key, value, ttlSeconds) {
    try {
      await kvs.set(key, value as never, { keyPolicy: 'FAIL_IF_EXISTS', ...ttlOf(ttlSeconds) });
      return true;
    } catch (error) {
      if (keyTaken(error)) return false;
      throw error;
    }
  },
  async listByPrefix(prefix, limit) {
    const found: Array<{ key: string; value: unknown }> = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(Math.min(QUERY_PAGE, limit - found.length));
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<unknown>();
      found.push(...page.results.map((result) => ({ key: result.key, value: result.value })));
      cursor = page.nextCursor;
    } while (cursor && found.length < limit);
    return found;
  },
};
