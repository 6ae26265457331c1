import { Filter, FilterConditions, ForgeKvsAPIError, kvs, Sort } from '@forge/kvs';
import { asStorageFailure, storageCall } from './app-store';

/**
 * The Custom Entity Store (`kvs.entity(name)`, entities declared in manifest.yml `app.storage.entities`): records that
 * are queried by an index instead of listed by key. The only place besides app-store.ts that imports @forge/kvs;
 * services parse what they read with zod.
 */
export interface AppEntities {
  get(entity: string, key: string): Promise<unknown>;
  /** Stores the value only when the key is absent (`FAIL_IF_EXISTS`); false when someone holds it. */
  create(entity: string, key: string, value: object): Promise<boolean>;
  /**
   * Replaces the value only when the stored one still meets `when` and every other record in `checks` meets its own
   * conditions: one storage transaction, all or nothing. False when a condition no longer holds (nothing written).
   */
  replaceWhen(entity: string, key: string, value: object, when: EntityCondition[], checks?: ReadonlyArray<{ key: string; when: EntityCondition[] }>): Promise<boolean>;
  delete(entity: string, key: string): Promise<void>;
  /** One page of an index, in the index's range order; `cursor` continues where the last page ended. */
  query(entity: string, query: EntityIndexQuery): Promise<EntityPage>;
}

export type EntityScalar = string | number | boolean;
export type EntityCondition = { attribute: string; equals: EntityScalar } | { attribute: string; differsFrom: EntityScalar };

export interface EntityIndexQuery {
  index: string;
  partition: EntityScalar[];
  /** Only records whose attributes meet every condition (applied by the store, after the index). */
  filters?: EntityCondition[];
  newestFirst?: boolean;
  /** 1–20 records a page. */
  limit: number;
  cursor?: string;
}

export interface EntityPage {
  results: Array<{ key: string; value: unknown }>;
  nextCursor: string | null;
}

/** The store's own page maximum for queries (forge-platform.md §4); larger asks are refused. */
export const MAX_ENTITY_PAGE = 20;

type Conditions = ReturnType<Filter<Record<string, unknown>>['and']>;

/** All conditions joined with AND. The builder's `and` answers a new builder: that one carries the conditions. */
function filterOf(conditions: readonly EntityCondition[]): Conditions | undefined {
  const clause = (condition: EntityCondition) => ('equals' in condition ? FilterConditions.equalTo(condition.equals) : FilterConditions.notEqualTo(condition.differsFrom));
  const [first, ...rest] = conditions;
  if (!first) return undefined;
  const and = new Filter<Record<string, unknown>>().and(first.attribute, clause(first));
  for (const condition of rest) and.and(condition.attribute, clause(condition));
  return and;
}

/**
 * A refused condition: the store answers a transaction whose condition failed with a 409 (Atlassian's pages name no
 * code; the conflict status decides, as for `FAIL_IF_EXISTS`).
 */
function conditionFailed(error: unknown): boolean {
  if (!(error instanceof ForgeKvsAPIError)) return false;
  return error.responseDetails.status === 409 || /CONDITION|CONFLICT/.test(error.code);
}

/** The store refused a cursor the caller sent back (altered, or from another query): the caller's mistake, not the store's. */
export class EntityCursorRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EntityCursorRefused';
  }
}

function asQueryFailure(error: unknown): unknown {
  if (error instanceof ForgeKvsAPIError && error.responseDetails.status === 400 && /CURSOR/.test(error.code)) return new EntityCursorRefused(error.message);
  return asStorageFailure(error);
}

export const forgeAppEntities: AppEntities = {
  get: (entity, key) => storageCall(() => kvs.entity<unknown>(entity).get(key)),
  async create(entity, key, value) {
    try {
      await kvs.entity<object>(entity).set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw asStorageFailure(error);
    }
  },
  async replaceWhen(entity, key, value, when, checks = []) {
    let transaction = kvs.transact().set<Record<string, unknown>>(key, value as Record<string, unknown>, { entityName: entity, conditions: filterOf(when) });
    for (const check of checks) {
      const conditions = filterOf(check.when);
      if (conditions) transaction = transaction.check(check.key, { entityName: entity, conditions });
    }
    try {
      await transaction.execute();
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw asStorageFailure(error);
    }
  },
  delete: (entity, key) => storageCall(() => kvs.entity<unknown>(entity).delete(key)),
  async query(entity, query) {
    let builder = kvs
      .entity<Record<string, unknown>>(entity)
      .query()
      .index(query.index, { partition: query.partition })
      .sort(query.newestFirst ? Sort.DESC : Sort.ASC)
      .limit(Math.min(Math.max(1, query.limit), MAX_ENTITY_PAGE));
    const filters = filterOf(query.filters ?? []);
    if (filters) builder = builder.filters(filters);
    if (query.cursor) builder = builder.cursor(query.cursor);
    try {
      const page = await builder.getMany();
      return { results: page.results.map((result) => ({ key: result.key, value: result.value })), nextCursor: page.nextCursor ?? null };
    } catch (error) {
      throw asQueryFailure(error);
    }
  },
};
