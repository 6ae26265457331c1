import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AppStore } from '../../platform/app-store';
import type { SnapshotChange } from './patch-snapshot';

/**
 * The snapshot's change log and its single writer. Jira delivers events concurrently; if each patched the snapshot
 * on its own, two patches would read the same generation and the last would win, losing the other's change. So an
 * event only RECORDS what changed — one new key of its own, no read-modify-write, nothing to race on — and whoever
 * holds the lease applies everything recorded in one patch. The lease is the storage's own compare-and-set
 * (`FAIL_IF_EXISTS` with a time to live), so a writer that crashes loses it when it expires.
 */
const PENDING_PREFIX = 'snapshot:pending:';
export const LEASE_KEY = 'snapshot:lease';
/** Longer than a patch takes inside a 25 s trigger; a crashed writer's lease is free again after this. */
export const PATCH_LEASE_SECONDS = 60;
/** A full build holds the lease while it runs (the consumer has 900 s): patches wait as pending changes meanwhile. */
export const BUILD_LEASE_SECONDS = 900;
/** Pending changes older than this were covered by the nightly rebuild at the latest. */
const PENDING_TTL_SECONDS = 2 * 24 * 3600;
/** At most this many changes go into one patch (one bulk read of Jira per 100 issues). */
const PENDING_PER_PATCH = 200;

const StoredChangeSchema = z.object({
  reread: z.array(z.string().max(64)).max(200),
  deleted: z.array(z.object({ id: z.string().max(64), key: z.string().max(64).optional() })).max(200),
});
const LeaseSchema = z.object({ holder: z.string(), since: z.string(), until: z.string() });
const CHECK_KEY = 'snapshot:check-queued';

/** Records a change for the writer; the key sorts by time so the oldest changes are applied first. */
export async function recordChange(store: AppStore, change: SnapshotChange, now: Date): Promise<void> {
  if (change.reread.length === 0 && change.deleted.length === 0) return;
  await store.set(`${PENDING_PREFIX}${now.toISOString()}:${randomUUID().slice(0, 8)}`, change, PENDING_TTL_SECONDS);
}

export interface PendingBatch {
  keys: string[];
  change: SnapshotChange;
}

/** What is recorded now, merged into one change (a damaged record is dropped: the nightly rebuild covers it). */
export async function readPending(store: AppStore): Promise<PendingBatch> {
  const entries = await store.listByPrefix(PENDING_PREFIX, PENDING_PER_PATCH);
  const reread = new Set<string>();
  const deleted = new Map<string, { id: string; key?: string }>();
  for (const entry of entries) {
    const parsed = StoredChangeSchema.safeParse(entry.value);
    if (!parsed.success) continue;
    for (const ref of parsed.data.reread) reread.add(ref);
    for (const gone of parsed.data.deleted) deleted.set(gone.id, gone);
  }
  for (const gone of deleted.values()) reread.delete(gone.id);
  return { keys: entries.map((entry) => entry.key), change: { reread: [...reread], deleted: [...deleted.values()] } };
}

export interface Lease {
  release(): Promise<void>;
}

/** Takes the writer's lease, or answers null when someone else holds it. */
export async function takeLease(store: AppStore, seconds: number, now: Date): Promise<Lease | null> {
  const holder = randomUUID();
  const until = new Date(now.getTime() + seconds * 1000).toISOString();
  if (!(await store.setIfAbsent(LEASE_KEY, { holder, since: now.toISOString(), until }, seconds))) return null;
  return {
    async release() {
      // Only our own lease: after an overrun past its expiry it may be someone else's by now.
      const current = LeaseSchema.safeParse(await store.get(LEASE_KEY));
      if (current.success && current.data.holder === holder) await store.delete(LEASE_KEY);
    },
  };
}

/** Seconds until the current lease expires at the latest (0 when there is none). */
export async function leaseSecondsLeft(store: AppStore, now: Date): Promise<number> {
  const lease = LeaseSchema.safeParse(await store.get(LEASE_KEY));
  return lease.success ? Math.max(0, Math.ceil((Date.parse(lease.data.until) - now.getTime()) / 1000)) : 0;
}

/**
 * Claims the one delayed check that applies what a lease holder may leave behind (it may crash): the first change
 * that finds the lease taken claims it, the others see it claimed and queue nothing.
 */
export async function claimCheck(store: AppStore, delaySeconds: number): Promise<boolean> {
  return store.setIfAbsent(CHECK_KEY, { queued: true }, Math.max(1, delaySeconds));
}

/** The writer has started: a change recorded from now on must queue a patch of its own (or be seen by this one). */
export async function releaseCheck(store: AppStore): Promise<void> {
  await store.delete(CHECK_KEY);
}
