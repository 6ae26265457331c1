/** The fifteen `/api/v1/...` endpoints @forge/kvs calls, each as (parsed JSON body) → response. */
import type { z } from 'zod';
import { batchDelete, batchGet, batchSet } from './batch';
import type { EntityDeclaration } from './entities';
import { jsonResponse, keyNotFound } from './errors';
import { validateKey, validateValue } from './limits';
import { queryEntities, queryKeys } from './queries';
import { itemView, readItem, writeItem } from './records';
import * as s from './schemas';
import type { KvsState, Table } from './state';
import { entityTable, tableFor } from './tables';
import { transact } from './transaction';

export interface RouteContext {
  state: KvsState;
  entities: EntityDeclaration[];
  now: number;
  countReads(n: number): void;
  countWrites(n: number): void;
}

interface Route<S extends z.ZodType> {
  schema: S;
  handle(body: z.infer<S>, ctx: RouteContext): Response;
}
const route = <S extends z.ZodType>(schema: S, handle: (body: z.infer<S>, ctx: RouteContext) => Response): Route<S> => ({ schema, handle });

const noContent = (): Response => new Response(null, { status: 204 });

function get(table: Table, body: { key: string; options?: { metadataFields?: s.MetadataFieldName[] } }, ctx: RouteContext): Response {
  ctx.countReads(1);
  const item = readItem(table, body.key, ctx.now);
  if (!item) throw keyNotFound(body.key);
  return jsonResponse(200, itemView(body.key, item, body.options?.metadataFields));
}

function set(table: Table, body: { key: string; value: unknown; options?: s.SetOptions }, ctx: RouteContext): Response {
  validateKey(body.key);
  validateValue(body.value);
  ctx.countWrites(1);
  const { previous, latest } = writeItem(table, body.key, body.value, body.options, ctx.now);
  const returned = body.options?.returnValue === 'PREVIOUS' ? previous : body.options?.returnValue === 'LATEST' ? latest : undefined;
  // The SDK reads the body only when returnValue was asked for; an empty body means "nothing to return".
  if (!returned) return noContent();
  return jsonResponse(200, itemView(body.key, returned, body.options?.returnMetadataFields));
}

function remove(table: Table, key: string, ctx: RouteContext): Response {
  ctx.countWrites(1);
  if (!readItem(table, key, ctx.now)) throw keyNotFound(key);
  delete table[key];
  return noContent();
}

export const routes: Record<string, Route<z.ZodType>> = {
  '/api/v1/get': route(s.getRequestSchema, (b, ctx) => get(ctx.state.kv, b, ctx)),
  '/api/v1/set': route(s.setRequestSchema, (b, ctx) => set(ctx.state.kv, b, ctx)),
  '/api/v1/delete': route(s.deleteRequestSchema, (b, ctx) => remove(ctx.state.kv, b.key, ctx)),
  '/api/v1/secret/get': route(s.getRequestSchema, (b, ctx) => get(ctx.state.secrets, b, ctx)),
  '/api/v1/secret/set': route(s.setRequestSchema, (b, ctx) => set(ctx.state.secrets, b, ctx)),
  '/api/v1/secret/delete': route(s.deleteRequestSchema, (b, ctx) => remove(ctx.state.secrets, b.key, ctx)),
  '/api/v1/entity/get': route(s.entityGetRequestSchema, (b, ctx) => get(entityTable(ctx.state, ctx.entities, b.entityName).table, b, ctx)),
  '/api/v1/entity/set': route(s.entitySetRequestSchema, (b, ctx) => set(tableFor(ctx.state, ctx.entities, b.entityName, b.value), b, ctx)),
  '/api/v1/entity/delete': route(s.entityDeleteRequestSchema, (b, ctx) => remove(entityTable(ctx.state, ctx.entities, b.entityName).table, b.key, ctx)),
  '/api/v1/query': route(s.queryRequestSchema, (b, ctx) => {
    ctx.countReads(1);
    return jsonResponse(200, queryKeys(ctx.state.kv, { ...b, fields: b.options?.metadataFields }, ctx.now));
  }),
  '/api/v1/entity/query': route(s.entityQueryRequestSchema, (b, ctx) => {
    ctx.countReads(1);
    const { table, entity } = entityTable(ctx.state, ctx.entities, b.entityName);
    return jsonResponse(200, queryEntities(table, entity, b, ctx.now));
  }),
  '/api/v1/batch/set': route(s.batchSetRequestSchema, (b, ctx) => {
    ctx.countWrites(b.length);
    return jsonResponse(200, batchSet(ctx.state, ctx.entities, b, ctx.now));
  }),
  '/api/v1/batch/get': route(s.batchGetRequestSchema, (b, ctx) => {
    ctx.countReads(b.length);
    return jsonResponse(200, batchGet(ctx.state, ctx.entities, b, ctx.now));
  }),
  '/api/v1/batch/delete': route(s.batchDeleteRequestSchema, (b, ctx) => {
    ctx.countWrites(b.length);
    return jsonResponse(200, batchDelete(ctx.state, ctx.entities, b, ctx.now));
  }),
  '/api/v1/transaction': route(s.transactionRequestSchema, (b, ctx) => {
    ctx.countWrites(transact(ctx.state, ctx.entities, b, ctx.now));
    return noContent();
  }),
};
