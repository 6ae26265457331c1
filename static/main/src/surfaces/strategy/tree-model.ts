import type { StrategyNode, StrategyNodeId, StrategyTree } from '../../../../../src/domain/strategy/strategy-tree';

/** A node's children in their stored order (the tree is a flat list; siblings keep list order). */
export function childrenOf(tree: StrategyTree, parentId: string | null): StrategyNode[] {
  return tree.nodes.filter((node) => node.parentId === parentId);
}

export function nodeById(tree: StrategyTree, id: string | null): StrategyNode | undefined {
  return id === null ? undefined : tree.nodes.find((node) => node.id === id);
}

/** One line of the outline as drawn: where it sits, whether it can open, and its place among its siblings. */
export interface OutlineRow {
  node: StrategyNode;
  depth: number;
  childCount: number;
  expanded: boolean;
  position: number;
  siblingCount: number;
}

/** The outline in reading order, leaving out the descendants of collapsed nodes. */
export function visibleRows(tree: StrategyTree, collapsed: ReadonlySet<string>): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const seen = new Set<string>();
  const walk = (parentId: string | null, depth: number) => {
    const siblings = childrenOf(tree, parentId);
    siblings.forEach((node, position) => {
      if (seen.has(node.id)) return; // a damaged tree must not loop the page
      seen.add(node.id);
      const childCount = childrenOf(tree, node.id).length;
      const expanded = childCount > 0 && !collapsed.has(node.id);
      rows.push({ node, depth, childCount, expanded, position, siblingCount: siblings.length });
      if (expanded) walk(node.id, depth + 1);
    });
  };
  walk(null, 0);
  return rows;
}

export type Place = { parentId: StrategyNodeId | null; index: number };
export type KeyboardMove = 'up' | 'down' | 'indent' | 'outdent';

/**
 * Where a keyboard move puts the node, as `strategy/edit` reads a move: `index` among the new parent's children
 * after the node left its old place. Null when the move is not possible (first sibling up, top level outdent …).
 */
export function placeFor(tree: StrategyTree, id: string, move: KeyboardMove): Place | null {
  const node = nodeById(tree, id);
  if (!node) return null;
  const siblings = childrenOf(tree, node.parentId);
  const position = siblings.findIndex((s) => s.id === id);
  if (move === 'up') return position > 0 ? { parentId: node.parentId, index: position - 1 } : null;
  if (move === 'down') return position < siblings.length - 1 ? { parentId: node.parentId, index: position + 1 } : null;
  if (move === 'indent') {
    const previous = siblings[position - 1];
    return previous ? { parentId: previous.id, index: childrenOf(tree, previous.id).length } : null;
  }
  const parent = nodeById(tree, node.parentId);
  if (!parent) return null;
  const parentPosition = childrenOf(tree, parent.parentId).findIndex((s) => s.id === parent.id);
  return { parentId: parent.parentId, index: parentPosition + 1 };
}

export type DropZone = 'before' | 'inside' | 'after';

/** Where dropping `draggedId` on `targetId` puts it; null for a drop on itself. Cycles are the server's to refuse. */
export function placeForDrop(tree: StrategyTree, draggedId: string, targetId: string, zone: DropZone): Place | null {
  if (draggedId === targetId) return null;
  const target = nodeById(tree, targetId);
  if (!target) return null;
  if (zone === 'inside') return { parentId: target.id, index: childrenOf(tree, target.id).filter((c) => c.id !== draggedId).length };
  const siblings = childrenOf(tree, target.parentId).filter((s) => s.id !== draggedId);
  const at = siblings.findIndex((s) => s.id === targetId);
  return { parentId: target.parentId, index: zone === 'before' ? at : at + 1 };
}

/** The node's current place, to tell a move that changes nothing. */
export function placeOf(tree: StrategyTree, id: string): Place | null {
  const node = nodeById(tree, id);
  if (!node) return null;
  return { parentId: node.parentId, index: childrenOf(tree, node.parentId).findIndex((s) => s.id === id) };
}

export function samePlace(a: Place | null, b: Place | null): boolean {
  return a !== null && b !== null && a.parentId === b.parentId && a.index === b.index;
}

/** Ids of every node above `id`, nearest first: these must be open for the node to be seen. */
export function ancestorsOf(tree: StrategyTree, id: string): string[] {
  const ancestors: string[] = [];
  let current = nodeById(tree, id)?.parentId ?? null;
  while (current !== null && !ancestors.includes(current)) {
    ancestors.push(current);
    current = nodeById(tree, current)?.parentId ?? null;
  }
  return ancestors;
}

/** A fresh id for a node or a KPI, e.g. `n-k3j9x0a1b2`: random, so two managers adding at once do not collide. */
export function freshId(prefix: 'n' | 'k'): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}
