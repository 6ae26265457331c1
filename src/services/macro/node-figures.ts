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
 * A strategy node's figures for one viewer (pure). The roll-up (its epics and its descendants', KPIs, children's
 * health) is taken over the epics the viewer may browse only, so nothing of a hidden epic shows in progress, dates or
 * health; a second roll-up over every epic tells how many of the node's epics were left out. KPIs are the app's own
 * data, not Jira's: they count for everyone. Null when the tree no longer has the node.
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
  const shownKeys = new Set<string>(shown.epicKeys);
  const counted = statusFigures(input.epics.filter((epic) => shownKeys.has(epic.key)), input.dependencies, input.today);
  return {
    title: node.title,
    figures: {
      progress: shown.progress,
      shareDone: shown.shareDone,
      health: shown.health,
      reasons: shown.reasons,
      dependencies: counted.dependencies,
      earliestStart: shown.earliestStart,
      latestDue: shown.latestDue,
    },
    hiddenEpics: everything.epicKeys.length - shown.epicKeys.length,
  };
}
