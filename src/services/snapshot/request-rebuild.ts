import type { PushSnapshotJob } from '../../platform/snapshot-queue';
import { readMeta, writeMeta, type SnapshotMeta, type SnapshotStorage } from './snapshot-store';

/** A job older than the consumer's longest run (900 s) plus Forge's retry spacing has died: queue anew. */
const STALE_JOB_MS = 30 * 60_000;

export function jobInProgress(meta: SnapshotMeta, now: Date): boolean {
  return meta.job !== null && now.getTime() - Date.parse(meta.job.since) < STALE_JOB_MS;
}

/**
 * Queues a full rebuild unless one is already queued or running (then says so with `queued: false`).
 * The job is recorded before the push so two quick clicks queue one build.
 */
export async function requestRebuild(storage: SnapshotStorage, push: PushSnapshotJob, reason: string, now: () => Date): Promise<{ queued: boolean }> {
  const meta = await readMeta(storage.store);
  if (jobInProgress(meta, now())) return { queued: false };
  await writeMeta(storage.store, { ...meta, job: { status: 'queued', reason, since: now().toISOString() } });
  try {
    await push({ reason });
  } catch (error) {
    await writeMeta(storage.store, { ...(await readMeta(storage.store)), job: null });
    throw error;
  }
  return { queued: true };
}
