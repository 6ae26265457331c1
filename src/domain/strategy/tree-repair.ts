import type { StrategyNode, StrategyTree } from './strategy-tree';

/**
 * A tree read from storage may be damaged (written by an older version, or edited by hand): a parent that does not
 * exist, a parent loop, an id twice. The repaired tree keeps every node reachable from a root: a node whose parent is
 * missing becomes a root, every member of a parent loop becomes a root (nodes hanging below the loop keep their
 * parent), and of two nodes with the same id the first is kept. Order is kept. An intact tree is returned as it is.
 */
export function repairTree(tree: StrategyTree): StrategyTree {
  const byId = new Map<string, StrategyNode>();
  for (const node of tree.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const duplicates = byId.size !== tree.nodes.length;

  const toRoot = new Set<string>();
  // 'walking' while on the current path upwards, 'settled' once known to reach a root (after repair).
  const state = new Map<string, 'walking' | 'settled'>();
  for (const start of byId.values()) {
    const path: StrategyNode[] = [];
    let current: StrategyNode | undefined = start;
    while (current && state.get(current.id) === undefined) {
      state.set(current.id, 'walking');
      path.push(current);
      if (current.parentId === null) break;
      const parent = byId.get(current.parentId);
      if (!parent) {
        toRoot.add(current.id);
        break;
      }
      if (state.get(parent.id) === 'walking') {
        // A loop: every node from the parent's place on the path to here is a member.
        for (let at = path.indexOf(parent); at < path.length; at++) toRoot.add((path[at] as StrategyNode).id);
        break;
      }
      current = parent;
    }
    for (const node of path) state.set(node.id, 'settled');
  }

  if (!duplicates && toRoot.size === 0) return tree;
  const kept = duplicates ? [...byId.values()] : tree.nodes;
  return {
    version: tree.version,
    nodes: kept.map((node) => (toRoot.has(node.id) ? { ...node, parentId: null } : node)),
  };
}
