import { z } from 'zod';

/**
 * What the app remembers of each page it published, by its own pageKey (ids are data: a Map, never an object's
 * property names). The version is the one the app's own last write produced: a higher one on the page means someone
 * wrote after the app. `parentId` is where the page was last seen, so a person's move is reported once.
 */
export interface PageRecord {
  pageKey: string;
  pageId: string;
  title: string;
  /** contentHash() of what the app last wrote */
  hash: string;
  version: number;
  /** the pageKey of the parent the app last wrote it under (null: the configured parent) */
  parentKey: string | null;
  /** the page id of the parent it was last seen under */
  parentId: string | null;
  /** the ownership content property is on the page (false: mark it on the next run) */
  marked: boolean;
}

export interface PageMap {
  records: Map<string, PageRecord>;
  /** The account Confluence names as author of the app's own writes (learned from them), null until the first. */
  appAuthorId: string | null;
}

export const emptyPageMap = (): PageMap => ({ records: new Map(), appAuthorId: null });

/** Stored compactly as positional tuples (a 300-page tree stays well inside one storage value per chunk). */
export const RecordTupleSchema = z.tuple([
  z.string().max(300),
  z.string().regex(/^\d{1,19}$/),
  z.string().max(300),
  z.string().max(100),
  z.number().int().min(1),
  z.string().max(300).nullable(),
  z.string().regex(/^\d{1,19}$/).nullable(),
  z.union([z.literal(0), z.literal(1)]),
]);
export type RecordTuple = z.infer<typeof RecordTupleSchema>;

export function tupleOf(record: PageRecord): RecordTuple {
  return [record.pageKey, record.pageId, record.title, record.hash, record.version, record.parentKey, record.parentId, record.marked ? 1 : 0];
}

export function recordOf(tuple: RecordTuple): PageRecord {
  const [pageKey, pageId, title, hash, version, parentKey, parentId, marked] = tuple;
  return { pageKey, pageId, title, hash, version, parentKey, parentId, marked: marked === 1 };
}

/** Tuples split so no chunk's JSON exceeds `maxChars` (a storage value holds at most 240 KiB). */
export function chunkTuples(tuples: readonly RecordTuple[], maxChars: number): RecordTuple[][] {
  const chunks: RecordTuple[][] = [];
  let current: RecordTuple[] = [];
  let size = 2;
  for (const tuple of tuples) {
    const length = JSON.stringify(tuple).length + 1;
    if (current.length > 0 && size + length > maxChars) {
      chunks.push(current);
      current = [];
      size = 2;
    }
    current.push(tuple);
    size += length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
