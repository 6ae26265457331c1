import type { TimelineItem } from '../../contract/programme';
import type { StrategyEpicView, StrategyNodeView } from '../../contract/strategy';
import type { Baseline } from '../../domain/baseline/baseline-types';
import type { CalendarDate } from '../../domain/calendar-date';
import { idRecord } from '../../domain/id-keyed';
import type { IssueKey } from '../../domain/ids';
import { ownEpicKeysOf, rollUpStrategy } from '../../domain/strategy/roll-up';
import type { DependencyFacts, EpicFacts } from '../../domain/strategy/roll-up-types';
import type { StrategyTree } from '../../domain/strategy/strategy-tree';
import type { JqlMatches } from './jql-matches';

export interface NodeViewInput {
  tree: StrategyTree;
  epics: readonly TimelineItem[];
  dependencies: readonly DependencyFacts[];
  today: CalendarDate;
  baseline: Baseline | null;
  jql: JqlMatches;
  /** Whether the viewer may browse the issue's project. */
  canSee(key: string): boolean;
}

/** An epic as the roll-up needs it; a snapshot from before progress counts the epic as one issue of its category. */
export function epicFactsOf(epic: TimelineItem): EpicFacts {
  const single = { todo: epic.statusCategory === 'new' ? 1 : 0, inProgress: epic.statusCategory === 'indeterminate' ? 1 : 0, done: epic.statusCategory === 'done' ? 1 : 0 };
  return { key: epic.key as IssueKey, summary: epic.summary, streamId: epic.streamId, statusCategory: epic.statusCategory, startDate: epic.startDate, dueDate: epic.dueDate, progress: epic.progress ?? single };
}

function epicView(epic: TimelineItem | undefined, visible: boolean): StrategyEpicView {
  if (!epic || !visible) return { hidden: true };
  return { hidden: false, key: epic.key, summary: epic.summary, statusCategory: epic.statusCategory, startDate: epic.startDate, dueDate: epic.dueDate, streamId: epic.streamId };
}

/**
 * Every node's view for one viewer. Redaction, decided as the programme page does it: the progress figures and the
 * health (with its counted reasons) come from every epic, as the sponsor pages show them, so a node reads the same to
 * everyone; an epic in a project the viewer cannot browse is counted, never named (`{ hidden: true }`, left out of
 * `rollUp.epicKeys`); and the dates (earliest start, latest due, slip) come only from epics the viewer may see,
 * because a node with one hidden epic would otherwise give that epic's dates away.
 */
export function nodeViews(input: NodeViewInput): Record<string, StrategyNodeView> {
  const byKey = new Map(input.epics.map((epic) => [epic.key, epic]));
  const facts = new Map(input.epics.map((epic) => [epic.key, epicFactsOf(epic)]));
  const visibleFacts = new Map([...facts].filter(([key]) => input.canSee(key)));
  const common = { tree: input.tree, dependencies: input.dependencies, today: input.today, baseline: input.baseline, jqlMatches: input.jql.matches };
  const all = rollUpStrategy({ ...common, epics: facts });
  const seen = rollUpStrategy({ ...common, epics: visibleFacts });
  const views = idRecord<string, StrategyNodeView>();
  for (const node of input.tree.nodes) {
    const rolled = all.get(node.id);
    const dated = seen.get(node.id);
    const rollUp = rolled
      ? { ...rolled, epicKeys: rolled.epicKeys.filter((key) => input.canSee(key)), earliestStart: dated?.earliestStart ?? null, latestDue: dated?.latestDue ?? null, slipDays: dated?.slipDays ?? null }
      : null;
    const jqlError = input.jql.errors.get(node.id);
    views[node.id] = {
      rollUp,
      epics: ownEpicKeysOf(node, facts, input.jql.matches).map((key) => epicView(byKey.get(key), input.canSee(key))),
      unknownKeys: node.epicKeys.filter((key) => !facts.has(key) && input.canSee(key)),
      ...(jqlError === undefined ? {} : { jqlError }),
    };
  }
  return views;
}

/** The tree as the viewer receives it: epic keys of projects they cannot browse are left out (the node's view counts them). */
export function treeForViewer(tree: StrategyTree, canSee: (key: string) => boolean): StrategyTree {
  return { ...tree, nodes: tree.nodes.map((node) => (node.epicKeys.every(canSee) ? node : { ...node, epicKeys: node.epicKeys.filter(canSee) })) };
}
