import { z } from 'zod';
import type { TimelineItem } from '../../contract/programme';
import {
  DEPENDENCY_STATUSES, FILTER_SLOTS, StreamSchema, type EpicTags, type FilterSlot, type CalendarDate, type Cycle, type CriticalPath, type Dependency, type DependencyEnd, type Evidence, type IssueKey,
  type MatrixCell, type ProgrammeAnalysis, type StatusCategory, type Stream, type StreamDependencySummary, type StreamId, type WorkItem,
} from '../../domain';
import { idRecord, idRecordSchema } from '../../domain/id-keyed';

/**
 * The panel's part of the snapshot in a compact, positional form: every issue appears once in `nodes` and
 * dependencies point at it by index. Twenty streams with 5,000 dependencies then fit in two storage values,
 * so one `programme/load` stays within a handful of reads.
 */
const CATEGORIES = ['new', 'indeterminate', 'done'] as const;
const FLAG = { crossStream: 1, overdue: 2, inCycle: 4, critical: 8 } as const;

const nullableDate = z.string().nullable();
/**
 * [key, summary, stream index (-1 none), status category index (-1 unknown), start, due, epic (1/0), tags?]; `tags`
 * are indexes into `tagTerms` (the epic's own tags and its issues', for the journey filters), absent when none.
 */
const NodeTuple = z.tuple([z.string(), z.string().nullable(), z.number().int(), z.number().int(), nullableDate, nullableDate, z.number().int()], z.array(z.number().int()));
/** [linkId, type index, blocker key, blocked key] */
const EvidenceTuple = z.tuple([z.string(), z.number().int(), z.string(), z.string()]);
/** [blocker node, blocked node, status index, flags, slack, overlap, evidence] */
const DependencyTuple = z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int(), z.number().nullable(), z.number().nullable(), z.array(EvidenceTuple)]);

export const StoredViewSchema = z.object({
  streams: z.array(StreamSchema),
  types: z.array(z.string()),
  nodes: z.array(NodeTuple),
  dependencies: z.array(DependencyTuple),
  cycles: z.array(z.object({ members: z.array(z.string()), path: z.array(z.string()) })),
  criticalPath: z.object({ keys: z.array(z.string()), durationDays: z.number() }),
  matrix: z.array(z.object({ waitingStreamId: z.string(), blockingStreamId: z.string(), count: z.number(), conflicts: z.number(), atRisk: z.number(), worstOverlapDays: z.number().nullable() })),
  streamSummaries: z.array(z.object({ streamId: z.string(), waitsOn: z.array(z.object({ streamId: z.string(), count: z.number(), conflicts: z.number() })), waitedOnBy: z.array(z.object({ streamId: z.string(), count: z.number(), conflicts: z.number() })) })),
  /** The stream most of a project's issues belong to, for the project page; a null-prototype record once read (id-keyed.ts). */
  projectStreams: idRecordSchema(z.string(), z.string()),
  /** Every filter term the nodes carry once, as `slot:id` (snapshots from before tags have none). */
  tagTerms: z.array(z.string()).default([]),
});
export type StoredView = z.infer<typeof StoredViewSchema>;

export function encodeView(
  streams: readonly Stream[],
  epics: readonly WorkItem[],
  analysis: ProgrammeAnalysis,
  projectStreams: Readonly<Record<string, string>>,
  epicTags: ReadonlyMap<string, EpicTags> = new Map(),
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
  for (const epic of epics) addNode(epic, true);
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
  const epics: TimelineItem[] = [];
  view.nodes.forEach((node, index) => {
    if (node[6] !== 1) return;
    const end = endAt(index);
    epics.push({ key: end.key, summary: end.summary ?? '', streamId: end.streamId, statusCategory: end.statusCategory ?? 'new', startDate: end.startDate, dueDate: end.dueDate, ...(end.tags ? { tags: end.tags } : {}) });
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
