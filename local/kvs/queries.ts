/** Key queries (BEGINS_WITH on the key, `after` cursor) and entity index queries (partition, range, filters, sort, cursor). */
import { z } from 'zod';
import { attributeOf, compareScalars, matchesClause, matchesFilters } from './conditions';
import { resolveIndex, type EntityDeclaration } from './entities';
import { badRequest } from './errors';
import { DEFAULT_QUERY_LIMIT, MAX_ENTITY_QUERY_LIMIT, MAX_QUERY_LIMIT } from './limits';
import { itemView, liveKeys, readItem } from './records';
import type { EntityQueryRequest, MetadataFieldName } from './schemas';
import type { Table } from './state';

export interface Page {
  data: Array<Record<string, unknown>>;
  cursor?: string;
}

function pageLimit(requested: number | undefined, max: number): number {
  if (requested === undefined) return DEFAULT_QUERY_LIMIT;
  if (requested < 1 || requested > max) throw badRequest(`limit must be between 1 and ${max}`, 'INVALID_LIMIT');
  return requested;
}

// Cursors are opaque to callers; inside they name the last item returned, so writes between pages do not skip items.
const cursorSchema = z.object({ k: z.string(), s: z.array(z.unknown()) });
type CursorPosition = z.infer<typeof cursorSchema>;
const encodeCursor = (position: CursorPosition): string => Buffer.from(JSON.stringify(position)).toString('base64url');
function decodeCursor(cursor: string): CursorPosition {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badRequest('The cursor is not valid', 'INVALID_CURSOR');
  }
}

export function queryKeys(table: Table, request: { limit?: number; after?: string; where?: Array<{ condition: string; values: unknown[] }>; fields?: MetadataFieldName[] }, now: number): Page {
  const limit = pageLimit(request.limit, MAX_QUERY_LIMIT);
  const where = request.where?.[0];
  if ((request.where?.length ?? 0) > 1) throw badRequest('A query takes at most one where condition', 'INVALID_QUERY');
  if (where && where.condition !== 'BEGINS_WITH') throw badRequest('Key queries support only BEGINS_WITH', 'INVALID_QUERY');
  const prefix = where ? String(where.values[0] ?? '') : '';
  const after = request.after === undefined ? undefined : decodeCursor(request.after).k;
  const keys = liveKeys(table, now).filter((key) => key.startsWith(prefix) && (after === undefined || key > after));
  const pageKeys = keys.slice(0, limit);
  const data = pageKeys.map((key) => itemView(key, readItem(table, key, now)!, request.fields));
  const last = pageKeys[pageKeys.length - 1];
  return keys.length > limit && last !== undefined ? { data, cursor: encodeCursor({ k: last, s: [] }) } : { data };
}

function samePartition(value: unknown, attributes: string[], partition: unknown[]): boolean {
  return attributes.every((attr, i) => attributeOf(value, attr) === partition[i]);
}

export function queryEntities(table: Table, entity: EntityDeclaration, request: EntityQueryRequest, now: number): Page {
  const index = resolveIndex(entity, request.indexName);
  const limit = pageLimit(request.limit, MAX_ENTITY_QUERY_LIMIT);
  const partition = request.partition ?? [];
  if (partition.length !== index.partition.length) {
    throw badRequest(`Index '${index.name}' needs ${index.partition.length} partition value(s), got ${partition.length}`, 'INVALID_PARTITION');
  }
  const sortValues = (key: string, value: unknown): unknown[] => (index.range.length ? index.range.map((a) => attributeOf(value, a)) : [key]);
  // An item appears in an index only when it has every attribute the index is built from.
  const rows = liveKeys(table, now)
    .map((key) => ({ key, item: readItem(table, key, now)! }))
    .filter(({ item }) => [...index.partition, ...index.range].every((a) => attributeOf(item.value, a) !== undefined))
    .filter(({ item }) => samePartition(item.value, index.partition, partition))
    .filter(({ key, item }) => !request.range || matchesClause(sortValues(key, item.value)[0], request.range))
    .filter(({ item }) => matchesFilters(item.value, request.filters))
    .map((row) => ({ ...row, sort: sortValues(row.key, row.item.value) }));
  const direction = request.sort === 'DESC' ? -1 : 1;
  const compare = (a: { key: string; sort: unknown[] }, b: { key: string; sort: unknown[] }): number => {
    for (let i = 0; i < a.sort.length; i++) {
      const c = compareScalars(a.sort[i], b.sort[i]);
      if (c !== 0) return c * direction;
    }
    return compareScalars(a.key, b.key) * direction;
  };
  rows.sort(compare);
  const start = request.cursor === undefined ? rows : rows.filter((row) => compare(row, decodeCursorRow(request.cursor!)) > 0);
  const page = start.slice(0, limit);
  const fields = request.metadataFields ?? request.options?.metadataFields;
  const data = page.map((row) => itemView(row.key, row.item, fields));
  const last = page[page.length - 1];
  return start.length > limit && last ? { data, cursor: encodeCursor({ k: last.key, s: last.sort }) } : { data };
}

function decodeCursorRow(cursor: string): { key: string; sort: unknown[] } {
  const position = decodeCursor(cursor);
  return { key: position.k, sort: position.s };
}
