import type { TimelineItem } from '../../contract/programme';
import type { CalendarDate, IssueKey } from '../../domain';
import { rollUpStrategy } from '../../domain/strategy/roll-up';
import type { StrategyTree } from '../../domain/strategy/strategy-tree';
import { epicFactsOf } from '../strategy/node-views';
import { statusFigures, type DependencyOnDay, type StatusFigures } from './status-figures';

export interface NodeFiguresInput {
  tree: StrategyTree;
  jqlMatches: ReadonlyMap<string, readonly string[]>;
  nodeId: string;
  epics: readonly TimelineItem[];
  dependencies: readonly DependencyOnDay[];
  canSee: (key: string) => boolean;
  today: CalendarDate;
}

/**
 * A strategy node's figures for one viewer (pure), redacted as the strategy tab redacts them: the roll-up over every
 * epic (its own and its descendants', KPIs, children's health) gives progress, health and dependency counts; a second
 * roll-up over the epics the viewer may browse gives the dates, which would give a lone hidden epic's dates away; the
 * difference between the two says how many of the node's epics are hidden. Null when the tree no longer has the node.
 */
export function nodeFigures(input: NodeFiguresInput): { title: string; figures: StatusFigures; hiddenEpics: number } | null {
  const node = input.tree.nodes.find((candidate) => candidate.id === input.nodeId);
  if (!node) return null;
  const all = new Map(input.epics.map((epic) => [epic.key, epicFactsOf(epic)]));
  const visible = new Map([...all].filter(([key]) => input.canSee(key)));
  const dependencies = input.dependencies.map((d) => ({ blocker: d.blockerKey as IssueKey, blocked: d.blockedKey as IssueKey, status: d.status }));
  const common = { tree: input.tree, dependencies, today: input.today, baseline: null, jqlMatches: input.jqlMatches };
  const everything = rollUpStrategy({ ...common, epics: all }).get(node.id);
  const shown = rollUpStrategy({ ...common, epics: visible }).get(node.id);
  if (!everything || !shown) return null;
  const allKeys = new Set<string>(everything.epicKeys);
  const counted = statusFigures(input.epics.filter((epic) => allKeys.has(epic.key)), input.dependencies, input.today);
  return {
    title: node.title,
    figures: {
      progress: everything.progress,
      shareDone: everything.shareDone,
      health: everything.health,
      reasons: everything.reasons,
      dependencies: counted.dependencies,
      earliestStart: shown.earliestStart,
      latestDue: shown.latestDue,
    },
    hiddenEpics: everything.epicKeys.length - shown.epicKeys.length,
  };
}
