import { DirectedGraph } from 'graphology';
import { stronglyConnectedComponents } from 'graphology-components';
import { topologicalSort } from 'graphology-dag';
import { daysBetween, type CalendarDate } from '../calendar-date';
import { compareIssueKeys, type IssueKey, type StreamId } from '../ids';
import type { StatusCategory } from '../programme';

/** An epic as the slip simulation needs it: where it sits and when it is planned. */
export interface SlipEpic {
  key: IssueKey;
  streamId: StreamId | null;
  statusCategory: StatusCategory | null;
  startDate: CalendarDate | null;
  dueDate: CalendarDate | null;
}

/** "`blocked` waits on `blocker`", at epic level. */
export interface SlipDependency<E extends SlipEpic = SlipEpic> {
  id: string;
  blocker: E;
  blocked: E;
}

/** How far one epic is pushed, and how many dependency steps from the slipped epic the push came. */
export interface Push {
  days: number;
  depth: number;
}

export interface Propagation {
  /** Every moved epic by key, the slipped one included (depth 0). */
  pushes: Map<string, Push>;
  /** Epics reached that are not done and have no start date to move, with the fewest steps that reach them. */
  unscheduled: Map<string, number>;
  /** Dependencies inside a cycle, by id: no schedule can satisfy them, so nothing is pushed along them. */
  cycleEdges: Set<string>;
  reachesCycle: boolean;
}

const overlap = (slack: number) => Math.max(0, -slack);

/** The ids of the dependencies whose two ends wait on each other in a circle (one strongly connected set). */
function edgesInCycles(dependencies: readonly SlipDependency[]): Set<string> {
  const graph = new DirectedGraph();
  for (const d of dependencies) graph.mergeEdge(d.blocker.key, d.blocked.key);
  const component = new Map<string, number>();
  stronglyConnectedComponents(graph).forEach((members, index) => {
    if (members.length > 1) for (const key of members) component.set(key, index);
  });
  return new Set(dependencies.filter((d) => component.has(d.blocker.key) && component.get(d.blocker.key) === component.get(d.blocked.key)).map((d) => d.id));
}

/**
 * Pushes the slip along the dependencies in topological order, so every epic is judged once, after all its blockers:
 * a blocker that moved (not done, with a due date) pushes a waiting epic (not done, with a start date) by the overlap
 * the move adds — slack absorbs part of it, at risk is left alone, and an overlap that was there before stays as it
 * was. On fan-in the largest push wins (then the fewest steps). Edges inside a cycle are never followed: the push
 * stops there and says so.
 */
export function propagateSlip(dependencies: readonly SlipDependency[], slipped: SlipEpic, slipDays: number): Propagation {
  const cycleEdges = edgesInCycles(dependencies);
  const acyclic = new DirectedGraph();
  const outgoing = new Map<string, SlipDependency[]>();
  const sorted = [...dependencies].sort((a, b) => compareIssueKeys(a.blocker.key, b.blocker.key) || compareIssueKeys(a.blocked.key, b.blocked.key));
  for (const d of sorted) {
    acyclic.mergeNode(d.blocker.key);
    acyclic.mergeNode(d.blocked.key);
    if (!cycleEdges.has(d.id)) acyclic.mergeEdge(d.blocker.key, d.blocked.key);
    outgoing.set(d.blocker.key, [...(outgoing.get(d.blocker.key) ?? []), d]);
  }
  const pushes = new Map<string, Push>([[slipped.key, { days: slipDays, depth: 0 }]]);
  const unscheduled = new Map<string, number>();
  let reachesCycle = false;
  for (const key of topologicalSort(acyclic)) {
    const push = pushes.get(key);
    if (!push) continue;
    for (const d of outgoing.get(key) ?? []) {
      const { blocker, blocked } = d;
      // A done blocker is waited on by nobody; a blocker without a due date has no end to move.
      if (blocker.statusCategory === 'done' || blocker.dueDate === null) continue;
      if (cycleEdges.has(d.id)) {
        reachesCycle = true;
        continue;
      }
      if (blocked.statusCategory === 'done') continue;
      const depth = push.depth + 1;
      if (blocked.startDate === null) {
        unscheduled.set(blocked.key, Math.min(unscheduled.get(blocked.key) ?? depth, depth));
        continue;
      }
      const slack = daysBetween(blocker.dueDate, blocked.startDate);
      const days = overlap(slack - push.days) - overlap(slack);
      const known = pushes.get(blocked.key);
      if (days > 0 && (!known || days > known.days || (days === known.days && depth < known.depth))) pushes.set(blocked.key, { days, depth });
    }
  }
  return { pushes, unscheduled, cycleEdges, reachesCycle };
}
