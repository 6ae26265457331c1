import { DirectedGraph } from 'graphology';
import { stronglyConnectedComponents } from 'graphology-components';
import { topologicalSort } from 'graphology-dag';
import { daysBetween, spanDays, type CalendarDate } from '../calendar-date';
import { compareIssueKeys, type IssueKey } from '../ids';
import type { StatusCategory } from '../programme';
import type { CriticalPath, Cycle } from './types';

/** A node of the cycle graph: only its key matters (dates are judged per day, in assess.ts). */
export interface GraphNode {
  key: IssueKey;
}

/** The epic-level dependency graph: an edge points from the blocker to the item that waits on it. */
export function buildDependencyGraph(nodes: readonly GraphNode[], edges: ReadonlyArray<{ blocker: IssueKey; blocked: IssueKey }>): DirectedGraph {
  const graph = new DirectedGraph();
  // Sorted insertion keeps every traversal below, and so the output, deterministic.
  for (const node of [...nodes].sort((a, b) => compareIssueKeys(a.key, b.key))) graph.addNode(node.key);
  const sortedEdges = [...edges].sort((a, b) => compareIssueKeys(a.blocker, b.blocker) || compareIssueKeys(a.blocked, b.blocked));
  for (const edge of sortedEdges) graph.mergeEdge(edge.blocker, edge.blocked);
  return graph;
}

/** Finds one circle through a strongly connected set, starting from its smallest key (breadth-first, shortest). */
function circleThrough(graph: DirectedGraph, members: ReadonlySet<string>, start: string): IssueKey[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    const next = graph.outNeighbors(current).filter((n) => members.has(n)).sort(compareIssueKeys);
    for (const neighbour of next) {
      if (neighbour === start) {
        const path = [current];
        let step = current;
        while (step !== start) {
          step = previous.get(step) as string;
          path.unshift(step);
        }
        return path as IssueKey[];
      }
      if (!previous.has(neighbour)) {
        previous.set(neighbour, current);
        queue.push(neighbour);
      }
    }
  }
  return [start as IssueKey];
}

/** Every group of epics that wait on each other in a circle, each with its members and one concrete circle. */
export function findCycles(graph: DirectedGraph): Cycle[] {
  return stronglyConnectedComponents(graph)
    .filter((component) => component.length > 1)
    .map((component) => {
      const members = [...component].sort(compareIssueKeys) as IssueKey[];
      return { members, path: circleThrough(graph, new Set(component), members[0] as string) };
    })
    .sort((a, b) => compareIssueKeys(a.members[0] as string, b.members[0] as string));
}

/**
 * The days of work an epic still has as of `today`: from its start (or today, when it started already) to its due
 * date, inclusive. An epic past its due date that is not done still has at least today; one without a due date
 * adds nothing the dates could tell. A done epic has none and never sits on the critical path.
 */
export function remainingDays(node: CriticalPathNode, today: CalendarDate): number {
  if (node.statusCategory === 'done' || node.dueDate === null) return 0;
  if (daysBetween(node.dueDate, today) > 0) return 1;
  const from = node.startDate !== null && daysBetween(today, node.startDate) > 0 ? node.startDate : today;
  return spanDays(from, node.dueDate);
}

export interface CriticalPathNode {
  key: IssueKey;
  statusCategory: StatusCategory | null;
  startDate: CalendarDate | null;
  dueDate: CalendarDate | null;
}

/**
 * The critical path of the work left: the chain of waiting epics, none of them done, with the most remaining days
 * (finish-to-start, summed with `remainingDays`). Edges inside a cycle are ignored, as no schedule can satisfy them.
 * Ties go to the chain that ends, then starts, with the smaller key.
 */
export function findCriticalPath(edges: ReadonlyArray<{ blocker: CriticalPathNode; blocked: CriticalPathNode; inCycle: boolean }>, today: CalendarDate): CriticalPath {
  const open = new DirectedGraph();
  const days = new Map<string, number>();
  const sorted = edges
    .filter((edge) => !edge.inCycle && edge.blocker.statusCategory !== 'done' && edge.blocked.statusCategory !== 'done')
    .sort((a, b) => compareIssueKeys(a.blocker.key, b.blocker.key) || compareIssueKeys(a.blocked.key, b.blocked.key));
  for (const { blocker, blocked } of sorted) {
    for (const node of [blocker, blocked]) {
      if (!days.has(node.key)) {
        days.set(node.key, remainingDays(node, today));
        open.addNode(node.key);
      }
    }
    open.mergeEdge(blocker.key, blocked.key);
  }
  const best = new Map<string, { total: number; previous: string | null }>();
  for (const key of topologicalSort(open)) {
    const own = days.get(key) ?? 0;
    let entry = { total: own, previous: null as string | null };
    for (const blocker of open.inNeighbors(key).sort(compareIssueKeys)) {
      const candidate = (best.get(blocker)?.total ?? 0) + own;
      if (candidate > entry.total) entry = { total: candidate, previous: blocker };
    }
    best.set(key, entry);
  }
  let end: string | null = null;
  let endTotal = -1;
  for (const [key, entry] of [...best.entries()].sort(([a], [b]) => compareIssueKeys(a, b))) {
    if (entry.total > endTotal) {
      end = key;
      endTotal = entry.total;
    }
  }
  const keys: IssueKey[] = [];
  for (let step = end; step !== null; step = best.get(step)?.previous ?? null) keys.unshift(step as IssueKey);
  return { keys, durationDays: Math.max(endTotal, 0) };
}
