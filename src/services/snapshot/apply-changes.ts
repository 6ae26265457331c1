import { patchSnapshot, type SnapshotChange } from './patch-snapshot';
import { claimCheck, leaseSecondsLeft, PATCH_LEASE_SECONDS, readPending, recordChange, releaseCheck, takeLease } from './pending-changes';
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
      await releaseCheck(storage.store);
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

/**
 * Jira events are gathered for this long before one patch applies them all: a bulk edit of 100 issues raises 100
 * events, and a patch per event would read and write the snapshot 100 times (KVS allows 4,000 read and 4,000 write
 * units a minute). The first event of a window queues the patch; the others only record themselves.
 */
export const EVENT_WINDOW_SECONDS = 10;

/** Records a change from a Jira event and makes sure a patch comes within the window (see EVENT_WINDOW_SECONDS). */
export async function recordAndSchedule(storage: SnapshotStorage, change: SnapshotChange, scheduleApply: ScheduleApply, now: () => Date): Promise<void> {
  await recordChange(storage.store, change, now());
  if (await claimCheck(storage.store, EVENT_WINDOW_SECONDS)) await scheduleApply(EVENT_WINDOW_SECONDS);
}

/**
 * Records a change the app made itself (a tag save, a new dependency) and applies it now, with anything else
 * pending, unless another writer is at it: the user who made it is waiting to see it.
 */
export async function recordAndApply(storage: SnapshotStorage, change: SnapshotChange, scheduleApply: ScheduleApply, now: () => Date): Promise<ApplyOutcome> {
  await recordChange(storage.store, change, now());
  return applyPendingChanges(storage, scheduleApply, now);
}
