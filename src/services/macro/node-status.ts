import type { SnapshotStorage } from '../snapshot/snapshot-store';
import { readStrategy } from '../strategy/strategy-store';
import type { NodeStatus } from './load-macro-status';
import { nodeFigures } from './node-figures';

/** The node target: the stored tree and its JQL matches (head + one batch read), rolled up for the viewer. */
export async function strategyNodeStatus(storage: SnapshotStorage, input: Parameters<NodeStatus>[0]): ReturnType<NodeStatus> {
  const stored = await readStrategy(storage);
  return nodeFigures({ ...input, tree: stored.tree, jqlMatches: stored.jql.matches });
}
