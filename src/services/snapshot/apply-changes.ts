import { patchSnapshot, type SnapshotChange } from './patch-snapshot';
import { claimCheck, leaseSecondsLeft, PATCH_LEASE_SECONDS, readPending, recordChange, takeLease } from './pending-changes';
import type { SnapshotStorage } from './snapshot-store';

/** Port: queue a job that applies pending changes after `delaySeconds` (the snapshot consumer). */
export type ScheduleApply = (delaySeconds: number) => Promise<void>;

export type ApplyOutcome = 'applied' | 'idle' | 'busy';

/** Rounds one writer makes before it leaves the rest to the next: bounded, so it ends inside a 25 s trigger. */
const MAX_ROUNDS = 5;

/**
 * Applies every recorded change in one patch per round, as the only writer. When the lease is taken, the holder
 * will see this change (it looks again after releasing), and one delayed check is queued in case the holder dies.
 * After releasing, the writer looks again: a change recorded while it held the lease was left to it.
 */
export async function applyPendingChanges(storage: SnapshotStorage, scheduleApply: ScheduleApply, now: () => Date): Promise<ApplyOutcome> {
  let applied = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const lease = await takeLease(storage.store, PATCH_LEASE_SECONDS, now());
    if (!lease) {
      const wait = (await leaseSecondsLeft(storage.store, now())) + 1;
      if (await claimCheck(storage.store, wait)) await scheduleApply(wait);
      return applied ? 'applied' : 'busy';
    }
    try {
      const pending = await readPending(storage.store);
      if (pending.keys.length > 0) {
        await patchSnapshot(storage, pending.change, now);
        await storage.batch.deleteMany(pending.keys);
        applied = true;
      }
    } finally {
      await lease.release();
    }
    if ((await readPending(storage.store)).keys.length === 0) return applied ? 'applied' : 'idle';
  }
  // Still more: a burst larger than a few patches. The queued job goes on with it.
  await scheduleApply(0);
  return 'applied';
}

/** Records a change and applies it (with anything else pending) unless another writer is at it. */
export async function recordAndApply(storage: SnapshotStorage, change: SnapshotChange, scheduleApply: ScheduleApply, now: () => Date): Promise<ApplyOutcome> {
  await recordChange(storage.store, change, now());
  return applyPendingChanges(storage, scheduleApply, now);
}
