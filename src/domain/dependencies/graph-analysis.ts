import { DirectedGraph } from 'graphology';
import { stronglyConnectedComponents } from 'graphology-components';
import { topologicalSort } from 'graphology-dag';
import { spanDays, type CalendarDate } from '../calendar-date';
import { compareIssueKeys, type IssueKey } from '../ids';
import type { CriticalPath, Cycle } from './types';

export interface GraphNode {
  key: IssueKey;
  startDate: CalendarDate | null;
  dueDate: CalendarDate | null;
}

/** The epic-level dependency graph: an edge points from the blocker to the item that waits on it. */
export function buildDependencyGraph(nodes: readonly GraphNode[], edges: ReadonlyArray<{ blocker: IssueKey; blocked: IssueKey }>): DirectedGraph {
  const graph = new DirectedGraph();
  // Sorted insertion keeps every traversal below, and so the output, deterministic.
  for (const node of [...nodes].sort((a, b) => compareIssueKeys(a.key, b.key))) graph.addNode(node.key, { ...node });
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

function durationOf(graph: DirectedGraph, key: string): number {
  const { startDate, dueDate } = graph.getNodeAttributes(key) as GraphNode;
  return startDate && dueDate ? spanDays(startDate, dueDate) : 0;
}

/**
 * The longest chain of waiting epics by total duration (finish-to-start), ignoring edges inside cycles,
 * which no schedule can satisfy. Ties go to the chain that starts with the smaller key.
 */
export function findCriticalPath(graph: DirectedGraph, cycles: readonly Cycle[]): CriticalPath {
  const cycleOf = new Map<string, number>();
  cycles.forEach((cycle, index) => cycle.members.forEach((member) => cycleOf.set(member, index)));
  const acyclic = graph.copy() as DirectedGraph;
  acyclic.forEachEdge((edge, _attributes, source, target) => {
    const sourceCycle = cycleOf.get(source);
    if (sourceCycle !== undefined && sourceCycle === cycleOf.get(target)) acyclic.dropEdge(edge);
  });
  const best = new Map<string, { total: number; previous: string | null }>();
  for (const key of topologicalSort(acyclic)) {
    let entry = { total: durationOf(acyclic, key), previous: null as string | null };
    for (const blocker of acyclic.inNeighbors(key).sort(compareIssueKeys)) {
      const candidate = (best.get(blocker)?.total ?? 0) + durationOf(acyclic, key);
      if (candidate > entry.total) entry = { total: candidate, previous: blocker };
    }
    best.set(key, entry);
  }
  let end: string | null = null;
  let endTotal = -1;
  for (const [key, entry] of [...best.entries()].sort(([a], [b]) => compareIssueKeys(a, b))) {
    if (entry.total > endTotal && acyclic.degree(key) > 0) {
      end = key;
      endTotal = entry.total;
    }
  }
  const keys: IssueKey[] = [];
  for (let step = end; step !== null; step = best.get(step)?.previous ?? null) keys.unshift(step as IssueKey);
  return { keys, durationDays: Math.max(endTotal, 0) };
}
