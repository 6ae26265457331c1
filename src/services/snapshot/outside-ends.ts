import type { DependencyLink } from '../../domain';
import type { SourceIssue } from './source';

/** Keys of the programme's issues: those a stream holds (issues outside every stream are kept only as link ends). */
export function streamKeys(issues: readonly SourceIssue[]): Set<string> {
  return new Set(issues.filter((issue) => issue.streamId !== null).map((issue) => issue.key as string));
}

/**
 * The far ends of the programme's links that no stream holds and that were not read yet: an operations ticket
 * blocking a core epic has real dates and a status, and without them the dependency would read "missing dates".
 */
export function unreadOutsideEnds(issues: readonly SourceIssue[], links: readonly DependencyLink[]): string[] {
  const inStreams = streamKeys(issues);
  const read = new Set(issues.map((issue) => issue.key as string));
  const wanted = new Set<string>();
  for (const link of links) {
    const touchesProgramme = inStreams.has(link.blocker) || inStreams.has(link.blocked);
    if (!touchesProgramme) continue;
    for (const end of [link.blocker, link.blocked]) if (!read.has(end)) wanted.add(end);
  }
  return [...wanted];
}

/** Drops issues outside every stream that no programme link reaches any more, so the snapshot does not collect them. */
export function withoutUnlinkedOutsiders(issues: readonly SourceIssue[], links: readonly DependencyLink[]): SourceIssue[] {
  const inStreams = streamKeys(issues);
  const linked = new Set<string>();
  for (const link of links) {
    if (inStreams.has(link.blocker) || inStreams.has(link.blocked)) {
      linked.add(link.blocker);
      linked.add(link.blocked);
    }
  }
  return issues.filter((issue) => issue.streamId !== null || linked.has(issue.key));
}
