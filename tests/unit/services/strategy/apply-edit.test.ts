/**
 * The strategy store's compare-and-set under real interleaving: storage answers in 1–15 ms, so concurrent edits read
 * the same version and race for the next one. Edits of different nodes all survive; the same node edited twice from
 * one base is refused once; an edit the tree refuses stores nothing.
 */
import { demoStrategyTree } from '../../../../local/demo/strategy';
import type { StrategyEdit, StrategyNode, StrategyNodeId } from '../../../../src/domain/strategy/strategy-tree';
import { AppFailure } from '../../../../src/services/errors';
import { applyEdit, EDIT_RETRIES } from '../../../../src/services/strategy/apply-edit';
import { readStrategy, STRATEGY_HEAD_KEY, strategyEntries } from '../../../../src/services/strategy/strategy-store';
import { memoryStorage, type MemoryStorage } from './memory-storage';

const noKeysHidden = () => false;
const fastRetries = { ...EDIT_RETRIES, baseDelayMs: 5 };

function seeded(): MemoryStorage {
  const storage = memoryStorage(() => 1 + Math.floor(Math.random() * 15));
  const { head, chunks } = strategyEntries(demoStrategyTree(), 1);
  storage.values.set(STRATEGY_HEAD_KEY, head);
  for (const chunk of chunks) storage.values.set(chunk.key, chunk.value);
  return storage;
}

const fieldsOf = ({ id: _id, parentId: _parent, rev: _rev, ...fields }: StrategyNode) => fields;
const node = (nodes: readonly StrategyNode[], id: string) => nodes.find((candidate) => candidate.id === id) as StrategyNode;
const retitle = (id: string, title: string): StrategyEdit => {
  const stored = node(demoStrategyTree().nodes, id);
  return { kind: 'update', id: stored.id, baseRev: stored.rev, fields: { ...fieldsOf(stored), title } };
};
const codeOf = (error: unknown) => (error instanceof AppFailure ? error.appError.code : String(error));

it('keeps all of ten concurrent edits of different nodes, each re-applied after losing the version to another', async () => {
  const storage = seeded();
  const ids = demoStrategyTree().nodes.map((n) => n.id);
  const edits: StrategyEdit[] = [
    ...ids.map((id) => retitle(id, `${id} renamed`)),
    ...['n-added01', 'n-added02', 'n-added03', 'n-added04', 'n-added05'].map((id, i): StrategyEdit => ({ kind: 'add', id: id as StrategyNodeId, parentId: ids[i] as StrategyNodeId, index: 0, fields: { ...fieldsOf(node(demoStrategyTree().nodes, 'n-cc360')), title: `Added ${i}`, kpis: [], epicKeys: [] } })),
  ];
  const outcomes = await Promise.all(edits.map((edit) => applyEdit(storage, edit, noKeysHidden, fastRetries)));

  const { tree } = await readStrategy(storage);
  expect(tree.version).toBe(1 + edits.length);
  for (const id of ids) expect(node(tree.nodes, id).title).toBe(`${id} renamed`);
  expect(tree.nodes.filter((n) => n.id.startsWith('n-added'))).toHaveLength(5);
  expect(outcomes.map((outcome) => outcome.tree.version).sort((a, b) => a - b)).toEqual(edits.map((_, i) => i + 2));
  // They raced: ten edits alone cost 70 requests; the losers re-read and tried again.
  expect(storage.requests.count).toBeGreaterThan(edits.length * 6);
  // Only the current generation's chunks remain.
  const chunkKeys = [...storage.values.keys()].filter((key) => /^strategy:[0-9a-f]{8}:\d+$/.test(key));
  expect(chunkKeys).toHaveLength((storage.values.get(STRATEGY_HEAD_KEY) as { chunks: number }).chunks);
});

it('refuses exactly one of two concurrent edits of the same node from the same base, with the rev now stored', async () => {
  const storage = seeded();
  const settled = await Promise.allSettled([applyEdit(storage, retitle('n-crmstrat', 'A'), noKeysHidden, fastRetries), applyEdit(storage, retitle('n-crmstrat', 'B'), noKeysHidden, fastRetries)]);

  const refused = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason as AppFailure] : []));
  expect(refused.map((failure) => failure.appError)).toEqual([{ code: 'STRATEGY_NODE_CHANGED', params: { nodeId: 'n-crmstrat', currentRev: 2 } }]);
  const { tree } = await readStrategy(storage);
  const winner = settled.findIndex((result) => result.status === 'fulfilled');
  expect(node(tree.nodes, 'n-crmstrat').title).toBe(winner === 0 ? 'A' : 'B');
  expect(tree.version).toBe(2);
});

it('stores nothing for a move that would create a cycle', async () => {
  const storage = seeded();
  const before = new Map(storage.values);
  const error = await applyEdit(storage, { kind: 'move', id: 'n-cc360' as StrategyNodeId, parentId: 'n-emailmkt' as StrategyNodeId, index: 0 }, noKeysHidden, fastRetries).catch((e: unknown) => e);

  expect(codeOf(error)).toBe('STRATEGY_MOVE_CYCLE');
  expect(storage.values).toEqual(before);
});

it('keeps the epic keys an editor cannot see when they update the node', async () => {
  const storage = seeded();
  const stored = node(demoStrategyTree().nodes, 'n-cc360'); // PRT-1 and MI-1
  const edit: StrategyEdit = { kind: 'update', id: stored.id, baseRev: stored.rev, fields: { ...fieldsOf(stored), epicKeys: ['PRT-1' as never, 'EMA-3' as never] } };
  await applyEdit(storage, edit, (key) => key.startsWith('MI-'), fastRetries);

  expect(node((await readStrategy(storage)).tree.nodes, 'n-cc360').epicKeys).toEqual(['PRT-1', 'EMA-3', 'MI-1']);
});

it('gives up with CONFLICT when the next version stays claimed by a writer that never finishes', async () => {
  const storage = seeded();
  storage.values.set(`${STRATEGY_HEAD_KEY}:claim:2`, { claimed: true });
  const error = await applyEdit(storage, retitle('n-crmstrat', 'A'), noKeysHidden, { ...fastRetries, tries: 3, baseDelayMs: 1 }).catch((e: unknown) => e);

  expect(codeOf(error)).toBe('CONFLICT');
  expect(node((await readStrategy(storage)).tree.nodes, 'n-crmstrat').title).toBe('CRM strategy');
});
