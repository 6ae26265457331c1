/** Batch set/get/delete: a bare array of up to 25 items; each item succeeds or fails on its own. */
import { badRequest, KvsError } from './errors';
import type { EntityDeclaration } from './entities';
import { MAX_BATCH_ITEMS, validateKey, validateValue } from './limits';
import { itemView, readItem, writeItem } from './records';
import type { MetadataFieldName, Ttl } from './schemas';
import type { KvsState } from './state';
import { tableFor } from './tables';

interface BatchKey {
  key: string;
  entityName?: string;
}
interface BatchOutcome {
  successfulKeys: object[];
  failedKeys: Array<BatchKey & { error: { code: string; message: string } }>;
}

function checkSize(items: unknown[]): void {
  if (items.length === 0) throw badRequest('A batch needs at least one item', 'INVALID_BATCH');
  if (items.length > MAX_BATCH_ITEMS) throw badRequest(`A batch may contain at most ${MAX_BATCH_ITEMS} items; got ${items.length}`, 'TOO_MANY_ITEMS');
}

const identity = ({ key, entityName }: BatchKey): BatchKey => (entityName === undefined ? { key } : { key, entityName });

function runEach<T extends BatchKey>(items: T[], op: (item: T) => object): BatchOutcome {
  checkSize(items);
  const outcome: BatchOutcome = { successfulKeys: [], failedKeys: [] };
  for (const item of items) {
    try {
      outcome.successfulKeys.push(op(item));
    } catch (error) {
      if (!(error instanceof KvsError)) throw error;
      outcome.failedKeys.push({ ...identity(item), error: { code: error.code, message: error.message } });
    }
  }
  return outcome;
}

export function batchSet(state: KvsState, entities: EntityDeclaration[], items: Array<BatchKey & { value: unknown; options?: { ttl?: Ttl } }>, now: number): BatchOutcome {
  return runEach(items, (item) => {
    validateKey(item.key);
    validateValue(item.value);
    writeItem(tableFor(state, entities, item.entityName, item.value), item.key, item.value, item.options, now);
    return identity(item);
  });
}

export function batchGet(state: KvsState, entities: EntityDeclaration[], items: Array<BatchKey & { options?: { metadataFields?: MetadataFieldName[] } }>, now: number): BatchOutcome {
  return runEach(items, (item) => {
    const found = readItem(tableFor(state, entities, item.entityName), item.key, now);
    if (!found) throw new KvsError(404, 'KEY_NOT_FOUND', `The key '${item.key}' was not found`);
    return itemView(item.key, found, item.options?.metadataFields, item.entityName);
  });
}

export function batchDelete(state: KvsState, entities: EntityDeclaration[], items: BatchKey[], now: number): BatchOutcome {
  return runEach(items, (item) => {
    const table = tableFor(state, entities, item.entityName);
    if (readItem(table, item.key, now)) delete table[item.key];
    return identity(item);
  });
}
