import { Queue } from '@forge/events';

/** The async-events queue the snapshot consumer listens on (manifest: consumer `snapshot-consumer`). */
export const SNAPSHOT_QUEUE_KEY = 'programme-snapshot';

export interface SnapshotJobBody {
  reason: string;
}

/** Port: ask for a snapshot build in the background. */
export type PushSnapshotJob = (body: SnapshotJobBody) => Promise<void>;

export const pushSnapshotJob: PushSnapshotJob = async (body) => {
  await new Queue({ key: SNAPSHOT_QUEUE_KEY }).push([{ body: { ...body } }]);
};
