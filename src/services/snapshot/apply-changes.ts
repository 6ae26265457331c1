import { patchSnapshot, type SnapshotChange } from './patch-snapshot';
import { claimCheck, leaseSecondsLeft, PATCH_LEASE_SECONDS, readPending, recordChange, releaseCheck, takeLease } from './pending-changes';
import type { SnapshotStorage } from './snapshot-store';

/** Port: queue a job that applies pending changes after `delaySeconds` (the snapshot consumer). */
export type ScheduleApply = (delaySeconds: number) => Promise<void>;

/**
 * Jira events are gathered for this long before one patch applies them all: a bulk edit of 100 issues raises 100
 * events, and a patch per event would read and write the snapshot 100 times (KVS allows 4,000 read and 4,000 write
 * units a minute). The first event of a window queues the patch; the others only record themselves.
 */
export const EVENT_WINDOW_SECONDS = 10;

export type ApplyOutcome = 'applied' | 'idle' | 'busy';

/**
 * Applies every recorded change in one patch, as the only writer. When the lease is taken, one delayed job is queued
 * for when it expires at the latest, in case its holder dies. A change recorded while the patch ran is not applied at
 * once (that would patch again and again under a steady stream of events): a job comes back for it after the event
 * window, so a busy programme costs one patch per window.
 */
export async function applyPendingChanges(storage: SnapshotStorage, scheduleApply: ScheduleApply, now: () => Date): Promise<ApplyOutcome> {
  const lease = await takeLease(storage.store, PATCH_LEASE_SECONDS, now());
  if (!lease) {
    const wait = (await leaseSecondsLeft(storage.store, now())) + 1;
    if (await claimCheck(storage.store, wait)) await scheduleApply(wait);
    return 'busy';
  }
  let applied = false;
  try {
    await releaseCheck(storage.store);
    const pending = await readPending(storage.store);
    if (pending.keys.length > 0) {
      // The applied log goes with the replaced chunks in one batch; without a snapshot to patch, on its own.
      if (!(await patchSnapshot(storage, pending.change, now, pending.keys))) await storage.batch.deleteMany(pending.keys);
      applied = true;
    }
  } finally {
    await lease.release();
  }
  // Recorded meanwhile: patched in the next window, not now. An event of that time has usually queued it already.
  if ((await readPending(storage.store)).keys.length > 0 && (await claimCheck(storage.store, EVENT_WINDOW_SECONDS))) await scheduleApply(EVENT_WINDOW_SECONDS);
  return applied ? 'applied' : 'idle';
}


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
