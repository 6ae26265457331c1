import { entryOf } from '../id-keyed';
import type { StrategyNode, StrategyTree } from './strategy-tree';
import { repairTree } from './tree-repair';

/** Children by parent id (null: the roots), each list in sibling order. Ids are data, so a Map. */
export function childrenByParent(tree: StrategyTree): Map<string | null, StrategyNode[]> {
  const children = new Map<string | null, StrategyNode[]>();
  for (const node of tree.nodes) entryOf(children, node.parentId, () => []).push(node);
  return children;
}

/** The children of a node (or the roots, for null), in sibling order. */
export function childrenOf(tree: StrategyTree, parentId: string | null): StrategyNode[] {
  return tree.nodes.filter((node) => node.parentId === parentId);
}

/** Every node below `id`, depth first in sibling order; a parent loop in damaged data is not followed twice. */
export function descendantIds(tree: StrategyTree, id: string): string[] {
  const children = childrenByParent(tree);
  const result: string[] = [];
  const seen = new Set<string>([id]);
  const stack = [...(children.get(id) ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as StrategyNode;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    result.push(node.id);
    for (const child of [...(children.get(node.id) ?? [])].reverse()) stack.push(child);
  }
  return result;
}

/** The nodes above `id`, the root first; empty for a root or an unknown id. Stops at a parent loop. */
export function ancestorsOf(tree: StrategyTree, id: string): StrategyNode[] {
  const byId = new Map(tree.nodes.map((node) => [node.id as string, node]));
  const result: StrategyNode[] = [];
  const seen = new Set<string>([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    seen.add(parentId);
    result.push(parent);
    parentId = parent.parentId;
  }
  return result.reverse();
}

export interface OutlineEntry {
  node: StrategyNode;
  /** 0 for a root. */
  depth: number;
  /** The outline number, 1-based per level: [1, 2] is "1.2", the second child of the first root. */
  path: number[];
}

/**
 * The tree as an outline, depth first in sibling order. A damaged tree is read as `repairTree` repairs it, so every
 * node appears exactly once.
 */
export function depthFirst(tree: StrategyTree): OutlineEntry[] {
  const children = childrenByParent(repairTree(tree));
  const result: OutlineEntry[] = [];
  const visit = (parentId: string | null, depth: number, prefix: number[]) => {
    (children.get(parentId) ?? []).forEach((node, index) => {
      const path = [...prefix, index + 1];
      result.push({ node, depth, path });
      visit(node.id, depth + 1, path);
    });
  };
  visit(null, 0, []);
  return result;
}

/** What deleting a node does, for the dialog that asks first. */
export interface DeleteConsequences {
  /** Direct children: they move up to the deleted node's parent. */
  children: number;
  /** Every node below, children included: they stay, one level higher. */
  descendants: number;
  /** The node's own epics (picked by key and, when given, found by its JQL): no longer tied to the tree. */
  epics: number;
}

export function deleteConsequences(tree: StrategyTree, id: string, jqlMatchKeys: readonly string[] = []): DeleteConsequences {
  const node = tree.nodes.find((candidate) => candidate.id === id);
  return {
    children: childrenOf(tree, id).length,
    descendants: descendantIds(tree, id).length,
    epics: node ? new Set<string>([...node.epicKeys, ...jqlMatchKeys]).size : 0,
  };
}
