import { PlatformError } from '../../platform/platform-error';
import type { SnapshotStorage } from '../snapshot/snapshot-store';
import { JQL_MATCHES_KEY, type StoredJqlMatches } from './jql-matches';
import { readStrategy } from './strategy-store';

/** Keys kept per node, and in all: the record stays one storage value (well under 240 KiB). */
export const MAX_JQL_KEYS_PER_NODE = 1000;
export const MAX_JQL_KEYS_TOTAL = 8000;

/** One JQL search as the app: the first `limit` keys, and whether Jira had more. */
export type SearchKeys = (jql: string, limit: number) => Promise<{ keys: string[]; more: boolean }>;

/**
 * Re-reads the epics every node's JQL finds (with each full snapshot build, and after an edit that changed a JQL): one
 * search per node with a JQL, as the app, keys only, bounded. A JQL Jira refuses (400) is remembered for its node with
 * Jira's words; any other failure (rate limit, outage) stops the run and keeps what was stored, for the next build.
 */
export async function refreshStrategyJql(storage: SnapshotStorage, search: SearchKeys, now: () => Date): Promise<StoredJqlMatches> {
  const { tree } = await readStrategy(storage);
  const record: StoredJqlMatches = { readAt: now().toISOString(), matches: [], errors: [], capped: [] };
  let budget = MAX_JQL_KEYS_TOTAL;
  for (const node of tree.nodes) {
    if (node.epicJql === null) continue;
    if (budget <= 0) {
      record.capped.push(node.id);
      continue;
    }
    const limit = Math.min(MAX_JQL_KEYS_PER_NODE, budget);
    try {
      const { keys, more } = await search(node.epicJql, limit);
      record.matches.push([node.id, keys]);
      budget -= keys.length;
      if (more) record.capped.push(node.id);
    } catch (error) {
      if (!(error instanceof PlatformError) || error.kind !== 'bad-request') throw error;
      record.errors.push([node.id, error.message.slice(0, 500)]);
    }
  }
  await storage.store.set(JQL_MATCHES_KEY, record);
  return record;
}
