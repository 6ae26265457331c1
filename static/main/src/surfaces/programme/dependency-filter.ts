import type { DependencyView, EndView, TimelineItem } from '../../../../../src/contract/programme';
import { isJourneyFilterEmpty, matchesJourney, NO_JOURNEY_FILTER, type JourneyFilter } from '../../../../../src/domain/journey-filter';
import type { DependencyStatus } from '../../../../../src/domain/dependencies/types';

/** A matrix cell chosen as a filter: dependencies where `waitingStreamId` waits on `blockingStreamId`. */
export interface StreamPair {
  waitingStreamId: string;
  blockingStreamId: string;
}

/** A headline count chosen as a filter: only dependencies across streams, or only those in a cycle. */
export const ONLY_KINDS = ['cross-stream', 'cycle'] as const;
export type OnlyKind = (typeof ONLY_KINDS)[number];

/** What the list and the timeline are narrowed to. Empty values mean "no restriction". */
export interface DependencyFilter {
  pair: StreamPair | null;
  /** Only dependencies touching this issue (the `?focus=KEY` of the issue view's link). */
  focusKey: string | null;
  status: DependencyStatus | null;
  /** Either end sits in this stream. */
  streamId: string | null;
  text: string;
  /** Touchpoints, lifecycle stages and use cases: an epic matches when it or its lower issues carry a chosen term. */
  journey: JourneyFilter;
  only: OnlyKind | null;
}

export const NO_FILTER: DependencyFilter = { pair: null, focusKey: null, status: null, streamId: null, text: '', journey: NO_JOURNEY_FILTER, only: null };

/** The issue key of an end, or null when the user may not see it. */
export function endKey(end: EndView): string | null {
  return end.hidden ? null : end.key;
}

/**
 * The matrix's own rule: a dependency belongs to the cell (waiting, blocking) when its blocked end sits in the
 * waiting stream and its blocker in the blocking one. Hidden ends keep their stream, so they count here too,
 * exactly as they are counted in the matrix.
 */
export function matchesPair(dependency: DependencyView, pair: StreamPair): boolean {
  return dependency.blocked.streamId === pair.waitingStreamId && dependency.blocker.streamId === pair.blockingStreamId;
}

function matchesText(dependency: DependencyView, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (needle === '') return true;
  const words = [dependency.blocker, dependency.blocked].flatMap((end) => (end.hidden ? [] : [end.key, end.summary ?? '']));
  for (const evidence of dependency.evidence) words.push(evidence.blocker, evidence.blocked);
  return words.some((word) => word.toLowerCase().includes(needle));
}

/** True when the dependency passes every part of the filter. */
export function matchesFilter(dependency: DependencyView, filter: DependencyFilter): boolean {
  if (filter.pair && !matchesPair(dependency, filter.pair)) return false;
  if (filter.focusKey && !touchesIssue(dependency, filter.focusKey)) return false;
  if (filter.status && dependency.status !== filter.status) return false;
  if (filter.only === 'cross-stream' && !dependency.crossStream) return false;
  if (filter.only === 'cycle' && !dependency.inCycle) return false;
  if (filter.streamId && dependency.blocker.streamId !== filter.streamId && dependency.blocked.streamId !== filter.streamId) return false;
  if (!matchesJourneyEnds(dependency, filter.journey)) return false;
  return matchesText(dependency, filter.text);
}

/** A dependency passes the journey filter when either end does; a hidden end carries no tags, so never does. */
export function matchesJourneyEnds(dependency: DependencyView, journey: JourneyFilter): boolean {
  if (isJourneyFilterEmpty(journey)) return true;
  return [dependency.blocker, dependency.blocked].some((end) => !end.hidden && matchesJourney(end.tags, journey));
}

/**
 * The epics the timeline draws: all of them without a journey filter; with one, the matching epics plus the ends of
 * the dependencies shown (so every drawn arrow has both its bars).
 */
export function timelineEpics(epics: readonly TimelineItem[], shown: readonly DependencyView[], journey: JourneyFilter): TimelineItem[] {
  if (isJourneyFilterEmpty(journey)) return [...epics];
  const ends = new Set(shown.flatMap((d) => [d.blocker, d.blocked]).flatMap((end) => (end.hidden ? [] : [end.key as string])));
  return epics.filter((epic) => ends.has(epic.key) || matchesJourney(epic.tags, journey));
}

/** An issue touches a dependency as either end, or as an end of one of the Jira links it rolls up. */
export function touchesIssue(dependency: DependencyView, key: string): boolean {
  if (endKey(dependency.blocker) === key || endKey(dependency.blocked) === key) return true;
  return dependency.evidence.some((evidence) => evidence.blocker === key || evidence.blocked === key);
}

export function filterDependencies(dependencies: readonly DependencyView[], filter: DependencyFilter): DependencyView[] {
  return dependencies.filter((dependency) => matchesFilter(dependency, filter));
}

/** True when nothing narrows the view (so the timeline draws everything at full strength). */
export function isUnfiltered(filter: DependencyFilter): boolean {
  return !filter.pair && !filter.focusKey && !filter.status && !filter.only && !filter.streamId && filter.text.trim() === '' && isJourneyFilterEmpty(filter.journey);
}
