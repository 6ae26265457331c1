import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import { PlatformError } from './platform-error';

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

/**
 * Forge's storage quota (4,000 read and write units a minute per installation) answers 429 RATE_LIMIT_EXCEEDED: that
 * becomes the same `rate-limited` failure as Jira's, so a resolver answers RATE_LIMITED instead of failing raw.
 */
export function asStorageFailure(error: unknown): unknown {
  if (error instanceof ForgeKvsAPIError && (error.responseDetails.status === 429 || error.code === 'RATE_LIMIT_EXCEEDED')) {
    return new PlatformError('rate-limited', 429, error.message, 'storage', { retryAfterSeconds: STORAGE_RETRY_SECONDS, reason: 'forge-storage-quota' });
  }
  return error;
}
/** The quota is counted per minute; the docs name no Retry-After, so the user is asked to wait one. */
const STORAGE_RETRY_SECONDS = 60;

/** Runs a storage call, turning its quota refusal into the app's `rate-limited` failure. */
export async function storageCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asStorageFailure(error);
  }
}

const ttlOf = (seconds: number) => ({ ttl: { value: Math.max(1, Math.ceil(seconds)), unit: 'SECONDS' as const } });

/** KVS answers 20 entries a query page at most. */
const QUERY_PAGE = 20;

export const forgeAppStore: AppStore = {
  get: (key) => storageCall(() => kvs.get(key)),
  set: (key, value, ttlSeconds) => storageCall(() => kvs.set(key, value as never, ttlSeconds === undefined ? undefined : ttlOf(ttlSeconds))),
  delete: (key) => storageCall(() => kvs.delete(key)),
  async setIfAbsent(key, value, ttlSeconds) {
    try {
      await kvs.set(key, value as never, { keyPolicy: 'FAIL_IF_EXISTS', ...ttlOf(ttlSeconds) });
      return true;
    } catch (error) {
      if (keyTaken(error)) return false;
      throw asStorageFailure(error);
    }
  },
  listByPrefix: (prefix, limit) => storageCall(() => listByPrefix(prefix, limit)),
};

async function listByPrefix(prefix: string, limit: number): Promise<Array<{ key: string; value: unknown }>> {
  {
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
  }
}
