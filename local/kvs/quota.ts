/**
 * Forge's per-installation KVS quotas, as the docs state them (read 2026-08, search corpus "docs"):
 * - https://developer.atlassian.com/platform/forge/limits-kvs-ce — 1000 requests a second; 4,000 read and
 *   4,000 write "10KB requests" a minute: "Request sizes are rounded up to the nearest 10KB. Requests that are
 *   10KB or smaller are counted as 1 request … a request with a payload of 65KB … 7 requests."
 * - https://developer.atlassian.com/platform/forge/storage-reference/batchops — "a maximum of 45 batch
 *   operations per minute"; batch requests "use rate limits more efficiently" (counted by size, not per key).
 * - https://developer.atlassian.com/platform/forge/storage-reference/transactions — "Transactions are treated as
 *   a single Write operation, subject to the rate limits".
 * - https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs and
 *   https://developer.atlassian.com/platform/forge/rest/intro/ — over a quota: 429 with code RATE_LIMIT_EXCEEDED
 *   (the transactions page says TOO_MANY_REQUESTS; the error-handling page defines the body, so we follow it).
 * No page documents a Retry-After header for KVS, so none is sent: the app must not come to depend on one.
 */
import { z } from 'zod';

/** "10KB" is not defined further; decimal kilobytes are the stricter reading (never kinder than the cloud). */
export const UNIT_BYTES = 10_000;

// Infinity is allowed (zod's number refuses it): a relaxed limit that never bites.
const limit = z.union([z.number().positive(), z.literal(Infinity)]);
export const kvsQuotaSchema = z.object({
  readUnitsPerMinute: limit,
  writeUnitsPerMinute: limit,
  batchOpsPerMinute: limit,
  requestsPerSecond: limit,
});
export type KvsQuota = z.infer<typeof kvsQuotaSchema>;

export const FORGE_KVS_QUOTA: Readonly<KvsQuota> = Object.freeze({
  readUnitsPerMinute: 4_000,
  writeUnitsPerMinute: 4_000,
  batchOpsPerMinute: 45,
  requestsPerSecond: 1_000,
});

/** A request's cost in units: one per started 10 KB of its payload, at least one. */
export function unitsFor(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / UNIT_BYTES));
}

/** How each endpoint is charged: reads by the bytes they return, writes by the bytes they send. */
export type Charging = { kind: 'read' | 'write'; batch: boolean };

export const CHARGING: Record<string, Charging> = {
  '/api/v1/get': { kind: 'read', batch: false },
  '/api/v1/secret/get': { kind: 'read', batch: false },
  '/api/v1/entity/get': { kind: 'read', batch: false },
  '/api/v1/query': { kind: 'read', batch: false },
  '/api/v1/entity/query': { kind: 'read', batch: false },
  '/api/v1/batch/get': { kind: 'read', batch: true },
  '/api/v1/set': { kind: 'write', batch: false },
  '/api/v1/secret/set': { kind: 'write', batch: false },
  '/api/v1/entity/set': { kind: 'write', batch: false },
  '/api/v1/delete': { kind: 'write', batch: false },
  '/api/v1/secret/delete': { kind: 'write', batch: false },
  '/api/v1/entity/delete': { kind: 'write', batch: false },
  '/api/v1/batch/set': { kind: 'write', batch: true },
  '/api/v1/batch/delete': { kind: 'write', batch: true },
  '/api/v1/transaction': { kind: 'write', batch: false },
};
