import type { StrategyEditResult } from '../../contract/strategy';
import type { StrategyEdit } from '../../domain/strategy/strategy-tree';
import { projectOfKey } from '../dependencies/redact';
import { asAppFailure } from '../platform-failures';
import { requireProgrammeManager } from '../roles/programme-manager';
import { loadStoredSettings } from '../settings/stored-settings';
import type { SnapshotStorage } from '../snapshot/snapshot-store';
import { applyEdit, type RetryOptions, EDIT_RETRIES } from './apply-edit';
import { treeForViewer } from './node-views';
import type { StrategyPorts } from './strategy-ports';

/**
 * `strategy/edit`: programme managers only (checked here, on every write), applied to the latest stored tree. An edit
 * that gave a node a new JQL queues its re-read, so the node's epics follow without waiting for the nightly build.
 */
export async function editStrategy(storage: SnapshotStorage, ports: StrategyPorts, edit: StrategyEdit, accountId: string, retries: RetryOptions = EDIT_RETRIES): Promise<StrategyEditResult> {
  await requireProgrammeManager(await loadStoredSettings(storage.store), accountId, ports.roles);
  let browsable: Set<string>;
  try {
    browsable = await ports.browsableProjectKeys();
  } catch (error) {
    throw asAppFailure(error, {});
  }
  const canSee = (key: string) => browsable.has(projectOfKey(key));
  const { tree, jqlChanged } = await applyEdit(storage, edit, (key) => !canSee(key), retries);
  if (jqlChanged) await queueJqlRead(ports);
  return { tree: treeForViewer(tree, canSee) };
}

/** The edit is stored; a failed push must not report it as failed. The next snapshot build reads the JQL anyway. */
async function queueJqlRead(ports: StrategyPorts): Promise<void> {
  try {
    await ports.pushStrategyJql();
  } catch (error) {
    console.warn('strategy saved, but its JQL re-read could not be queued:', error instanceof Error ? error.message : 'unknown error');
  }
}
