import type { DependencyView, EndView, IssueDependenciesView } from '../../../../../src/contract/programme';
import { DEPENDENCY_STATUSES, type DependencyStatus } from '../../../../../src/domain/dependencies/types';
import { compareIssueKeys } from '../../../../../src/domain/ids';
import type { Stream } from '../../../../../src/domain/programme';
import type { DependencyMessageKey } from './dependency-messages';

export type LozengeAppearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

/** One line of the panel: the other end of a dependency, its stream, and how the dependency stands. */
export interface DependencyRow {
  id: string;
  other: EndView;
  stream: Stream | null;
  status: DependencyStatus;
  statusText: { key: DependencyMessageKey; params: Record<string, number> };
  appearance: LozengeAppearance;
  inCycle: boolean;
  links: number;
}

/** The dependencies of one scope: across streams, or within the epic's stream; each by direction. */
export interface DependencyScope {
  scope: 'across' | 'within';
  waitsOn: DependencyRow[];
  waitedOnBy: DependencyRow[];
  count: number;
}

export interface DependencyGroups {
  across: DependencyScope;
  /** Within the epic's stream, whose name heads the group (null: the epic is in no stream). */
  within: DependencyScope & { stream: Stream | null };
  /** False when the epic has no dependency at all: the panel then says so in one line. */
  any: boolean;
  /** Shown as "via epic EMA-3" when the open issue is below the epic. */
  viaEpic: string | null;
}

const APPEARANCE: Record<DependencyStatus, LozengeAppearance> = { conflict: 'removed', 'at-risk': 'moved', 'missing-dates': 'new', ok: 'success', resolved: 'default' };

/**
 * The lozenge's words for a dependency: overlap for conflicts; for at risk its reason (the blocker is overdue, or the
 * slack left), or that the dates are withheld (an end the viewer cannot browse); slack for fine ones; a done one is
 * done (never a slack, let alone a negative one).
 */
export function statusText(dependency: Pick<DependencyView, 'status' | 'overlapDays' | 'slackDays' | 'blockerOverdue'>): DependencyRow['statusText'] {
  switch (dependency.status) {
    case 'conflict':
      return { key: 'status.conflict', params: { days: dependency.overlapDays ?? 0 } };
    case 'at-risk':
      if (dependency.blockerOverdue) return { key: 'status.at-risk-overdue', params: {} };
      if (dependency.slackDays === null || dependency.slackDays < 0) return { key: 'status.at-risk-withheld', params: {} };
      return { key: 'status.at-risk', params: { days: dependency.slackDays } };
    case 'ok':
      return dependency.slackDays === null || dependency.slackDays < 0 ? { key: 'status.ok-plain', params: {} } : { key: 'status.ok', params: { days: dependency.slackDays } };
    case 'missing-dates':
      return { key: 'status.missing-dates', params: {} };
    case 'resolved':
      return { key: 'status.resolved', params: {} };
  }
}

const rank = (status: DependencyStatus) => DEPENDENCY_STATUSES.indexOf(status);

/** Worst first (conflict, at risk, missing dates, ok, resolved), larger overlaps first, hidden ends last, then by key. */
function compareRows(a: DependencyRow, b: DependencyRow, overlap: Map<string, number>): number {
  return (
    rank(a.status) - rank(b.status) ||
    (overlap.get(b.id) ?? 0) - (overlap.get(a.id) ?? 0) ||
    Number(a.other.hidden) - Number(b.other.hidden) ||
    (a.other.hidden || b.other.hidden ? 0 : compareIssueKeys(a.other.key, b.other.key))
  );
}

function rowsOf(dependencies: DependencyView[], side: 'blocker' | 'blocked', streams: ReadonlyMap<string, Stream>): DependencyRow[] {
  const overlap = new Map(dependencies.map((d) => [d.id, d.overlapDays ?? 0]));
  return dependencies
    .map((d): DependencyRow => {
      const other = d[side];
      return {
        id: d.id,
        other,
        stream: (other.streamId === null ? undefined : streams.get(other.streamId)) ?? null,
        status: d.status,
        statusText: statusText(d),
        appearance: APPEARANCE[d.status],
        inCycle: d.inCycle,
        links: d.evidence.length + d.hiddenEvidence,
      };
    })
    .sort((a, b) => compareRows(a, b, overlap));
}

/** A dependency leaves the epic's stream: to another stream, or to an end outside every stream. */
export const leavesStream = (d: Pick<DependencyView, 'crossStream' | 'blocker' | 'blocked'>) => d.crossStream || d.blocker.external || d.blocked.external;

function scopeOf(scope: DependencyScope['scope'], view: IssueDependenciesView, streams: ReadonlyMap<string, Stream>): DependencyScope {
  const inScope = (d: DependencyView) => leavesStream(d) === (scope === 'across');
  const waitsOn = rowsOf(view.waitsOn.filter(inScope), 'blocker', streams);
  const waitedOnBy = rowsOf(view.waitedOnBy.filter(inScope), 'blocked', streams);
  return { scope, waitsOn, waitedOnBy, count: waitsOn.length + waitedOnBy.length };
}

/**
 * The panel's groups: across streams and within the epic's stream, each with what the epic waits on (the other end
 * is the blocker) and what waits on it (the other end is the blocked one).
 */
export function dependencyGroups(view: IssueDependenciesView): DependencyGroups {
  const streams = new Map(view.streams.map((s) => [s.id as string, s]));
  const across = scopeOf('across', view, streams);
  const within = { ...scopeOf('within', view, streams), stream: (view.epicStreamId === null ? undefined : streams.get(view.epicStreamId)) ?? null };
  return { across, within, any: across.count + within.count > 0, viaEpic: view.epicKey !== view.issueKey ? view.epicKey : null };
}
