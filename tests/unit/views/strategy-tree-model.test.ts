import { StrategyTreeSchema, type StrategyTree } from '../../../src/domain/strategy/strategy-tree';
import { ancestorsOf, freshId, placeFor, placeForDrop, visibleRows } from '../../../static/main/src/surfaces/strategy/tree-model';

/** 360° → CRM → Salesforce, CRM → Marketing; 360° → Service. */
const tree: StrategyTree = StrategyTreeSchema.parse({
  version: 3,
  nodes: [
    { id: 'n-root', parentId: null, title: '360° Customer Centricity' },
    { id: 'n-crm1', parentId: 'n-root', title: 'CRM' },
    { id: 'n-sfdc', parentId: 'n-crm1', title: 'Salesforce concept' },
    { id: 'n-mark', parentId: 'n-crm1', title: 'Marketing' },
    { id: 'n-serv', parentId: 'n-root', title: 'Service' },
  ],
});
const titles = (rows: ReturnType<typeof visibleRows>) => rows.map((r) => `${'  '.repeat(r.depth)}${r.node.title}`);

describe('the strategy outline', () => {
  it('reads in tree order with depths, and hides what a collapsed node holds', () => {
    expect(titles(visibleRows(tree, new Set()))).toEqual(['360° Customer Centricity', '  CRM', '    Salesforce concept', '    Marketing', '  Service']);
    expect(titles(visibleRows(tree, new Set(['n-crm1'])))).toEqual(['360° Customer Centricity', '  CRM', '  Service']);
  });

  it('survives a damaged tree whose nodes point at each other', () => {
    const loop = StrategyTreeSchema.parse({ version: 1, nodes: [{ id: 'n-aaaa', parentId: 'n-bbbb', title: 'A' }, { id: 'n-bbbb', parentId: 'n-aaaa', title: 'B' }] });
    expect(visibleRows(loop, new Set())).toEqual([]);
    expect(ancestorsOf(loop, 'n-aaaa')).toEqual(['n-bbbb', 'n-aaaa']);
  });
});

describe('keyboard moves, as strategy/edit reads a move (index after the node left its place)', () => {
  it('reorders among siblings and refuses to go past either end', () => {
    expect(placeFor(tree, 'n-mark', 'up')).toEqual({ parentId: 'n-crm1', index: 0 });
    expect(placeFor(tree, 'n-sfdc', 'down')).toEqual({ parentId: 'n-crm1', index: 1 });
    expect(placeFor(tree, 'n-sfdc', 'up')).toBeNull();
    expect(placeFor(tree, 'n-mark', 'down')).toBeNull();
  });

  it('indents under the previous sibling as its last child, and outdents to just after the parent', () => {
    expect(placeFor(tree, 'n-serv', 'indent')).toEqual({ parentId: 'n-crm1', index: 2 });
    expect(placeFor(tree, 'n-crm1', 'indent')).toBeNull();
    expect(placeFor(tree, 'n-sfdc', 'outdent')).toEqual({ parentId: 'n-root', index: 1 });
    expect(placeFor(tree, 'n-root', 'outdent')).toBeNull();
  });
});

describe('drag and drop', () => {
  it('drops before, after or inside a strategy', () => {
    expect(placeForDrop(tree, 'n-serv', 'n-sfdc', 'before')).toEqual({ parentId: 'n-crm1', index: 0 });
    expect(placeForDrop(tree, 'n-serv', 'n-sfdc', 'after')).toEqual({ parentId: 'n-crm1', index: 1 });
    expect(placeForDrop(tree, 'n-serv', 'n-crm1', 'inside')).toEqual({ parentId: 'n-crm1', index: 2 });
  });

  it('counts places without the dragged node, and a drop on itself is no move', () => {
    expect(placeForDrop(tree, 'n-sfdc', 'n-mark', 'after')).toEqual({ parentId: 'n-crm1', index: 1 });
    expect(placeForDrop(tree, 'n-sfdc', 'n-crm1', 'inside')).toEqual({ parentId: 'n-crm1', index: 1 });
    expect(placeForDrop(tree, 'n-sfdc', 'n-sfdc', 'inside')).toBeNull();
  });
});

it('makes node and KPI ids the contract accepts, different every time', () => {
  const ids = new Set(Array.from({ length: 50 }, () => freshId('n')));
  expect(ids.size).toBe(50);
  for (const id of ids) expect(id).toMatch(/^n-[a-z0-9]{10}$/);
  expect(freshId('k')).toMatch(/^k-[a-z0-9]{10}$/);
});
