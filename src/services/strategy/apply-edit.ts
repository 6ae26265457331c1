import type { StrategyEdit, StrategyEditError, StrategyTree } from '../../domain/strategy/strategy-tree';
import { applyStrategyEdit } from '../../domain/strategy/tree-ops';
import { AppFailure } from '../errors';
import type { SnapshotStorage } from '../snapshot/snapshot-store';
import { claimNextVersion } from '../version-claim';
import { readStrategy, STRATEGY_HEAD_KEY, writeStrategy } from './strategy-store';

/** How often an edit is re-applied after another writer won the version, and how long it waits in between. */
export interface RetryOptions {
  tries: number;
  baseDelayMs: number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const EDIT_RETRIES: RetryOptions = {
  tries: 8,
  baseDelayMs: 40,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export interface EditOutcome {
  tree: StrategyTree;
  /** The edit gave a node a new epic JQL: its matches should be read now rather than with the next snapshot. */
  jqlChanged: boolean;
}

export function failureOf(error: StrategyEditError): AppFailure {
  const { code, ...params } = error;
  return new AppFailure({ code, params });
}

function changesJql(before: StrategyTree, edit: StrategyEdit): boolean {
  if (edit.kind === 'add') return edit.fields.epicJql !== null;
  if (edit.kind !== 'update') return false;
  return before.nodes.find((node) => node.id === edit.id)?.epicJql !== edit.fields.epicJql;
}

/**
 * The editor never received the epic keys of projects they cannot browse (node-views.ts), so their update cannot name
 * them: such keys of the stored node are kept, not dropped.
 */
function keepHiddenKeys(tree: StrategyTree, edit: StrategyEdit, hidden: (key: string) => boolean): StrategyEdit {
  if (edit.kind !== 'update') return edit;
  const kept = (tree.nodes.find((node) => node.id === edit.id)?.epicKeys ?? []).filter((key) => hidden(key) && !edit.fields.epicKeys.includes(key));
  return kept.length === 0 ? edit : { ...edit, fields: { ...edit.fields, epicKeys: [...edit.fields.epicKeys, ...kept] } };
}

/**
 * Applies one edit to the latest stored tree (not to the editor's copy) and stores the result as the next version.
 * Compare-and-set: the next version is claimed before the head is switched; a writer that loses the claim re-reads the
 * tree and applies its edit again, after a jittered wait, so two people's edits of different nodes both survive, and
 * an edit of a node someone else changed meanwhile is refused (STRATEGY_NODE_CHANGED, from the node's `rev`). An edit
 * the tree refuses stores nothing.
 */
export async function applyEdit(storage: SnapshotStorage, edit: StrategyEdit, hiddenFromEditor: (key: string) => boolean = () => false, retries: RetryOptions = EDIT_RETRIES): Promise<EditOutcome> {
  for (let attempt = 0; ; attempt++) {
    const stored = await readStrategy(storage);
    const result = applyStrategyEdit(stored.tree, keepHiddenKeys(stored.tree, edit, hiddenFromEditor));
    if (!result.ok) throw failureOf(result.errors[0] ?? { code: 'STRATEGY_NODE_UNKNOWN', nodeId: edit.id });
    const version = stored.head?.version ?? 0;
    try {
      await claimNextVersion(storage.store, STRATEGY_HEAD_KEY, version);
    } catch (error) {
      if (!(error instanceof AppFailure) || error.appError.code !== 'CONFLICT' || attempt + 1 >= retries.tries) throw error;
      // Another edit is being stored: wait for its head to switch, spreading the retries so they do not collide again.
      await retries.sleep(retries.baseDelayMs * 2 ** attempt * (0.5 + retries.random()));
      continue;
    }
    const tree = await writeStrategy(storage, result.value, stored.head);
    return { tree, jqlChanged: changesJql(stored.tree, edit) };
  }
}
