/** Evaluates where/range/filter clauses the way the store does: typed comparisons, no coercion between strings and numbers. */
import type { Clause, Filters } from './schemas';

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Orders scalars of the same type; values of different types order by type name so sorting stays total. */
export function compareScalars(a: unknown, b: unknown): number {
  if (typeof a !== typeof b) return String(typeof a).localeCompare(String(typeof b));
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function comparable(actual: unknown, expected: unknown): boolean {
  return isScalar(actual) && isScalar(expected) && typeof actual === typeof expected;
}

export function matchesClause(actual: unknown, clause: Clause): boolean {
  const [first, second] = clause.values;
  switch (clause.condition) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return comparable(actual, first) && actual === first;
    case 'NOT_EQUAL_TO':
      return !(comparable(actual, first) && actual === first);
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(first));
    case 'CONTAINS':
      return containsValue(actual, first);
    case 'NOT_CONTAINS':
      return actual !== undefined && !containsValue(actual, first);
    case 'BETWEEN':
      return comparable(actual, first) && comparable(actual, second) && compareScalars(actual, first) >= 0 && compareScalars(actual, second) <= 0;
    case 'GREATER_THAN':
      return comparable(actual, first) && compareScalars(actual, first) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return comparable(actual, first) && compareScalars(actual, first) >= 0;
    case 'LESS_THAN':
      return comparable(actual, first) && compareScalars(actual, first) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return comparable(actual, first) && compareScalars(actual, first) <= 0;
  }
}

function containsValue(actual: unknown, needle: unknown): boolean {
  if (typeof actual === 'string') return actual.includes(String(needle));
  if (Array.isArray(actual)) return actual.some((item) => item === needle);
  return false;
}

/** Reads a top-level attribute of an entity value. */
export function attributeOf(value: unknown, property: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return (value as Record<string, unknown>)[property];
}

export function matchesFilters(value: unknown, filters: Filters | undefined): boolean {
  if (!filters) return true;
  const and = filters.and ?? [];
  const or = filters.or ?? [];
  const andOk = and.every((f) => matchesClause(attributeOf(value, f.property), f));
  const orOk = or.length === 0 || or.some((f) => matchesClause(attributeOf(value, f.property), f));
  return andOk && orOk;
}
