import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AppStore } from '../../platform/app-store';
import type { AppStoreBatch } from '../../platform/app-store-batch';
import { AppFailure } from '../errors';
import { splitText } from './chunks';
import { StoredCoverageSchema, type StoredCoverage } from './coverage-part';
import { ProgrammeSourceSchema, type ProgrammeSource } from './source';
import { decodeSourceParts, encodeSourceParts } from './source-parts';
import { ProgrammeScopeSchema, type ProgrammeScope } from './programme-scope';
import { StoredViewSchema, type StoredView } from './view-codec';

/**
 * Where the programme snapshot lives in app storage. One small meta record points at the current generation;
 * a generation is written in full (view chunks for the panel, source chunks for incremental refresh, coverage chunks
 * for the coverage tab) before
 * the meta record is switched to it, so a reader never sees half a snapshot and a failed build leaves the last
 * good one in place. The replaced generation is deleted after the switch.
 */
export const META_KEY = 'snapshot:meta';
type Part = 'view' | 'source' | 'coverage';
const chunkKey = (generation: string, part: Part, index: number) => `snapshot:${generation}:${part}:${index}`;
/** A source part's chunk: the part (a project key or `#links`) and its revision, which changes only with its content. */
const sourcePartKey = (name: string, rev: string, index: number) => `snapshot:src:${name}:${rev}:${index}`;

const SourcePartInfoSchema = z.object({ name: z.string(), rev: z.string(), chunks: z.number().int().min(1) });
type SourcePartInfo = z.infer<typeof SourcePartInfoSchema>;

const GenerationSchema = z.object({
  generation: z.string(),
  asOf: z.string(),
  /** The analysis day (UTC calendar day of the build). */
  today: z.string(),
  settingsVersion: z.number().int(),
  viewChunks: z.number().int().min(1),
  /** The source as one text (snapshots written before parts existed); absent when `sourceParts` is there. */
  sourceChunks: z.number().int().min(1).optional(),
  /** The source by part (source-parts.ts): a patch rewrites only the parts whose content changed. */
  sourceParts: z.array(SourcePartInfoSchema).optional(),
  /** 0 for a snapshot written before coverage existed: `coverage/load` then asks for a rebuild. */
  coverageChunks: z.number().int().min(0).default(0),
  /** Which issues an event can concern (programme-scope.ts); absent in older snapshots: then every event counts. */
  scope: ProgrammeScopeSchema.optional(),
  /**
   * The installation's secret for opaque dependency ids (viewer/opaque-ids.ts), carried from generation to
   * generation, so a page load reads it with the meta record instead of on its own.
   */
  redactionKey: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type GenerationInfo = z.infer<typeof GenerationSchema>;

export const SnapshotMetaSchema = z.object({
  version: z.literal(1),
  current: GenerationSchema.nullable(),
  /** A rebuild that is queued or running; `since` lets a crashed job be noticed. */
  job: z.object({ status: z.enum(['queued', 'running']), reason: z.string(), since: z.string() }).nullable(),
  lastFailure: z.object({ at: z.string(), reason: z.string() }).nullable(),
});
export type SnapshotMeta = z.infer<typeof SnapshotMetaSchema>;

export const EMPTY_META: SnapshotMeta = { version: 1, current: null, job: null, lastFailure: null };

export interface SnapshotStorage {
  store: AppStore;
  batch: AppStoreBatch;
}

function invalid(key: string, error: z.ZodError): AppFailure {
  const issue = error.issues[0];
  return new AppFailure({ code: 'STORED_DATA_INVALID', field: [key, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
}

export async function readMeta(store: AppStore): Promise<SnapshotMeta> {
  const raw = await store.get(META_KEY);
  if (raw === undefined) return EMPTY_META;
  const parsed = SnapshotMetaSchema.safeParse(raw);
  if (!parsed.success) throw invalid(META_KEY, parsed.error);
  return parsed.data;
}

export async function writeMeta(store: AppStore, meta: SnapshotMeta): Promise<void> {
  await store.set(META_KEY, meta);
}

async function readChunks(batch: AppStoreBatch, generation: string, part: Part, count: number): Promise<unknown> {
  const keys = Array.from({ length: count }, (_, index) => chunkKey(generation, part, index));
  const found = await batch.getMany(keys);
  const text = keys
    .map((key) => {
      const value = found.get(key);
      if (typeof value !== 'string') throw new AppFailure({ code: 'STORED_DATA_INVALID', field: key, params: { message: 'snapshot chunk missing' } });
      return value;
    })
    .join('');
  return JSON.parse(text) as unknown;
}

export async function readView(batch: AppStoreBatch, info: GenerationInfo): Promise<StoredView> {
  const parsed = StoredViewSchema.safeParse(await readChunks(batch, info.generation, 'view', info.viewChunks));
  if (!parsed.success) throw invalid(chunkKey(info.generation, 'view', 0), parsed.error);
  return parsed.data;
}

export async function readSource(batch: AppStoreBatch, info: GenerationInfo): Promise<ProgrammeSource> {
  if (info.sourceParts) return readSourceParts(batch, info.sourceParts);
  const parsed = ProgrammeSourceSchema.safeParse(await readChunks(batch, info.generation, 'source', info.sourceChunks ?? 1));
  if (!parsed.success) throw invalid(chunkKey(info.generation, 'source', 0), parsed.error);
  return parsed.data;
}

/** Every part in one batched read (keys of all parts at once), then decoded together. */
async function readSourceParts(batch: AppStoreBatch, parts: readonly SourcePartInfo[]): Promise<ProgrammeSource> {
  const keysOf = (part: SourcePartInfo) => Array.from({ length: part.chunks }, (_, index) => sourcePartKey(part.name, part.rev, index));
  const found = await batch.getMany(parts.flatMap(keysOf));
  const decoded = new Map<string, unknown>();
  for (const part of parts) {
    const text = keysOf(part)
      .map((key) => {
        const value = found.get(key);
        if (typeof value !== 'string') throw new AppFailure({ code: 'STORED_DATA_INVALID', field: key, params: { message: 'snapshot chunk missing' } });
        return value;
      })
      .join('');
    decoded.set(part.name, JSON.parse(text) as unknown);
  }
  try {
    return decodeSourceParts(decoded);
  } catch (error) {
    if (error instanceof z.ZodError) throw invalid('snapshot:src', error);
    throw error;
  }
}

export async function readCoverage(batch: AppStoreBatch, info: GenerationInfo): Promise<StoredCoverage | null> {
  if (info.coverageChunks === 0) return null;
  const parsed = StoredCoverageSchema.safeParse(await readChunks(batch, info.generation, 'coverage', info.coverageChunks));
  if (!parsed.success) throw invalid(chunkKey(info.generation, 'coverage', 0), parsed.error);
  return parsed.data;
}

export interface NewGeneration {
  asOf: string;
  today: string;
  settingsVersion: number;
  view: StoredView;
  source: ProgrammeSource;
  coverage: StoredCoverage;
  scope: ProgrammeScope;
}

/**
 * Writes a new generation, then switches the meta record to it (keeping the job and failure fields `update`
 * decides), then deletes what it replaced. The source is written by part: a part whose text equals the one stored
 * (`previous`, the source the caller read) keeps its chunks, so a patch of a few issues writes only their projects'
 * parts, the links part if links changed, the view and the coverage. Returns the meta as written.
 */
export async function publishGeneration(
  storage: SnapshotStorage,
  next: NewGeneration,
  update: (meta: SnapshotMeta) => Omit<SnapshotMeta, 'current'>,
  previous?: ProgrammeSource,
  /** Keys to delete with the replaced chunks, in the same batch (the change log a patch applied). */
  alsoDelete: readonly string[] = [],
): Promise<SnapshotMeta> {
  const generation = randomUUID().slice(0, 8);
  const viewParts = splitText(JSON.stringify(next.view));
  const coverageParts = splitText(JSON.stringify(next.coverage));
  const before = await readMeta(storage.store);
  const stored = new Map((before.current?.sourceParts ?? []).map((part) => [part.name, part]));
  const storedTexts = previous && before.current?.sourceParts ? encodeSourceParts(previous) : new Map<string, string>();

  const parts: SourcePartInfo[] = [];
  const writes: Array<{ key: string; value: string }> = [
    ...viewParts.map((value, index) => ({ key: chunkKey(generation, 'view', index), value })),
    ...coverageParts.map((value, index) => ({ key: chunkKey(generation, 'coverage', index), value })),
  ];
  for (const [name, text] of encodeSourceParts(next.source)) {
    const kept = stored.get(name);
    if (kept && storedTexts.get(name) === text) {
      parts.push(kept);
      continue;
    }
    const chunks = splitText(text);
    parts.push({ name, rev: generation, chunks: chunks.length });
    writes.push(...chunks.map((value, index) => ({ key: sourcePartKey(name, generation, index), value })));
  }
  await storage.batch.setMany(writes);
  const meta: SnapshotMeta = {
    ...update(before),
    current: { generation, asOf: next.asOf, today: next.today, settingsVersion: next.settingsVersion, viewChunks: viewParts.length, sourceParts: parts, coverageChunks: coverageParts.length, scope: next.scope, redactionKey: before.current?.redactionKey ?? randomBytes(32).toString('hex') },
  };
  await writeMeta(storage.store, meta);
  const replaced = before.current ? replacedKeys(before.current, new Set(parts.map((part) => `${part.name}:${part.rev}`))) : [];
  if (replaced.length + alsoDelete.length > 0) await storage.batch.deleteMany([...replaced, ...alsoDelete]);
  return meta;
}

/** The keys of a replaced generation, but for source parts the new one still uses. */
function replacedKeys(info: GenerationInfo, stillUsed: ReadonlySet<string>): string[] {
  return [
    ...Array.from({ length: info.viewChunks }, (_, index) => chunkKey(info.generation, 'view', index)),
    ...Array.from({ length: info.sourceChunks ?? 0 }, (_, index) => chunkKey(info.generation, 'source', index)),
    ...Array.from({ length: info.coverageChunks }, (_, index) => chunkKey(info.generation, 'coverage', index)),
    ...(info.sourceParts ?? [])
      .filter((part) => !stillUsed.has(`${part.name}:${part.rev}`))
      .flatMap((part) => Array.from({ length: part.chunks }, (_, index) => sourcePartKey(part.name, part.rev, index))),
  ];
}

/** Everything a generation stores, by key. */
function generationKeys(info: GenerationInfo): Set<string> {
  return new Set(replacedKeys(info, new Set()));
}

/** Chunks live under these; the meta record, the lease and pending changes have keys of their own. */
const CHUNK_PREFIXES = ['snapshot:src:'];
const isChunkKey = (key: string) => CHUNK_PREFIXES.some((prefix) => key.startsWith(prefix)) || /^snapshot:[0-9a-f]{8}:(view|source|coverage):\d+$/.test(key);
/** A sweep reads at most this many stored snapshot values (it runs with the nightly build, under the lease). */
const SWEEP_LIMIT = 2000;

/**
 * Deletes snapshot chunks no meta record points to: left behind by a writer that died between writing a generation
 * and switching to it, or between switching and deleting the old one. Runs under the lease, so no writer is half-way.
 * Returns how many keys it deleted.
 */
export async function sweepUnreferenced(storage: SnapshotStorage): Promise<number> {
  const meta = await readMeta(storage.store);
  const keep = meta.current ? generationKeys(meta.current) : new Set<string>();
  const stored = await storage.store.listByPrefix('snapshot:', SWEEP_LIMIT);
  const orphans = stored.map((entry) => entry.key).filter((key) => isChunkKey(key) && !keep.has(key));
  if (orphans.length > 0) await storage.batch.deleteMany(orphans);
  return orphans.length;
}
