import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AppStore } from '../../../platform/app-store';
import { chunkTuples, emptyPageMap, recordOf, RecordTupleSchema, tupleOf, type PageMap } from './page-map';

/**
 * The page map in app storage: a small head record naming a generation and its chunk count, and the chunks. A save
 * writes a new generation's chunks first and switches the head last, so a run that dies half-way leaves the previous
 * map whole; the old chunks are deleted after the switch.
 */
export const PAGE_MAP_KEY = 'publishing:page-map';
const chunkKey = (generation: string, index: number) => `${PAGE_MAP_KEY}:${generation}:${index}`;
/** JSON length, not bytes: at most 3 UTF-8 bytes a UTF-16 unit keeps a chunk under the storage's 240 KiB a value. */
export const MAX_CHUNK_CHARS = 80_000;

const HeadSchema = z.object({ generation: z.string().regex(/^[a-f0-9]{8}$/), chunks: z.number().int().min(0).max(100), appAuthorId: z.string().max(128).nullable() });
const ChunkSchema = z.array(RecordTupleSchema);

export interface StoredPageMap {
  map: PageMap;
  /** what the head said when read; save() needs it to delete the old chunks, and to skip a save that changes nothing */
  head: z.infer<typeof HeadSchema> | null;
  serialized: string;
}

function serialize(map: PageMap): string {
  return JSON.stringify([map.appAuthorId, [...map.records.values()].map(tupleOf)]);
}

/** The stored map, or an empty one before the first publish. A damaged chunk is an error: publishing blind would clash with the app's own pages. */
export async function loadPageMap(store: AppStore): Promise<StoredPageMap> {
  const head = HeadSchema.safeParse(await store.get(PAGE_MAP_KEY));
  if (!head.success) return { map: emptyPageMap(), head: null, serialized: serialize(emptyPageMap()) };
  const map = emptyPageMap();
  map.appAuthorId = head.data.appAuthorId;
  for (let index = 0; index < head.data.chunks; index++) {
    const chunk = ChunkSchema.parse(await store.get(chunkKey(head.data.generation, index)));
    for (const tuple of chunk) map.records.set(tuple[0], recordOf(tuple));
  }
  return { map, head: head.data, serialized: serialize(map) };
}

/** Saves the map when it differs from what was loaded (a run that changed nothing writes nothing). */
export async function savePageMap(store: AppStore, loaded: StoredPageMap, map: PageMap): Promise<boolean> {
  if (serialize(map) === loaded.serialized) return false;
  const generation = randomUUID().slice(0, 8);
  const chunks = chunkTuples([...map.records.values()].map(tupleOf), MAX_CHUNK_CHARS);
  for (const [index, chunk] of chunks.entries()) await store.set(chunkKey(generation, index), chunk);
  await store.set(PAGE_MAP_KEY, { generation, chunks: chunks.length, appAuthorId: map.appAuthorId });
  if (loaded.head) for (let index = 0; index < loaded.head.chunks; index++) await store.delete(chunkKey(loaded.head.generation, index));
  return true;
}
