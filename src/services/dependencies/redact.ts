import type { ChainKey, CriticalPathView, CycleView, DependencyView, EndView, TimelineItem } from '../../contract/programme';
import type { CriticalPath, Cycle, Dependency, MatrixCell } from '../../domain';
import type { TaggedEnd } from '../snapshot/view-codec';
import type { OpaqueIds } from '../viewer/opaque-ids';

/** The project of an issue is the part of its (current) key before the dash. */
export const projectOfKey = (key: string) => key.slice(0, key.lastIndexOf('-'));

/** A dependency as assessed for the viewer's day, its ends carrying the epics' filter tags. */
export type AssessedDependency = Omit<Dependency, 'blocker' | 'blocked'> & { blocker: TaggedEnd; blocked: TaggedEnd };

/**
 * Hides what the viewing user may not see. The snapshot is read as the app; every issue in a project the user
 * cannot browse is counted, never named — and nothing derived from its key or dates reaches them either: ids are
 * opaque, a hidden member of a cycle or path keeps its place as `null`, and a dependency with a hidden end shows
 * its status without the day counts from which the hidden dates could be worked out. Its stream stays visible:
 * streams are programme-wide knowledge.
 */
export class Redactor {
  hiddenEpics = 0;
  hiddenDependencies = 0;

  constructor(
    private readonly browsable: ReadonlySet<string>,
    private readonly opaqueId: OpaqueIds,
  ) {}

  canSee(key: string): boolean {
    return this.browsable.has(projectOfKey(key));
  }

  end(end: TaggedEnd): EndView {
    return this.canSee(end.key) ? { ...end, hidden: false } : { hidden: true, streamId: end.streamId, external: end.external };
  }

  dependency(dependency: AssessedDependency): DependencyView {
    const { id, blocker, blocked, evidence, ...rest } = dependency;
    const shown = evidence.filter((e) => this.canSee(e.blocker) && this.canSee(e.blocked));
    const view: DependencyView = { ...rest, id: this.opaqueId(id), blocker: this.end(blocker), blocked: this.end(blocked), evidence: shown, hiddenEvidence: evidence.length - shown.length };
    if (view.blocker.hidden || view.blocked.hidden) {
      this.hiddenDependencies += 1;
      view.slackDays = null;
      view.overlapDays = null;
      if (view.blocker.hidden) view.blockerOverdue = false;
    }
    return view;
  }

  epics(epics: readonly TimelineItem[]): TimelineItem[] {
    const shown = epics.filter((epic) => this.canSee(epic.key));
    this.hiddenEpics += epics.length - shown.length;
    return shown;
  }

  chain(keys: readonly string[]): ChainKey[] {
    return keys.map((key) => (this.canSee(key) ? key : null));
  }

  cycle(cycle: Cycle): CycleView {
    return { members: this.chain(cycle.members), path: this.chain(cycle.path) };
  }

  criticalPath(path: CriticalPath): CriticalPathView {
    return { keys: this.chain(path.keys), durationDays: path.durationDays };
  }

  /**
   * The matrix counts every dependency (counted, never named), but its worst overlap comes only from dependencies
   * the viewer sees whole: a cell with one conflict would otherwise give the hidden epic's date away.
   */
  matrix(cells: readonly MatrixCell[], dependencies: readonly AssessedDependency[]): MatrixCell[] {
    const worst = new Map<string, number>();
    for (const d of dependencies) {
      if (d.status !== 'conflict' || d.blocker.streamId === null || d.blocked.streamId === null || !this.canSee(d.blocker.key) || !this.canSee(d.blocked.key)) continue;
      const pair = `${d.blocked.streamId}\u0000${d.blocker.streamId}`;
      worst.set(pair, Math.max(worst.get(pair) ?? 0, d.overlapDays ?? 0));
    }
    return cells.map((cell) => ({ ...cell, worstOverlapDays: worst.get(`${cell.waitingStreamId}\u0000${cell.blockingStreamId}`) ?? null }));
  }
}
