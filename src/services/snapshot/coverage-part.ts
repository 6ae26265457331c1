import { z } from 'zod';
import { resolveInheritedTags, tallyCoverage, type CoverageTally, type TallyGrid } from '../../domain';
import { idRecord, idRecordSchema, type IdRecord } from '../../domain/id-keyed';
import { projectOfKey } from '../dependencies/redact';
import { workItemOf, type ProgrammeSource } from './source';

/**
 * The coverage part of a snapshot: one tally per project and stream, so `coverage/load` adds up the projects the
 * viewing user may browse without reading any issue. Its size grows with projects × terms, not with issues.
 *
 * The tallies' grids are stored as JSON objects keyed by stream and term id, built and read back as null-prototype
 * records: those ids are data (a stream or a term may be called `constructor`), never property names.
 */
const keys = z.array(z.string());
const CellSchema = z.object({ count: z.number().int(), done: z.number().int(), parents: keys });
const PairSchema = z.object({ count: z.number().int(), parents: z.object({ touchpoint: keys, lifecycle: keys }) });
const gridSchema = <C extends z.ZodType>(cell: C) => idRecordSchema(z.string(), idRecordSchema(z.string(), cell));

const StoredTallySchema = z.object({
  issues: z.number().int(),
  streamTouchpoint: gridSchema(CellSchema),
  lifecycleTouchpoint: gridSchema(PairSchema),
  useCases: keys,
  untaggedEpics: z.array(z.object({ key: z.string(), summary: z.string(), streamId: z.string() })),
  epicTypes: keys,
});
type StoredTally = z.output<typeof StoredTallySchema>;
type StoredGrid<C> = IdRecord<string, IdRecord<string, C>>;

export const StoredCoverageSchema = z.object({
  groups: z.array(z.object({ project: z.string(), streamId: z.string(), tally: StoredTallySchema })),
  /** The stream most of a project's issues belong to (as in the view), for the project page. */
  projectStreams: idRecordSchema(z.string(), z.string()),
});
export type StoredCoverage = z.output<typeof StoredCoverageSchema>;

const storedGridOf = <C>(grid: TallyGrid<C>): StoredGrid<C> => idRecord([...grid].map(([row, cells]) => [row, idRecord(cells)] as const));
// Object.entries reads own entries only: safe whether the record came from the schema or from storedGridOf.
const gridOf = <C>(stored: StoredGrid<C>): TallyGrid<C> => new Map(Object.entries(stored).map(([row, cells]) => [row, new Map(Object.entries(cells))]));

function storedTallyOf(tally: CoverageTally): StoredTally {
  return { ...tally, streamTouchpoint: storedGridOf(tally.streamTouchpoint), lifecycleTouchpoint: storedGridOf(tally.lifecycleTouchpoint) };
}

/** A stored tally as the domain adds it up. */
export function tallyOfStored(stored: StoredTally): CoverageTally {
  return { ...stored, streamTouchpoint: gridOf(stored.streamTouchpoint), lifecycleTouchpoint: gridOf(stored.lifecycleTouchpoint) };
}

/** Tallies the source per (project, stream); inheritance is resolved over the whole programme first. */
export function coverageOfSource(source: ProgrammeSource, projectStreams: Readonly<Record<string, string>>): StoredCoverage {
  const items = source.issues.map(workItemOf);
  const inherited = resolveInheritedTags(items);
  const groups = new Map<string, { project: string; streamId: string; items: typeof items }>();
  for (const item of items) {
    if (item.streamId === null) continue;
    const project = projectOfKey(item.key);
    const id = `${project}\u0000${item.streamId}`;
    const group = groups.get(id) ?? { project, streamId: item.streamId, items: [] };
    group.items.push(item);
    groups.set(id, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.project.localeCompare(b.project) || a.streamId.localeCompare(b.streamId));
  return {
    groups: sorted.map((group) => ({ project: group.project, streamId: group.streamId, tally: storedTallyOf(tallyCoverage(group.items, inherited)) })),
    projectStreams: idRecord(Object.entries(projectStreams)),
  };
}
