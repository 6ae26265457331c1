import type { ProgrammeSettings, SnapshotState } from '../../contract/programme';
import type { PushSnapshotJob } from '../../platform/snapshot-queue';
import { jobInProgress, requestRebuild } from '../snapshot/request-rebuild';
import type { SnapshotMeta, SnapshotStorage } from '../snapshot/snapshot-store';

export interface SnapshotStatus {
  state: SnapshotState;
  refreshing: boolean;
  failure: string | null;
}

/**
 * What the panel says about the snapshot. The first view after configuring (or after the settings changed) queues
 * the build itself, so nobody has to find a refresh button before anything shows.
 */
export async function snapshotStatus(storage: SnapshotStorage, push: PushSnapshotJob, settings: ProgrammeSettings, meta: SnapshotMeta, now: () => Date): Promise<SnapshotStatus> {
  let refreshing = jobInProgress(meta, now());
  const stale = !meta.current || meta.current.settingsVersion !== settings.version;
  // A failed first build is not retried on every view: the admin reads the reason and refreshes.
  if (stale && !refreshing && !(meta.lastFailure && !meta.current)) {
    refreshing = (await requestRebuild(storage, push, meta.current ? 'settings-changed' : 'first-view', now)).queued || refreshing;
  }
  const failure = meta.lastFailure?.reason ?? null;
  if (meta.current) return { state: 'ready', refreshing, failure };
  return { state: failure && !refreshing ? 'failed' : 'building', refreshing, failure };
}
