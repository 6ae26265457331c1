import { ancestorsOf, childrenOf, deleteConsequences, depthFirst, descendantIds, repairTree, type StrategyTree } from '../../../../src/domain';
import { id, node, outline, tree } from './tree-builders';

const cascade = () =>
  tree(['c360'], ['crm0', 'c360', { epicKeys: ['CRM-1', 'CRM-2'] as never }], ['sfc0', 'crm0'], ['mail', 'sfc0', { epicKeys: ['EMA-1'] as never }], ['mktg', 'c360'], ['solo']);
const names = (ids: readonly string[]) => ids.map((value) => value.slice(2));

describe('reading the tree', () => {
  it('lists children in sibling order, roots for null', () => {
    expect(names(childrenOf(cascade(), id('c360')).map((n) => n.id))).toEqual(['crm0', 'mktg']);
    expect(names(childrenOf(cascade(), null).map((n) => n.id))).toEqual(['c360', 'solo']);
    expect(childrenOf(cascade(), id('mail'))).toEqual([]);
  });

  it('lists descendants depth first and ancestors root first', () => {
    expect(names(descendantIds(cascade(), id('c360')))).toEqual(['crm0', 'sfc0', 'mail', 'mktg']);
    expect(descendantIds(cascade(), id('mail'))).toEqual([]);
    expect(names(ancestorsOf(cascade(), id('mail')).map((n) => n.id))).toEqual(['c360', 'crm0', 'sfc0']);
    expect(ancestorsOf(cascade(), id('c360'))).toEqual([]);
    expect(ancestorsOf(cascade(), id('gone'))).toEqual([]);
  });

  it('numbers the outline 1-based per level with depths', () => {
    const entries = depthFirst(cascade());
    expect(entries.map((e) => [e.node.id.slice(2), e.depth, e.path.join('.')])).toEqual([
      ['c360', 0, '1'], ['crm0', 1, '1.1'], ['sfc0', 2, '1.1.1'], ['mail', 3, '1.1.1.1'], ['mktg', 1, '1.2'], ['solo', 0, '2'],
    ]);
    expect(depthFirst({ version: 0, nodes: [] })).toEqual([]);
  });

  it('says what a delete does: children moved up, all nodes below kept, own epics untied (JQL matches counted once)', () => {
    expect(deleteConsequences(cascade(), id('crm0'))).toEqual({ children: 1, descendants: 2, epics: 2 });
    expect(deleteConsequences(cascade(), id('crm0'), ['CRM-2', 'CRM-9'])).toEqual({ children: 1, descendants: 2, epics: 3 });
    expect(deleteConsequences(cascade(), id('c360'))).toEqual({ children: 2, descendants: 4, epics: 0 });
    expect(deleteConsequences(cascade(), id('mail'))).toEqual({ children: 0, descendants: 0, epics: 1 });
  });
});

describe('repairing a damaged tree', () => {
  it('returns an intact tree as it is', () => {
    const intact = cascade();
    expect(repairTree(intact)).toBe(intact);
  });

  it('makes a node whose parent is gone a root, keeping its subtree and the order', () => {
    const damaged = tree(['c360'], ['crm0', 'gone'], ['sfc0', 'crm0']);
    const repaired = repairTree(damaged);
    expect(outline(repaired)).toEqual(['1 c360', '2 crm0', '2.1 sfc0']);
    expect(repaired.version).toBe(damaged.version);
    expect(damaged.nodes[1]?.parentId).toBe(id('gone'));
  });

  it('makes every member of a parent loop a root; nodes hanging below the loop keep their parent', () => {
    // aaaa → bbbb → cccc → aaaa is a loop; dddd hangs below cccc; eeee is its own parent.
    const damaged: StrategyTree = {
      version: 3,
      nodes: [node('aaaa', 'cccc'), node('bbbb', 'aaaa'), node('dddd', 'cccc'), node('cccc', 'bbbb'), node('eeee', 'eeee'), node('ffff')],
    };
    const repaired = repairTree(damaged);
    expect(repaired.nodes.map((n) => [n.id.slice(2), n.parentId?.slice(2) ?? null])).toEqual([
      ['aaaa', null], ['bbbb', null], ['dddd', 'cccc'], ['cccc', null], ['eeee', null], ['ffff', null],
    ]);
    expect(outline(damaged)).toEqual(['1 aaaa', '2 bbbb', '3 cccc', '3.1 dddd', '4 eeee', '5 ffff']);
    expect(depthFirst(damaged)).toHaveLength(damaged.nodes.length);
  });

  it('keeps the first of two nodes with the same id', () => {
    const damaged: StrategyTree = { version: 1, nodes: [node('aaaa'), node('bbbb', 'aaaa'), node('aaaa', null, { title: 'Second' })] };
    const repaired = repairTree(damaged);
    expect(repaired.nodes.map((n) => n.title)).toEqual(['Title aaaa', 'Title bbbb']);
  });

  it('stays linear on a long chain (300 levels deep)', () => {
    const chain: StrategyTree = { version: 1, nodes: Array.from({ length: 300 }, (_, i) => node(`c${String(i).padStart(3, '0')}`, i === 0 ? null : `c${String(i - 1).padStart(3, '0')}`)) };
    expect(repairTree(chain)).toBe(chain);
    expect(depthFirst(chain).at(-1)?.depth).toBe(299);
    expect(ancestorsOf(chain, id('c299'))).toHaveLength(299);
  });
});
