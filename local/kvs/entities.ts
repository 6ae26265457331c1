/** Custom entities as declared in the manifest (`app.storage.entities`): value type checks and index resolution. */
import { badRequest } from './errors';

export type AttributeType = 'string' | 'boolean' | 'float' | 'integer' | 'any';
export interface EntityDeclaration {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  indexes?: Array<string | { name: string; range: string[]; partition?: string[] }>;
}

export interface ResolvedIndex {
  name: string;
  partition: string[];
  range: string[];
}

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

export function findEntity(entities: EntityDeclaration[], entityName: string): EntityDeclaration {
  const entity = entities.find((e) => e.name === entityName);
  if (!entity) throw badRequest(`The entity '${entityName}' is not declared in the manifest`, 'ENTITY_NOT_FOUND');
  return entity;
}

function typeMatches(type: AttributeType, v: unknown): boolean {
  switch (type) {
    case 'any':
      return true;
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX;
    case 'float':
      return typeof v === 'number' && Number.isFinite(v);
  }
}

/** Entity values are objects whose declared attributes carry the declared type; undeclared attributes are refused. */
export function validateEntityValue(entity: EntityDeclaration, value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(`A '${entity.name}' value must be an object`, 'INVALID_ENTITY_VALUE');
  }
  for (const [attr, v] of Object.entries(value as Record<string, unknown>)) {
    const declared = entity.attributes[attr];
    if (!declared) throw badRequest(`'${attr}' is not an attribute of entity '${entity.name}'`, 'INVALID_ENTITY_VALUE');
    if (v !== undefined && v !== null && !typeMatches(declared.type, v)) {
      throw badRequest(`Attribute '${attr}' of entity '${entity.name}' must be of type ${declared.type}`, 'INVALID_ENTITY_VALUE');
    }
  }
}

/** A bare string index is a range index on that attribute; `by-key` is the implicit index on the key. */
export function resolveIndex(entity: EntityDeclaration, indexName: string): ResolvedIndex {
  if (indexName === 'by-key') return { name: 'by-key', partition: [], range: [] };
  for (const index of entity.indexes ?? []) {
    if (typeof index === 'string' && index === indexName) return { name: index, partition: [], range: [index] };
    if (typeof index === 'object' && index.name === indexName) return { name: index.name, partition: index.partition ?? [], range: index.range };
  }
  throw badRequest(`The entity '${entity.name}' has no index '${indexName}'`, 'INDEX_NOT_FOUND');
}
