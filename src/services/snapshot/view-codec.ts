import type { TimelineItem } from '../../contract/programme';
import {
  DEPENDENCY_STATUSES, FILTER_SLOTS, type EpicTags, type FilterSlot, type CalendarDate, type Cycle, type CriticalPath, type Dependency, type DependencyEnd, type Evidence, type IssueKey,
  type MatrixCell, type ProgrammeAnalysis, type Progress, type StatusCategory, type Stream, type StreamDependencySummary, type StreamId, type WorkItem,
} from '../../domain';
import { idRecord } from '../../domain/id-keyed';
import { CATEGORIES, FLAG, type StoredView } from './view-schema';

/** Encodes the programme's analysis into the stored view (view-schema.ts) and decodes it back for the panel. */
export { StoredViewSchema, type StoredView } from './view-schema';

export function encodeView(
  streams: readonly Stream[],
  epics: readonly WorkItem[],
  analysis: ProgrammeAnalysis,
  projectStreams: Readonly<Record<string, string>>,
  epicTags: ReadonlyMap<string, EpicTags> = new Map(),
  epicProgress: ReadonlyMap<string, Progress> = new Map(),
): StoredView {
  const streamIndex = new Map(streams.map((stream, index) => [stream.id as string, index]));
  const tagTerms: string[] = [];
  const termIndex = new Map<string, number>();
  const tagsOf = (key: string): number[] => {
    const tags = epicTags.get(key);
    if (!tags) return [];
    return FILTER_SLOTS.flatMap((slot) =>
      tags[slot].map((id) => {
        const term = `${slot}:${id}`;
        const known = termIndex.get(term);
        if (known !== undefined) return known;
        termIndex.set(term, tagTerms.length);
        return tagTerms.push(term) - 1;
      }),
    );
  };
  const nodeIndex = new Map<string, number>();
  const nodes: StoredView['nodes'] = [];
  const addNode = (end: Omit<DependencyEnd, 'external'>, epic: boolean) => {
    const known = nodeIndex.get(end.key);
    if (known !== undefined) return known;
    nodeIndex.set(end.key, nodes.length);
    const tags = tagsOf(end.key);
    nodes.push([end.key, end.summary, end.streamId === null ? -1 : (streamIndex.get(end.streamId) ?? -1), end.statusCategory === null ? -1 : CATEGORIES.indexOf(end.statusCategory), end.startDate, end.dueDate, epic ? 1 : 0, ...(tags.length > 0 ? [tags] : [])]);
    return nodes.length - 1;
  };
  const progress: StoredView['progress'] = [];
  for (const epic of epics) {
    const at = addNode(epic, true);
    const counts = epicProgress.get(epic.key);
    if (counts) progress.push([at, counts.todo, counts.inProgress, counts.done]);
  }
  const types: string[] = [];
  const typeIndex = (type: string) => {
    const at = types.indexOf(type);
    return at >= 0 ? at : types.push(type) - 1;
  };
  const dependencies: StoredView['dependencies'] = analysis.dependencies.map((d) => [
    addNode(d.blocker, false),
    addNode(d.blocked, false),
    DEPENDENCY_STATUSES.indexOf(d.status),
    (d.crossStream ? FLAG.crossStream : 0) | (d.blockerOverdue ? FLAG.overdue : 0) | (d.inCycle ? FLAG.inCycle : 0) | (d.onCriticalPath ? FLAG.critical : 0),
    d.slackDays,
    d.overlapDays,
    d.evidence.map((e) => [e.linkId, typeIndex(e.type), e.blocker, e.blocked]),
  ]);
  return {
    streams: [...streams],
    types,
    nodes,
    dependencies,
    cycles: analysis.cycles,
    criticalPath: analysis.criticalPath,
    matrix: analysis.matrix,
    streamSummaries: analysis.streams,
    projectStreams: idRecord(Object.entries(projectStreams)),
    tagTerms,
    progress,
  };
}

/** A dependency end as decoded: the domain's end plus the epic's filter tags when it has any. */
export type TaggedEnd = DependencyEnd & { tags?: EpicTags };
export type TaggedDependency = Omit<Dependency, 'blocker' | 'blocked'> & { blocker: TaggedEnd; blocked: TaggedEnd };

function decodeTags(terms: readonly string[], indexes: readonly number[] | undefined): EpicTags | undefined {
  if (!indexes || indexes.length === 0) return undefined;
  const tags: EpicTags = { touchpoint: [], lifecycle: [], useCase: [] };
  for (const index of indexes) {
    const term = terms[index];
    const colon = term?.indexOf(':') ?? -1;
    const slot = term?.slice(0, colon) as FilterSlot;
    if (term && colon > 0 && FILTER_SLOTS.includes(slot)) tags[slot].push(term.slice(colon + 1));
  }
  return tags;
}

export interface DecodedView {
  streams: Stream[];
  epics: TimelineItem[];
  dependencies: TaggedDependency[];
  cycles: Cycle[];
  criticalPath: CriticalPath;
  matrix: MatrixCell[];
  streamSummaries: StreamDependencySummary[];
  /** project key → stream id, without prototype: a project key from a payload can be looked up as it is. */
  projectStreams: Readonly<Record<string, string>>;
}

/** The stored form back as the domain's types; ends are shared objects, so callers must not mutate them. */
export function decodeView(view: StoredView): DecodedView {
  const ends: TaggedEnd[] = view.nodes.map(([key, summary, stream, category, startDate, dueDate, , tagIndexes]) => {
    const streamId = stream >= 0 ? ((view.streams[stream]?.id ?? null) as StreamId | null) : null;
    const tags = decodeTags(view.tagTerms, tagIndexes);
    return {
      ...(tags ? { tags } : {}),
      key: key as IssueKey,
      summary,
      streamId,
      external: streamId === null,
      statusCategory: (CATEGORIES[category] ?? null) as StatusCategory | null,
      startDate: startDate as CalendarDate | null,
      dueDate: dueDate as CalendarDate | null,
    };
  });
  const endAt = (index: number): TaggedEnd => {
    const end = ends[index];
    if (!end) throw new Error(`snapshot view refers to node ${index}, which it lacks`);
    return end;
  };
  const progressAt = new Map(view.progress.map(([at, todo, inProgress, done]): [number, Progress] => [at, { todo, inProgress, done }]));
  const epics: TimelineItem[] = [];
  view.nodes.forEach((node, index) => {
    if (node[6] !== 1) return;
    const end = endAt(index);
    const progress = progressAt.get(index);
    epics.push({
      key: end.key, summary: end.summary ?? '', streamId: end.streamId, statusCategory: end.statusCategory ?? 'new', startDate: end.startDate, dueDate: end.dueDate,
      ...(end.tags ? { tags: end.tags } : {}), ...(progress ? { progress } : {}),
    });
  });
  const dependencies: TaggedDependency[] = view.dependencies.map(([blockerAt, blockedAt, status, flags, slackDays, overlapDays, evidence]) => {
    const blocker = endAt(blockerAt);
    const blocked = endAt(blockedAt);
    return {
      id: `${blocker.key}->${blocked.key}`,
      blocker,
      blocked,
      crossStream: (flags & FLAG.crossStream) !== 0,
      status: DEPENDENCY_STATUSES[status] ?? 'ok',
      slackDays,
      overlapDays,
      blockerOverdue: (flags & FLAG.overdue) !== 0,
      inCycle: (flags & FLAG.inCycle) !== 0,
      onCriticalPath: (flags & FLAG.critical) !== 0,
      evidence: evidence.map(([linkId, type, b, d]): Evidence => ({ linkId, type: view.types[type] ?? '', blocker: b as IssueKey, blocked: d as IssueKey })),
    };
  });
  return {
    streams: view.streams,
    epics,
    dependencies,
    cycles: view.cycles as Cycle[],
    criticalPath: view.criticalPath as CriticalPath,
    matrix: view.matrix as MatrixCell[],
    streamSummaries: view.streamSummaries as StreamDependencySummary[],
    // Copied into a null-prototype record even when the view was never stored (Object.entries reads own entries).
    projectStreams: idRecord(Object.entries(view.projectStreams)),
  };
}
