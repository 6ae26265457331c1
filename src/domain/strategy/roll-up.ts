import type { Baseline } from '../baseline/baseline-types';
import { daysBetween, type CalendarDate } from '../calendar-date';
import { entryOf } from '../id-keyed';
import { compareIssueKeys, type IssueKey } from '../ids';
import { kpiStanding } from './kpi-health';
import { HEALTHS, type DependencyFacts, type EpicFacts, type Health, type NodeRollUp } from './roll-up-types';
import type { StrategyNode, StrategyTree } from './strategy-tree';
import { childrenByParent } from './tree-queries';
import { repairTree } from './tree-repair';

export interface StrategyRollUpInput {
  tree: StrategyTree;
  /** The programme's epics by key, from the snapshot. */
  epics: ReadonlyMap<string, EpicFacts>;
  dependencies: readonly DependencyFacts[];
  today: CalendarDate;
  /** The last publication's baseline, for `slipDays`; null before the first. */
  baseline: Baseline | null;
  /** Node id → the epic keys its JQL found when the snapshot was built. */
  jqlMatches: ReadonlyMap<string, readonly string[]>;
}

/** A node's own epics: picked by key, then found by its JQL, each once; keys the snapshot does not know are left out. */
export function ownEpicKeysOf(node: StrategyNode, epics: ReadonlyMap<string, unknown>, jqlMatches: ReadonlyMap<string, readonly string[]>): string[] {
  const keys = new Set<string>();
  for (const key of [...node.epicKeys, ...(jqlMatches.get(node.id) ?? [])]) if (epics.has(key)) keys.add(key);
  return [...keys];
}

/** The worse of two healths; `unknown` (nothing to judge) never makes a judged node look worse. */
export function worseHealth(a: Health, b: Health): Health {
  return HEALTHS.indexOf(a) <= HEALTHS.indexOf(b) ? a : b;
}

/**
 * Every node's roll-up: its own epics and all its descendants' (each epic once per node), their issues' progress,
 * dates and health. Health is the worst of: dependency conflicts or overdue epics (off-track), at-risk dependencies
 * (at-risk), the node's own KPIs (kpi-health.ts: far behind → off-track, behind → at-risk) and its children's
 * health, so a parent is never healthier than its worst child. A damaged tree is rolled up as `repairTree` reads it.
 */
export function rollUpStrategy(input: StrategyRollUpInput): Map<string, NodeRollUp> {
  const tree = repairTree(input.tree);
  const children = childrenByParent(tree);
  const dependenciesOf = new Map<string, DependencyFacts[]>();
  for (const dependency of input.dependencies) {
    entryOf(dependenciesOf, dependency.blocker, () => []).push(dependency);
    if (dependency.blocked !== dependency.blocker) entryOf(dependenciesOf, dependency.blocked, () => []).push(dependency);
  }
  const baselineDue = new Map<string, CalendarDate | null>((input.baseline?.epics ?? []).map(([key, , , due]) => [key, due as CalendarDate | null]));
  const result = new Map<string, NodeRollUp>();

  const visit = (node: StrategyNode): Set<string> => {
    const keys = new Set(ownEpicKeysOf(node, input.epics, input.jqlMatches));
    let childHealth: Health = 'unknown';
    let childKpisBehind = 0;
    for (const child of children.get(node.id) ?? []) {
      for (const key of visit(child)) keys.add(key);
      const rolled = result.get(child.id) as NodeRollUp;
      childHealth = worseHealth(childHealth, rolled.health);
      childKpisBehind += rolled.reasons.kpisBehind;
    }
    result.set(node.id, rollUpNode(node, keys, childHealth, childKpisBehind, input, dependenciesOf, baselineDue));
    return keys;
  };
  for (const root of children.get(null) ?? []) visit(root);
  return result;
}

function rollUpNode(
  node: StrategyNode,
  keys: ReadonlySet<string>,
  childHealth: Health,
  childKpisBehind: number,
  input: StrategyRollUpInput,
  dependenciesOf: ReadonlyMap<string, DependencyFacts[]>,
  baselineDue: ReadonlyMap<string, CalendarDate | null>,
): NodeRollUp {
  const progress = { todo: 0, inProgress: 0, done: 0 };
  // By "blocker->blocked": the same dependency reached from both of its ends, or listed twice, counts once.
  const conflicts = new Set<string>();
  const atRisk = new Set<string>();
  let overdueEpics = 0;
  let earliestStart: CalendarDate | null = null;
  let latestDue: CalendarDate | null = null;
  let baselineLatestDue: CalendarDate | null = null;
  for (const key of keys) {
    const epic = input.epics.get(key) as EpicFacts;
    progress.todo += epic.progress.todo;
    progress.inProgress += epic.progress.inProgress;
    progress.done += epic.progress.done;
    for (const dependency of dependenciesOf.get(key) ?? []) {
      const id = `${dependency.blocker}->${dependency.blocked}`;
      if (dependency.status === 'conflict') conflicts.add(id);
      else if (dependency.status === 'at-risk') atRisk.add(id);
    }
    if (epic.statusCategory !== 'done' && epic.dueDate !== null && daysBetween(epic.dueDate, input.today) > 0) overdueEpics += 1;
    if (epic.startDate !== null && (earliestStart === null || daysBetween(epic.startDate, earliestStart) > 0)) earliestStart = epic.startDate;
    if (epic.dueDate !== null && (latestDue === null || daysBetween(latestDue, epic.dueDate) > 0)) latestDue = epic.dueDate;
    const before = baselineDue.get(key) ?? null;
    if (before !== null && (baselineLatestDue === null || daysBetween(baselineLatestDue, before) > 0)) baselineLatestDue = before;
  }

  const standings = node.kpis.map((kpi) => kpiStanding(kpi, { start: earliestStart, due: latestDue }, input.today));
  const kpisFarBehind = standings.filter((standing) => standing === 'far-behind').length;
  const kpisBehind = standings.filter((standing) => standing === 'behind').length + kpisFarBehind;
  const measured = standings.some((standing) => standing !== 'unmeasured');

  let own: Health = keys.size > 0 || measured ? 'on-track' : 'unknown';
  if (atRisk.size > 0 || kpisBehind > 0) own = 'at-risk';
  if (conflicts.size > 0 || overdueEpics > 0 || kpisFarBehind > 0) own = 'off-track';
  const total = progress.todo + progress.inProgress + progress.done;

  return {
    nodeId: node.id,
    epicKeys: ([...keys] as IssueKey[]).sort(compareIssueKeys),
    progress,
    shareDone: total > 0 ? progress.done / total : null,
    health: worseHealth(own, childHealth),
    reasons: { conflicts: conflicts.size, atRisk: atRisk.size, kpisBehind: kpisBehind + childKpisBehind, overdueEpics },
    earliestStart,
    latestDue,
    slipDays: latestDue !== null && baselineLatestDue !== null ? daysBetween(baselineLatestDue, latestDue) : null,
  };
}
