import { randomUUID } from 'node:crypto';
import type { Baseline } from '../../domain/baseline/baseline-types';
import { LAST_BASELINE_KEY, parseLastBaseline } from '../publishing/publish-baseline';
import { z } from 'zod';
import { EMPTY_STRATEGY_TREE, StrategyTreeSchema, type StrategyTree } from '../../domain/strategy/strategy-tree';
import { repairTree } from '../../domain/strategy/tree-ops';
import { AppFailure } from '../errors';
import { splitText } from '../snapshot/chunks';
import type { SnapshotStorage } from '../snapshot/snapshot-store';
import { JQL_MATCHES_KEY, NO_JQL_MATCHES, parseJqlMatches, type JqlMatches } from './jql-matches';

/**
 * The strategy tree in app storage. 300 nodes of several KB each exceed one value (240 KiB), so the tree is stored as
 * the snapshot stores its big values: chunks of one JSON text under a generation of their own, and a small head
 * record `strategy:head` naming the generation. A writer writes the new generation's chunks, switches the head, then
 * deletes the old chunks, so a reader never sees half a tree.
 */
export const STRATEGY_HEAD_KEY = 'strategy:head';
const chunkKey = (generation: string, index: number) => `strategy:${generation}:${index}`;

const HeadSchema = z.object({ version: z.number().int().min(0), generation: z.string().regex(/^[0-9a-f]{8}$/), chunks: z.number().int().min(1) });
type Head = z.infer<typeof HeadSchema>;

/** What a reader gets: the tree (repaired if damaged), the JQL matches read with the snapshot, and the head it came from. */
export interface StoredStrategy {
  tree: StrategyTree;
  jql: JqlMatches;
  head: Head | null;
  /** The baseline of the last clean publication (slip is measured against it), or null before the first. */
  baseline: Baseline | null;
}

function invalid(key: string, error: z.ZodError): AppFailure {
  const issue = error.issues[0];
  return new AppFailure({ code: 'STORED_DATA_INVALID', field: [key, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
}

async function readHead(storage: SnapshotStorage): Promise<Head | null> {
  const raw = await storage.store.get(STRATEGY_HEAD_KEY);
  if (raw === undefined) return null;
  const parsed = HeadSchema.safeParse(raw);
  if (!parsed.success) throw invalid(STRATEGY_HEAD_KEY, parsed.error);
  return parsed.data;
}

/**
 * The tree and its JQL matches: the head, then one batch read of the chunks and the matches together. A writer deletes
 * the chunks it replaced right after switching the head, so chunks missing under a head that has moved on mean a newer
 * tree: it is read instead. A tree whose parents are damaged (a missing parent, a loop) is repaired on reading, so it
 * still loads; a tree that does not parse is a named error.
 */
export async function readStrategy(storage: SnapshotStorage): Promise<StoredStrategy> {
  for (let attempt = 1; ; attempt++) {
    const head = await readHead(storage);
    const keys = head ? Array.from({ length: head.chunks }, (_, index) => chunkKey(head.generation, index)) : [];
    // The last publication's baseline comes in the same batch: the tab shows each node's slip against it.
    const found = await getKeys(storage, [...keys, JQL_MATCHES_KEY, LAST_BASELINE_KEY]);
    const jql = parseJqlMatches(found.get(JQL_MATCHES_KEY));
    const baseline = parseLastBaseline(found.get(LAST_BASELINE_KEY))?.baseline ?? null;
    if (!head) return { tree: EMPTY_STRATEGY_TREE, jql, head, baseline };
    const pieces = keys.map((key) => found.get(key));
    if (pieces.every((piece): piece is string => typeof piece === 'string')) return { tree: parseTree(pieces.join(''), head), jql, head, baseline };
    if (attempt >= MAX_READS || (await readHead(storage))?.generation === head.generation) {
      throw new AppFailure({ code: 'STORED_DATA_INVALID', field: chunkKey(head.generation, 0), params: { message: 'strategy chunk missing' } });
    }
  }
}

/** A reader overtaken by this many writers in a row reports the damage instead of chasing them. */
const MAX_READS = 5;

function parseTree(text: string, head: Head): StrategyTree {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppFailure({ code: 'STORED_DATA_INVALID', field: chunkKey(head.generation, 0), params: { message: 'not JSON' } });
  }
  const parsed = StrategyTreeSchema.safeParse(json);
  if (!parsed.success) throw invalid(chunkKey(head.generation, 0), parsed.error);
  return repairTree({ ...parsed.data, version: head.version });
}

/** The storage entries of a tree at `version` (also how the demo seeds its tree): head and chunks. */
export function strategyEntries(tree: StrategyTree, version: number, generation = randomUUID().slice(0, 8)): { head: Head; chunks: Array<{ key: string; value: string }> } {
  const pieces = splitText(JSON.stringify({ ...tree, version }));
  return { head: { version, generation, chunks: pieces.length }, chunks: pieces.map((value, index) => ({ key: chunkKey(generation, index), value })) };
}

/**
 * Up to this many keys are read, written or deleted one by one, side by side: Forge meters batch operations (45 a
 * minute per installation) far tighter than single ones (1,000 a second, 4,000 units a minute), and a tree of a few
 * dozen strategies is one chunk, so loading and editing it costs no batch operation at all.
 */
const FEW_KEYS = 4;

async function getKeys(storage: SnapshotStorage, keys: readonly string[]): Promise<Map<string, unknown>> {
  if (keys.length > FEW_KEYS) return storage.batch.getMany([...keys]);
  const values = await Promise.all(keys.map((key) => storage.store.get(key)));
  const found = new Map<string, unknown>();
  keys.forEach((key, index) => {
    if (values[index] !== undefined) found.set(key, values[index]);
  });
  return found;
}

/**
 * Writes `tree` as the version after `previous`: the new chunks first, then the head, then the old chunks go. The
 * caller has claimed the version (version-claim.ts), so no other writer switches the head meanwhile.
 */
export async function writeStrategy(storage: SnapshotStorage, tree: StrategyTree, previous: Head | null): Promise<StrategyTree> {
  const version = (previous?.version ?? 0) + 1;
  const { head, chunks } = strategyEntries(tree, version);
  if (chunks.length <= FEW_KEYS) await Promise.all(chunks.map((chunk) => storage.store.set(chunk.key, chunk.value)));
  else await storage.batch.setMany(chunks);
  await storage.store.set(STRATEGY_HEAD_KEY, head);
  if (!previous) return { ...tree, version };
  const stale = Array.from({ length: previous.chunks }, (_, index) => chunkKey(previous.generation, index));
  if (stale.length <= FEW_KEYS) await Promise.all(stale.map((key) => storage.store.delete(key)));
  else await storage.batch.deleteMany(stale);
  return { ...tree, version };
}

export { JQL_MATCHES_KEY, NO_JQL_MATCHES, type JqlMatches };
