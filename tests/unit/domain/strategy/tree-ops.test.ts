import { applyStrategyEdit, MAX_STRATEGY_NODES, StrategyTreeSchema, type StrategyTree } from '../../../../src/domain';
import { add, fields, id, move, node, outline, remove, shape, tree } from './tree-builders';

/** The cascade of domain.md §3: 360° → CRM → Salesforce concept → e-mail marketing; 360° → Marketing. */
const cascade = () => tree(['c360'], ['crm0', 'c360'], ['sfc0', 'crm0'], ['mail', 'sfc0'], ['mktg', 'c360']);

function applied(start: StrategyTree, ...edits: Parameters<typeof applyStrategyEdit>[1][]): StrategyTree {
  return edits.reduce((current, edit) => {
    const result = applyStrategyEdit(current, edit);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
    return result.value;
  }, start);
}

function refusal(start: StrategyTree, edit: Parameters<typeof applyStrategyEdit>[1]) {
  const result = applyStrategyEdit(start, edit);
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

describe('adding a node', () => {
  it('places it at the index among its siblings, clamped to their count', () => {
    const start = cascade();
    expect(shape(applied(start, add('data', 'c360', 0)))).toEqual(['c360<', 'data<c360', 'crm0<c360', 'sfc0<crm0', 'mail<sfc0', 'mktg<c360']);
    expect(shape(applied(start, add('data', 'c360', 1)))).toEqual(['c360<', 'crm0<c360', 'sfc0<crm0', 'mail<sfc0', 'data<c360', 'mktg<c360']);
    expect(shape(applied(start, add('data', 'c360', 99)))).toEqual(['c360<', 'crm0<c360', 'sfc0<crm0', 'mail<sfc0', 'mktg<c360', 'data<c360']);
    expect(shape(applied(start, add('data', 'c360', -3)))).toEqual(shape(applied(start, add('data', 'c360', 0))));
    expect(shape(applied(start, add('data', 'mail', 0)))).toContain('data<mail');
    expect(shape(applied(start, add('root', null, 0)))[0]).toBe('root<');
  });

  it('gives the new node revision 0 and its fields, and keeps the tree version for the store to raise', () => {
    const result = applied(cascade(), { kind: 'add', id: id('data'), parentId: null, index: 5, fields: fields('Data', { goal: 'One customer view' }) });
    expect(result.version).toBe(7);
    expect(result.nodes.find((n) => n.id === id('data'))).toMatchObject({ title: 'Data', goal: 'One customer view', rev: 0, parentId: null });
    expect(StrategyTreeSchema.safeParse(result).success).toBe(true);
  });

  it('refuses an id already taken, an unknown parent and a full tree', () => {
    expect(refusal(cascade(), add('crm0', null, 0))).toEqual([{ code: 'STRATEGY_NODE_ID_TAKEN', nodeId: id('crm0') }]);
    expect(refusal(cascade(), add('data', 'nope', 0))).toEqual([{ code: 'STRATEGY_PARENT_UNKNOWN', nodeId: id('data'), parentId: id('nope') }]);
    const full: StrategyTree = { version: 1, nodes: Array.from({ length: MAX_STRATEGY_NODES }, (_, i) => node(`x${String(i).padStart(3, '0')}`)) };
    expect(refusal(full, add('data', null, 0))).toEqual([{ code: 'STRATEGY_TREE_FULL', nodeId: id('data') }]);
  });
});

describe('updating a node', () => {
  it('replaces its fields and raises its revision when the editor saw the current one', () => {
    const start = tree(['c360'], ['crm0', 'c360', { rev: 3, epicKeys: ['CRM-1' as never] }]);
    const result = applied(start, { kind: 'update', id: id('crm0'), baseRev: 3, fields: fields('CRM strategy', { summary: 'New' }) });
    expect(result.nodes[1]).toMatchObject({ id: id('crm0'), parentId: id('c360'), title: 'CRM strategy', summary: 'New', epicKeys: [], rev: 4 });
  });

  it('refuses an edit made on an older revision and says which is current, so a concurrent edit is not lost', () => {
    const start = tree(['c360'], ['crm0', 'c360', { rev: 3 }]);
    const first = applied(start, { kind: 'update', id: id('crm0'), baseRev: 3, fields: fields('Anna’s title') });
    expect(refusal(first, { kind: 'update', id: id('crm0'), baseRev: 3, fields: fields('Ben’s title') })).toEqual([{ code: 'STRATEGY_NODE_CHANGED', nodeId: id('crm0'), currentRev: 4 }]);
    // Edits of different nodes from the same old copy both apply.
    const both = applied(first, { kind: 'update', id: id('c360'), baseRev: 0, fields: fields('Ben’s root') });
    expect(both.nodes.map((n) => n.title)).toEqual(['Ben’s root', 'Anna’s title']);
  });

  it('refuses an unknown node', () => {
    expect(refusal(cascade(), { kind: 'update', id: id('gone'), baseRev: 0, fields: fields('x') })).toEqual([{ code: 'STRATEGY_NODE_UNKNOWN', nodeId: id('gone') }]);
  });
});

describe('moving a node', () => {
  it('takes its subtree along and places it among the new siblings after leaving its old place', () => {
    const result = applied(cascade(), move('sfc0', 'c360', 1));
    expect(outline(result)).toEqual(['1 c360', '1.1 crm0', '1.2 sfc0', '1.2.1 mail', '1.3 mktg']);
    expect(result.nodes.find((n) => n.id === id('sfc0'))?.rev).toBe(1);
    expect(result.nodes.filter((n) => n.id !== id('sfc0')).every((n) => n.rev === 0)).toBe(true);
    // Reordering within the same parent: the index counts the siblings without the moved node.
    expect(outline(applied(cascade(), move('crm0', 'c360', 1)))).toEqual(['1 c360', '1.1 mktg', '1.2 crm0', '1.2.1 sfc0', '1.2.1.1 mail']);
    expect(outline(applied(cascade(), move('mktg', 'c360', 0)))).toEqual(['1 c360', '1.1 mktg', '1.2 crm0', '1.2.1 sfc0', '1.2.1.1 mail']);
    expect(outline(applied(cascade(), move('crm0', 'c360', 0)))).toEqual(outline(cascade()));
    expect(outline(applied(cascade(), move('mail', null, 0)))).toEqual(['1 mail', '2 c360', '2.1 crm0', '2.1.1 sfc0', '2.2 mktg']);
    expect(outline(applied(cascade(), move('mail', 'mktg', 7)))).toEqual(['1 c360', '1.1 crm0', '1.1.1 sfc0', '1.2 mktg', '1.2.1 mail']);
  });

  it('refuses a move under itself or any of its descendants, and an unknown target', () => {
    expect(refusal(cascade(), move('crm0', 'crm0', 0))).toEqual([{ code: 'STRATEGY_MOVE_CYCLE', nodeId: id('crm0'), parentId: id('crm0') }]);
    expect(refusal(cascade(), move('crm0', 'mail', 0))).toEqual([{ code: 'STRATEGY_MOVE_CYCLE', nodeId: id('crm0'), parentId: id('mail') }]);
    expect(refusal(cascade(), move('c360', 'sfc0', 0))[0]?.code).toBe('STRATEGY_MOVE_CYCLE');
    expect(refusal(cascade(), move('crm0', 'nope', 0))[0]?.code).toBe('STRATEGY_PARENT_UNKNOWN');
    expect(refusal(cascade(), move('nope', null, 0))[0]?.code).toBe('STRATEGY_NODE_UNKNOWN');
  });
});

describe('deleting a node', () => {
  it('moves its children up into its place, in their order, and keeps everything else', () => {
    const start = tree(['c360'], ['crm0', 'c360'], ['sfc0', 'crm0'], ['mktg', 'c360'], ['data', 'crm0'], ['mail', 'sfc0']);
    const result = applied(start, remove('crm0'));
    expect(shape(result)).toEqual(['c360<', 'sfc0<c360', 'data<c360', 'mktg<c360', 'mail<sfc0']);
    expect(outline(result)).toEqual(['1 c360', '1.1 sfc0', '1.1.1 mail', '1.2 data', '1.3 mktg']);
    expect(result.nodes.every((n) => n.rev === 0)).toBe(true);
    expect(shape(applied(start, remove('c360')))).toEqual(['crm0<', 'mktg<', 'sfc0<crm0', 'data<crm0', 'mail<sfc0']);
  });

  it('refuses an unknown node', () => {
    expect(refusal(cascade(), remove('gone'))).toEqual([{ code: 'STRATEGY_NODE_UNKNOWN', nodeId: id('gone') }]);
  });
});

it('never changes the tree it was given', () => {
  const start = cascade();
  const frozen = JSON.stringify(start);
  applied(start, add('data', 'crm0', 0), move('mail', null, 0), remove('crm0'), { kind: 'update', id: id('mktg'), baseRev: 0, fields: fields('M') });
  applyStrategyEdit(start, move('mail', null, 0));
  applyStrategyEdit(start, remove('sfc0'));
  expect(JSON.stringify(start)).toBe(frozen);
});
