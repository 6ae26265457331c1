import { compareIssueKeys } from '../ids';
import type { DependencyFacts, EpicFacts, NodeRollUp } from '../strategy/roll-up-types';
import type { Baseline } from './baseline-types';

export interface BaselineInput {
  /** The instant of the publication (ISO). */
  takenAt: string;
  /** The calendar day the statuses were assessed for. */
  day: Baseline['day'];
  epics: Iterable<EpicFacts>;
  dependencies: readonly DependencyFacts[];
  /** The strategy nodes in tree order, with their roll-ups. */
  nodes: ReadonlyArray<{ id: string; title: string; rollUp: NodeRollUp }>;
}

/** Share done kept to three decimals: "42.1 %" is as exact as a page says it, and the stored record stays small. */
function compactShare(share: number | null): number | null {
  return share === null ? null : Math.min(1, Math.max(0, Math.round(share * 1000) / 1000));
}

/**
 * What a publication saw, compactly: epics by key and dependencies by their ends, each once (the last one given wins)
 * and sorted as people read keys, so two baselines of the same programme are equal; nodes in tree order, so a diff
 * lists them as the tree reads.
 */
export function takeBaseline(input: BaselineInput): Baseline {
  const epics = new Map<string, Baseline['epics'][number]>();
  for (const epic of input.epics) epics.set(epic.key, [epic.key, epic.statusCategory, epic.startDate, epic.dueDate]);
  const dependencies = new Map<string, Baseline['dependencies'][number]>();
  for (const dependency of input.dependencies) {
    dependencies.set(`${dependency.blocker}->${dependency.blocked}`, [dependency.blocker, dependency.blocked, dependency.status]);
  }
  const nodes = new Map<string, Baseline['nodes'][number]>();
  for (const node of input.nodes) if (!nodes.has(node.id)) nodes.set(node.id, [node.id, node.title, node.rollUp.health, compactShare(node.rollUp.shareDone)]);
  return {
    takenAt: input.takenAt,
    day: input.day,
    epics: [...epics.values()].sort((a, b) => compareIssueKeys(a[0], b[0])),
    dependencies: [...dependencies.values()].sort((a, b) => compareIssueKeys(a[0], b[0]) || compareIssueKeys(a[1], b[1])),
    nodes: [...nodes.values()],
  };
}
