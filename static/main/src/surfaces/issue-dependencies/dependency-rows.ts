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

export interface DependencyGroups {
  waitsOn: DependencyRow[];
  waitedOnBy: DependencyRow[];
  /** False when the epic has no dependency at all: the panel then says so in one line. */
  any: boolean;
  /** Shown as "via epic EMA-3" when the open issue is below the epic. */
  viaEpic: string | null;
}

const APPEARANCE: Record<DependencyStatus, LozengeAppearance> = { conflict: 'removed', 'at-risk': 'moved', 'missing-dates': 'new', ok: 'success', resolved: 'default' };

/** The lozenge's words for a dependency: overlap for conflicts, slack for at-risk and fine ones. */
export function statusText(dependency: Pick<DependencyView, 'status' | 'overlapDays' | 'slackDays' | 'blockerOverdue'>): DependencyRow['statusText'] {
  switch (dependency.status) {
    case 'conflict':
      return { key: 'status.conflict', params: { days: dependency.overlapDays ?? 0 } };
    case 'at-risk':
      if (dependency.slackDays === null || dependency.blockerOverdue) return { key: 'status.at-risk-overdue', params: {} };
      return { key: 'status.at-risk', params: { days: dependency.slackDays } };
    case 'ok':
      return dependency.slackDays === null ? { key: 'status.ok-plain', params: {} } : { key: 'status.ok', params: { days: dependency.slackDays } };
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

function rowsOf(dependencies: DependencyView[], side: 'blocker' | 'blocked', streams: Stream[]): DependencyRow[] {
  const overlap = new Map(dependencies.map((d) => [d.id, d.overlapDays ?? 0]));
  return dependencies
    .map((d): DependencyRow => {
      const other = d[side];
      return {
        id: d.id,
        other,
        stream: streams.find((s) => s.id === other.streamId) ?? null,
        status: d.status,
        statusText: statusText(d),
        appearance: APPEARANCE[d.status],
        inCycle: d.inCycle,
        links: d.evidence.length + d.hiddenEvidence,
      };
    })
    .sort((a, b) => compareRows(a, b, overlap));
}

/**
 * The panel's two groups: what the epic waits on (the other end is the blocker) and what waits on it (the
 * other end is the blocked one).
 */
export function dependencyGroups(view: IssueDependenciesView): DependencyGroups {
  const waitsOn = rowsOf(view.waitsOn, 'blocker', view.streams);
  const waitedOnBy = rowsOf(view.waitedOnBy, 'blocked', view.streams);
  return { waitsOn, waitedOnBy, any: waitsOn.length + waitedOnBy.length > 0, viaEpic: view.epicKey !== view.issueKey ? view.epicKey : null };
}
