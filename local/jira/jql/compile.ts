/**
 * Checks a parsed query against the site as seen by the caller (fields, operators, values) and turns it
 * into a predicate plus a sort key. Jira's semantics: `!=` and `not in` never match an EMPTY field;
 * multi-valued fields (labels, array properties) match when any element matches.
 */
import type { SiteIssue } from '../../site/schema';
import type { SortValue } from '../page-token';
import type { Clause, JqlQuery, Operand, Operator, SortSpec } from './ast';
import { fieldLabel } from './ast';
import { type Atom, type JqlField, type JqlScope, issueKeySortValue, resolveField } from './fields';
import { JqlError } from './parse';

export const MAX_ORDER_BY_FIELDS = 7;

export interface CompiledJql {
  /** false when the query has no restriction (only ORDER BY, or nothing) */
  bounded: boolean;
  matches(issue: SiteIssue): boolean;
  /** ORDER BY values, always ending in the issue id so the order is total */
  sortKey(issue: SiteIssue): SortValue[];
  compareKeys(a: SortValue[], b: SortValue[]): number;
}

export function compileQuery(query: JqlQuery, scope: JqlScope): CompiledJql {
  const predicate = query.where ? compileClause(query.where, scope) : () => true;
  const { sortKey, directions } = compileOrder(query.orderBy, scope);
  return {
    bounded: query.where !== undefined,
    matches: predicate,
    sortKey: (issue) => [...sortKey(issue), Number(issue.id)],
    compareKeys: (a, b) => compareKeys(a, b, [...directions, 'asc']),
  };
}

type Predicate = (issue: SiteIssue) => boolean;

function compileClause(clause: Clause, scope: JqlScope): Predicate {
  if (clause.kind === 'and' || clause.kind === 'or') {
    const parts = clause.clauses.map((part) => compileClause(part, scope));
    return clause.kind === 'and' ? (issue) => parts.every((p) => p(issue)) : (issue) => parts.some((p) => p(issue));
  }
  if (clause.kind === 'not') {
    const inner = compileClause(clause.clause, scope);
    return (issue) => !inner(issue);
  }
  const field = resolveField(clause.field, scope);
  if (!field.operators.includes(clause.operator)) {
    throw new JqlError(`The operator '${clause.operator.toUpperCase()}' is not supported by the '${fieldLabel(clause.field)}' field.`);
  }
  return compileTerm(field, clause.operator, clause.operands);
}

function compileTerm(field: JqlField, operator: Operator, operands: Operand[]): Predicate {
  const wantsEmpty = operands.some((operand) => operand.kind === 'empty');
  if (wantsEmpty && !field.supportsEmpty) throw new JqlError(`The field '${field.label}' does not support searching for EMPTY values.`);
  const atoms = operands.map((operand) => {
    if (operand.kind === 'function') throw new JqlError(`Unable to find JQL function '${operand.name}()'.`);
    return operand.kind === 'value' ? field.toAtom(operand) : undefined;
  }).filter((atom): atom is Atom => atom !== undefined);
  const equalsAny = (values: Atom[]) => values.some((value) => atoms.includes(value));
  const containsAny = (values: Atom[]) => values.some((value) => atoms.some((atom) => String(value).includes(String(atom))));
  switch (operator) {
    case 'is':
      return (issue) => field.atomsOf(issue).length === 0;
    case 'is not':
      return (issue) => field.atomsOf(issue).length > 0;
    case '=':
    case 'in':
      return (issue) => {
        const values = field.atomsOf(issue);
        return (wantsEmpty && values.length === 0) || equalsAny(values);
      };
    case '!=':
    case 'not in':
      return (issue) => {
        const values = field.atomsOf(issue);
        return values.length > 0 ? !equalsAny(values) : false;
      };
    case '~':
      return (issue) => containsAny(field.atomsOf(issue));
    case '!~':
      return (issue) => {
        const values = field.atomsOf(issue);
        return values.length > 0 && !containsAny(values);
      };
    default: {
      const [bound] = atoms;
      if (bound === undefined) throw new JqlError(`The operator '${operator}' needs a value for the '${field.label}' field.`);
      return (issue) => field.atomsOf(issue).some((value) => satisfies(compare(value, bound), operator));
    }
  }
}

function satisfies(order: number, operator: Operator): boolean {
  if (operator === '<') return order < 0;
  if (operator === '<=') return order <= 0;
  if (operator === '>') return order > 0;
  return order >= 0;
}

function compileOrder(orderBy: SortSpec[], scope: JqlScope) {
  if (orderBy.length > MAX_ORDER_BY_FIELDS) throw new JqlError(`The ORDER BY clause cannot have more than ${MAX_ORDER_BY_FIELDS} fields.`);
  if (orderBy.length === 0) return { sortKey: (issue: SiteIssue) => [issueKeySortValue(issue)], directions: ['asc' as const] };
  const keys = orderBy.map((spec) => {
    const field = resolveField(spec.field, scope);
    if (!field.sortKey) throw new JqlError(`Field '${fieldLabel(spec.field)}' does not support sorting.`);
    return field.sortKey;
  });
  return { sortKey: (issue: SiteIssue) => keys.map((key) => key(issue)), directions: orderBy.map((spec) => spec.direction ?? 'asc') };
}

/** EMPTY sorts as the largest value: last ascending, first descending. */
function compareKeys(a: SortValue[], b: SortValue[], directions: Array<'asc' | 'desc'>): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const left = a[i] ?? null;
    const right = b[i] ?? null;
    const order = left === null ? (right === null ? 0 : 1) : right === null ? -1 : compare(left, right);
    if (order !== 0) return directions[i] === 'desc' ? -order : order;
  }
  return 0;
}

function compare(a: Atom, b: Atom): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
