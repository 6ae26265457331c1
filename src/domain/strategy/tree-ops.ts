import { fail, ok, type Result } from '../result';
import { MAX_STRATEGY_NODES, type StrategyEdit, type StrategyEditError, type StrategyNode, type StrategyTree } from './strategy-tree';
import { descendantIds } from './tree-queries';

export * from './tree-queries';
export { repairTree } from './tree-repair';

type Outcome = Result<StrategyTree, StrategyEditError>;

/**
 * Applies one edit to a tree and returns the new tree; the input is never changed. `version` stays as it is: the
 * store raises it when it writes. Sibling order is the order of `nodes` among nodes with the same parent.
 */
export function applyStrategyEdit(tree: StrategyTree, edit: StrategyEdit): Outcome {
  switch (edit.kind) {
    case 'add':
      return addNode(tree, edit);
    case 'update':
      return updateNode(tree, edit);
    case 'move':
      return moveNode(tree, edit);
    case 'delete':
      return deleteNode(tree, edit);
  }
}

/** `nodes` with `node` placed at `index` among the children of its parent (clamped to their count). */
function insertAmongSiblings(nodes: readonly StrategyNode[], node: StrategyNode, index: number): StrategyNode[] {
  const siblingPositions: number[] = [];
  nodes.forEach((candidate, position) => {
    if (candidate.parentId === node.parentId) siblingPositions.push(position);
  });
  const wanted = Math.min(Math.max(0, Math.trunc(index)), siblingPositions.length);
  // Before the sibling now at that index; after the last sibling (or at the end, without siblings) otherwise.
  const before = siblingPositions[wanted];
  const at = before ?? (siblingPositions.length > 0 ? (siblingPositions.at(-1) as number) + 1 : nodes.length);
  return [...nodes.slice(0, at), node, ...nodes.slice(at)];
}

function parentIsUnknown(tree: StrategyTree, parentId: string | null): boolean {
  return parentId !== null && !tree.nodes.some((node) => node.id === parentId);
}

function addNode(tree: StrategyTree, edit: Extract<StrategyEdit, { kind: 'add' }>): Outcome {
  if (tree.nodes.some((node) => node.id === edit.id)) return fail([{ code: 'STRATEGY_NODE_ID_TAKEN', nodeId: edit.id }]);
  if (edit.parentId !== null && parentIsUnknown(tree, edit.parentId)) {
    return fail([{ code: 'STRATEGY_PARENT_UNKNOWN', nodeId: edit.id, parentId: edit.parentId }]);
  }
  if (tree.nodes.length >= MAX_STRATEGY_NODES) return fail([{ code: 'STRATEGY_TREE_FULL', nodeId: edit.id }]);
  const node: StrategyNode = { ...edit.fields, id: edit.id, parentId: edit.parentId, rev: 0 };
  return ok({ version: tree.version, nodes: insertAmongSiblings(tree.nodes, node, edit.index) });
}

function updateNode(tree: StrategyTree, edit: Extract<StrategyEdit, { kind: 'update' }>): Outcome {
  const current = tree.nodes.find((node) => node.id === edit.id);
  if (!current) return fail([{ code: 'STRATEGY_NODE_UNKNOWN', nodeId: edit.id }]);
  if (current.rev !== edit.baseRev) return fail([{ code: 'STRATEGY_NODE_CHANGED', nodeId: edit.id, currentRev: current.rev }]);
  const updated: StrategyNode = { ...edit.fields, id: current.id, parentId: current.parentId, rev: current.rev + 1 };
  return ok({ version: tree.version, nodes: tree.nodes.map((node) => (node === current ? updated : node)) });
}

function moveNode(tree: StrategyTree, edit: Extract<StrategyEdit, { kind: 'move' }>): Outcome {
  const current = tree.nodes.find((node) => node.id === edit.id);
  if (!current) return fail([{ code: 'STRATEGY_NODE_UNKNOWN', nodeId: edit.id }]);
  if (edit.parentId !== null) {
    if (edit.parentId === edit.id || descendantIds(tree, edit.id).includes(edit.parentId)) {
      return fail([{ code: 'STRATEGY_MOVE_CYCLE', nodeId: edit.id, parentId: edit.parentId }]);
    }
    if (parentIsUnknown(tree, edit.parentId)) return fail([{ code: 'STRATEGY_PARENT_UNKNOWN', nodeId: edit.id, parentId: edit.parentId }]);
  }
  const moved: StrategyNode = { ...current, parentId: edit.parentId, rev: current.rev + 1 };
  const without = tree.nodes.filter((node) => node !== current);
  return ok({ version: tree.version, nodes: insertAmongSiblings(without, moved, edit.index) });
}

/** The node goes; its children take its place among its parent's children, in their order. */
function deleteNode(tree: StrategyTree, edit: Extract<StrategyEdit, { kind: 'delete' }>): Outcome {
  const current = tree.nodes.find((node) => node.id === edit.id);
  if (!current) return fail([{ code: 'STRATEGY_NODE_UNKNOWN', nodeId: edit.id }]);
  // A child's `rev` stays: it guards the child's own fields, which a parent's deletion does not touch.
  const promoted = tree.nodes.filter((node) => node.parentId === current.id).map((node) => ({ ...node, parentId: current.parentId }));
  const nodes: StrategyNode[] = [];
  for (const node of tree.nodes) {
    if (node === current) nodes.push(...promoted);
    else if (node.parentId !== current.id) nodes.push(node);
  }
  return ok({ version: tree.version, nodes });
}
