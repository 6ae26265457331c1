/** Transactions: ≤25 operations, each key once, all conditions checked before anything is written (all or nothing). */
import { matchesFilters } from './conditions';
import type { EntityDeclaration } from './entities';
import { badRequest, KvsError } from './errors';
import { MAX_TRANSACTION_OPS, validateKey, validateValue } from './limits';
import { buildItem, readItem } from './records';
import type { Filters, TransactionRequest } from './schemas';
import type { KvsState, Table } from './state';
import { tableFor } from './tables';

interface Operation {
  kind: 'set' | 'delete' | 'check';
  key: string;
  entityName?: string;
  conditions?: Filters;
  table: Table;
  apply?: (now: number) => void;
}

function collect(state: KvsState, entities: EntityDeclaration[], request: TransactionRequest): Operation[] {
  const ops: Operation[] = [];
  for (const s of request.set ?? []) {
    validateKey(s.key);
    validateValue(s.value);
    const table = tableFor(state, entities, s.entityName, s.value);
    ops.push({ kind: 'set', key: s.key, entityName: s.entityName, conditions: s.conditions, table, apply: (now) => {
      table[s.key] = buildItem(readItem(table, s.key, now), s.value, s.options?.ttl, now);
    } });
  }
  for (const d of request.delete ?? []) {
    const table = tableFor(state, entities, d.entityName);
    ops.push({ kind: 'delete', key: d.key, entityName: d.entityName, conditions: d.conditions, table, apply: () => {
      delete table[d.key];
    } });
  }
  for (const c of request.check ?? []) {
    ops.push({ kind: 'check', key: c.key, entityName: c.entityName, conditions: c.conditions, table: tableFor(state, entities, c.entityName) });
  }
  return ops;
}

export function transact(state: KvsState, entities: EntityDeclaration[], request: TransactionRequest, now: number): number {
  const total = (request.set?.length ?? 0) + (request.delete?.length ?? 0) + (request.check?.length ?? 0);
  if (total === 0) throw badRequest('A transaction needs at least one operation', 'INVALID_TRANSACTION');
  if (total > MAX_TRANSACTION_OPS) {
    throw badRequest(`A transaction may contain at most ${MAX_TRANSACTION_OPS} operations; got ${total}`, 'TOO_MANY_OPERATIONS');
  }
  const ops = collect(state, entities, request);
  const seen = new Set<string>();
  for (const op of ops) {
    const id = `${op.entityName ?? ''}\u0000${op.key}`;
    if (seen.has(id)) throw badRequest(`The key '${op.key}' appears more than once in the transaction`, 'DUPLICATE_KEY');
    seen.add(id);
  }
  for (const op of ops) {
    if (!op.conditions) continue;
    const current = readItem(op.table, op.key, now);
    if (!matchesFilters(current?.value, op.conditions)) {
      throw new KvsError(409, 'CONDITION_FAILED', `The ${op.kind} condition on key '${op.key}' was not met; nothing was written`);
    }
  }
  for (const op of ops) op.apply?.(now);
  return ops.filter((op) => op.kind !== 'check').length;
}
