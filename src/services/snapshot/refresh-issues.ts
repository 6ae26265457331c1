import { pushApplyJob } from '../../platform/snapshot-queue';
import { recordAndApply } from './apply-changes';
import type { SnapshotStorage } from './snapshot-store';

/**
 * Re-reads issues the app itself just changed (journey tags) into the snapshot, at once: the trigger ignores the
 * app's own changes (`filter.ignoreSelf`), and the user who saved is waiting to see them. The change is already in
 * Jira: a failure here is logged, never reported as a failed save.
 */
export async function refreshIssuesInSnapshot(storage: SnapshotStorage, issueKeys: readonly string[], now: () => Date): Promise<void> {
  if (issueKeys.length === 0) return;
  try {
    await recordAndApply(storage, { reread: [...issueKeys], deleted: [] }, pushApplyJob, now);
  } catch (error) {
    console.warn(`The programme snapshot could not take in ${issueKeys.length} re-tagged issue(s); the next rebuild will: ${String(error)}`);
  }
}
