/** Picks the table an operation addresses: plain keys, secrets, or one declared entity. */
import { findEntity, validateEntityValue, type EntityDeclaration } from './entities';
import type { KvsState, Table } from './state';

export function entityTable(state: KvsState, entities: EntityDeclaration[], entityName: string): { table: Table; entity: EntityDeclaration } {
  const entity = findEntity(entities, entityName);
  const table = (state.entities[entityName] ??= {});
  return { table, entity };
}

/** Table for an item that may or may not belong to an entity; validates an entity value when one is given. */
export function tableFor(state: KvsState, entities: EntityDeclaration[], entityName: string | undefined, value?: unknown): Table {
  if (entityName === undefined) return state.kv;
  const { table, entity } = entityTable(state, entities, entityName);
  if (value !== undefined) validateEntityValue(entity, value);
  return table;
}
