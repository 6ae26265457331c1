import { z } from 'zod';
import { StreamSchema } from '../../domain';
import { idRecordSchema } from '../../domain/id-keyed';

/**
 * The panel's part of the snapshot in a compact, positional form: every issue appears once in `nodes` and
 * dependencies point at it by index. Twenty streams with 5,000 dependencies then fit in two storage values,
 * so one `programme/load` stays within a handful of reads.
 */
export const CATEGORIES = ['new', 'indeterminate', 'done'] as const;
export const FLAG = { crossStream: 1, overdue: 2, inCycle: 4, critical: 8 } as const;

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
const count = z.number().int().min(0);
/** [epic node, to do, in progress, done]: the epic's issues by status category, for the strategy roll-ups. */
const ProgressTuple = z.tuple([count, count, count, count]);

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
  /** Per epic (snapshots from before progress have none, and their epics carry none). */
  progress: z.array(ProgressTuple).default([]),
});
export type StoredView = z.infer<typeof StoredViewSchema>;
