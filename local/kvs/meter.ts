/**
 * Meters the key-value store against Forge's per-installation quotas (quota.ts) and refuses a request over any
 * of them with the 429 the service answers. It also keeps the figures tests and benchmarks read: units used,
 * batch operations, refusals and the busiest minute since the last reset.
 */
import { z } from 'zod';
import { KvsError } from './errors';
import { FORGE_KVS_QUOTA, kvsQuotaSchema, type KvsQuota } from './quota';
import { SlidingWindow } from './sliding-window';

/** What one request costs; every admitted request also counts once against the requests-a-second limit. */
export interface KvsCharge {
  readUnits: number;
  writeUnits: number;
  batchOps: number;
}

export interface KvsRelaxation {
  limit: keyof KvsQuota;
  value: number;
  because: string;
}

export interface KvsUsage {
  /** since the last reset */
  requests: number;
  readUnits: number;
  writeUnits: number;
  batchOps: number;
  rateLimited: number;
  /** the most used within any 60 s (1 s for requests) since the last reset */
  peakReadUnitsPerMinute: number;
  peakWriteUnitsPerMinute: number;
  peakBatchOpsPerMinute: number;
  peakRequestsPerSecond: number;
  /** what the store counts against the quota right now, whether or not it was used before a reset */
  lastMinute: { readUnits: number; writeUnits: number; batchOps: number };
  quota: KvsQuota;
  relaxed: KvsRelaxation[];
}

export interface KvsMeter {
  /** Records the cost of a request, or throws the 429 `RATE_LIMIT_EXCEEDED` and records nothing. */
  admit(charge: KvsCharge): void;
  usage(): KvsUsage;
  /** Zeroes the counters and peaks. The quota windows stay: the platform does not forget the last minute. */
  resetUsage(): void;
  /**
   * The one way to lift a limit above Forge's, for a test that says why (the reason is shown in `usage()`).
   * Lasts for the meter's life; `resetUsage()` does not undo it.
   */
  relaxQuota(limits: Partial<KvsQuota>, because: string): void;
}

export interface KvsMeterOptions {
  /** injectable clock (epoch ms), so a test can move past a window instead of waiting a minute */
  now?: () => number;
}

type Dimension = 'requests' | 'readUnits' | 'writeUnits' | 'batchOps';
const DIMENSIONS: Dimension[] = ['requests', 'readUnits', 'writeUnits', 'batchOps'];
const LIMITS: Record<Dimension, { quota: keyof KvsQuota; spanMs: number; what: string }> = {
  requests: { quota: 'requestsPerSecond', spanMs: 1_000, what: 'requests a second' },
  readUnits: { quota: 'readUnitsPerMinute', spanMs: 60_000, what: 'read units (10 KB each) a minute' },
  writeUnits: { quota: 'writeUnitsPerMinute', spanMs: 60_000, what: 'write units (10 KB each) a minute' },
  batchOps: { quota: 'batchOpsPerMinute', spanMs: 60_000, what: 'batch operations a minute' },
};

const relaxationSchema = z.object({ limits: kvsQuotaSchema.partial().strict(), because: z.string().trim().min(1) });

const perDimension = <T>(make: (d: Dimension) => T): Record<Dimension, T> =>
  Object.fromEntries(DIMENSIONS.map((d) => [d, make(d)])) as Record<Dimension, T>;

function rateLimited(dimension: Dimension, limit: number, needed: number, waitMs: number): KvsError {
  const when = Number.isFinite(waitMs) ? `capacity frees in ${Math.ceil(waitMs / 1000)} s` : 'it can never fit';
  return new KvsError(429, 'RATE_LIMIT_EXCEEDED', `Rate limit exceeded: this installation may use ${limit} ${LIMITS[dimension].what}; this request needs ${needed}, ${when}`);
}

export function createKvsMeter(options: KvsMeterOptions = {}): KvsMeter {
  const now = options.now ?? Date.now;
  const quota: KvsQuota = { ...FORGE_KVS_QUOTA };
  const relaxed: KvsRelaxation[] = [];
  // `enforced` is the platform's memory; `measured` restarts at each reset so peaks describe the current run.
  const enforced = perDimension((d) => new SlidingWindow(LIMITS[d].spanMs));
  let measured = perDimension((d) => new SlidingWindow(LIMITS[d].spanMs));
  let totals = perDimension(() => 0);
  let peaks = perDimension(() => 0);
  let refusals = 0;

  return {
    admit(charge) {
      const at = now();
      const amounts: Record<Dimension, number> = { requests: 1, ...charge };
      for (const d of DIMENSIONS) {
        if (amounts[d] === 0) continue;
        const limit = quota[LIMITS[d].quota];
        const waitMs = enforced[d].waitMs(at, amounts[d], limit);
        if (waitMs > 0) {
          refusals += 1;
          throw rateLimited(d, limit, amounts[d], waitMs);
        }
      }
      for (const d of DIMENSIONS) {
        if (amounts[d] === 0) continue;
        enforced[d].add(at, amounts[d]);
        measured[d].add(at, amounts[d]);
        totals[d] += amounts[d];
        peaks[d] = Math.max(peaks[d], measured[d].total(at));
      }
    },
    usage() {
      const at = now();
      return {
        ...totals,
        rateLimited: refusals,
        peakReadUnitsPerMinute: peaks.readUnits,
        peakWriteUnitsPerMinute: peaks.writeUnits,
        peakBatchOpsPerMinute: peaks.batchOps,
        peakRequestsPerSecond: peaks.requests,
        lastMinute: { readUnits: enforced.readUnits.total(at), writeUnits: enforced.writeUnits.total(at), batchOps: enforced.batchOps.total(at) },
        quota: { ...quota },
        relaxed: relaxed.map((r) => ({ ...r })),
      };
    },
    resetUsage() {
      measured = perDimension((d) => new SlidingWindow(LIMITS[d].spanMs));
      totals = perDimension(() => 0);
      peaks = perDimension(() => 0);
      refusals = 0;
    },
    relaxQuota(limits, because) {
      const parsed = relaxationSchema.parse({ limits, because });
      const changes = Object.entries(parsed.limits) as Array<[keyof KvsQuota, number]>;
      for (const [name, value] of changes) {
        if (value < FORGE_KVS_QUOTA[name]) throw new Error(`relaxQuota: ${name} ${value} is stricter than Forge's ${FORGE_KVS_QUOTA[name]}`);
      }
      for (const [name, value] of changes) {
        quota[name] = value;
        relaxed.push({ limit: name, value, because: parsed.because });
      }
    },
  };
}
