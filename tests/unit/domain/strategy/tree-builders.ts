/** Small strategy trees for the tests, written as an outline: `tree(['a'], ['b', 'a'])` is a with its child b. */
import { depthFirst, type Kpi, type StrategyEdit, type StrategyNode, type StrategyNodeFields, type StrategyNodeId, type StrategyTree } from '../../../../src/domain';

export const id = (name: string) => `n-${name}` as StrategyNodeId;

export function fields(title: string, extra: Partial<StrategyNodeFields> = {}): StrategyNodeFields {
  return { title, ownerAccountId: null, summary: '', goal: '', kpis: [], conceptUrl: null, epicKeys: [], epicJql: null, ...extra };
}

export function node(name: string, parent: string | null = null, extra: Partial<StrategyNode> = {}): StrategyNode {
  return { ...fields(`Title ${name}`), id: id(name), parentId: parent === null ? null : id(parent), rev: 0, ...extra } as StrategyNode;
}

/** Each entry: [name, parent name?, extra fields?]. */
export function tree(...entries: Array<[string, (string | null)?, Partial<StrategyNode>?]>): StrategyTree {
  return { version: 7, nodes: entries.map(([name, parent, extra]) => node(name, parent ?? null, extra)) };
}

/** The tree as "name<parent" in array order: easy to compare whole. */
export function shape(value: StrategyTree): string[] {
  return value.nodes.map((n) => `${n.id.slice(2)}<${n.parentId === null ? '' : n.parentId.slice(2)}`);
}

export function kpi(extra: Partial<Kpi>): Kpi {
  return { id: 'k-abcd', name: 'Conversion', unit: '%', baseline: null, target: null, current: null, asOf: null, higherIsBetter: true, ...extra };
}

export const add = (name: string, parent: string | null, index: number): StrategyEdit => ({ kind: 'add', id: id(name), parentId: parent === null ? null : id(parent), index, fields: fields(`Title ${name}`) });
export const move = (name: string, parent: string | null, index: number): StrategyEdit => ({ kind: 'move', id: id(name), parentId: parent === null ? null : id(parent), index });
export const remove = (name: string): StrategyEdit => ({ kind: 'delete', id: id(name) });

/** The tree as its outline, "1.2 name", the way a reader sees it whatever the order of the flat list. */
export function outline(value: StrategyTree): string[] {
  return depthFirst(value).map((entry) => `${entry.path.join('.')} ${entry.node.id.slice(2)}`);
}
