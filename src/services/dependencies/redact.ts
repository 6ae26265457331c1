import type { DependencyView, EndView, TimelineItem } from '../../contract/programme';
import { DEPENDENCY_STATUSES, type AnalysisCounts, type Cycle, type Dependency, type DependencyStatus } from '../../domain';
import type { TaggedDependency, TaggedEnd } from '../snapshot/view-codec';

/** The project of an issue is the part of its (current) key before the dash. */
export const projectOfKey = (key: string) => key.slice(0, key.lastIndexOf('-'));

/**
 * Hides what the viewing user may not see. The snapshot is read as the app; every issue in a project the user
 * cannot browse is counted, never named (its stream stays visible: streams are programme-wide knowledge).
 */
export class Redactor {
  hiddenEpics = 0;
  hiddenDependencies = 0;

  constructor(private readonly browsable: ReadonlySet<string>) {}

  canSee(key: string): boolean {
    return this.browsable.has(projectOfKey(key));
  }

  end(end: TaggedEnd): EndView {
    return this.canSee(end.key) ? { ...end, hidden: false } : { hidden: true, streamId: end.streamId, external: end.external };
  }

  dependency(dependency: TaggedDependency): DependencyView {
    const { blocker, blocked, evidence, ...rest } = dependency;
    const shown = evidence.filter((e) => this.canSee(e.blocker) && this.canSee(e.blocked));
    const view: DependencyView = { ...rest, blocker: this.end(blocker), blocked: this.end(blocked), evidence: shown, hiddenEvidence: evidence.length - shown.length };
    if (view.blocker.hidden || view.blocked.hidden) this.hiddenDependencies += 1;
    return view;
  }

  epics(epics: readonly TimelineItem[]): TimelineItem[] {
    const shown = epics.filter((epic) => this.canSee(epic.key));
    this.hiddenEpics += epics.length - shown.length;
    return shown;
  }

  /** A cycle or path keeps only the keys the user may see (the UI shows the gap). */
  keys<T extends string>(keys: readonly T[]): T[] {
    return keys.filter((key) => this.canSee(key));
  }

  cycle(cycle: Cycle): Cycle {
    return { members: this.keys(cycle.members), path: this.keys(cycle.path) };
  }
}

/** The panel's counters over the dependencies shown. */
export function countDependencies(dependencies: readonly Dependency[], cycles: number): AnalysisCounts {
  const byStatus = Object.fromEntries(DEPENDENCY_STATUSES.map((status) => [status, 0])) as Record<DependencyStatus, number>;
  let crossStream = 0;
  let external = 0;
  for (const d of dependencies) {
    byStatus[d.status] += 1;
    if (d.crossStream) crossStream += 1;
    if (d.blocker.external || d.blocked.external) external += 1;
  }
  return { dependencies: dependencies.length, crossStream, external, cycles, byStatus };
}
