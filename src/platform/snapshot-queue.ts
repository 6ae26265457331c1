import { Queue } from '@forge/events';

/** The async-events queue the snapshot consumer listens on (manifest: consumer `snapshot-consumer`). */
export const SNAPSHOT_QUEUE_KEY = 'programme-snapshot';

/** A full rebuild (`reason` says why), or `kind: 'apply'`: apply the recorded changes (see pending-changes.ts). */
export interface SnapshotJobBody {
  reason: string;
}

/** Port: ask for a snapshot build in the background. */
export type PushSnapshotJob = (body: SnapshotJobBody) => Promise<void>;

export const pushSnapshotJob: PushSnapshotJob = async (body) => {
  await new Queue({ key: SNAPSHOT_QUEUE_KEY }).push([{ body: { ...body } }]);
};

/** Forge delays a queued event by at most 900 s. */
const MAX_DELAY_SECONDS = 900;

/** Queues the job that applies pending snapshot changes, after `delaySeconds`. */
export async function pushApplyJob(delaySeconds: number): Promise<void> {
  const delayInSeconds = Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(delaySeconds)));
  await new Queue({ key: SNAPSHOT_QUEUE_KEY }).push([{ body: { kind: 'apply' }, ...(delayInSeconds > 0 ? { delayInSeconds } : {}) }]);
}
