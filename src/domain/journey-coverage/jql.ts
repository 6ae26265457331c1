import { SEARCH_ALIAS, TAGGED_DIMENSIONS } from '../taxonomy/dimensions';
import type { CoverageDimension } from './inherited-tags';

/**
 * JQL for the coverage views, built from the streams' own filters and the `journey…` aliases the manifest
 * declares, so a cell's link in Jira's issue search finds exactly the issues the cell counts.
 */

/** A JQL string literal: term and use-case ids are plain, but issue type names may hold quotes. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The streams' filters (without ORDER BY, which JQL allows only at the end), each in parentheses, OR-ed. */
export function scopeJql(streamFilters: readonly string[]): string {
  const parts = streamFilters.map((jql) => `(${jql.replace(/\s+order\s+by\s+[\s\S]*$/i, '').trim()})`);
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' OR ')})`;
}

/**
 * Issues that count for a term in a dimension: tagged with it themselves, or leaving the dimension empty under a
 * parent that passed it down (inherited-tags.ts). Without such parents it is the plain alias clause.
 */
export function termClause(dimension: CoverageDimension, termId: string, parents: readonly string[]): string {
  const alias = SEARCH_ALIAS[dimension];
  const own = `${alias} = ${jqlString(termId)}`;
  return parents.length === 0 ? own : `(${own} OR (${alias} is EMPTY AND parent in (${parents.join(', ')})))`;
}

export function useCaseClause(useCaseId: string): string {
  return `${SEARCH_ALIAS.useCase} = ${jqlString(useCaseId)}`;
}

/** Epics carrying no tag of their own: the epic issue types, with every tag alias empty. */
export function untaggedEpicsClause(epicTypes: readonly string[]): string {
  const empty = [...TAGGED_DIMENSIONS, 'useCase' as const].map((slot) => `${SEARCH_ALIAS[slot]} is EMPTY`).join(' AND ');
  return epicTypes.length === 0 ? empty : `issuetype in (${epicTypes.map(jqlString).join(', ')}) AND ${empty}`;
}

export function andJql(scope: string, ...clauses: string[]): string {
  return [scope, ...clauses].join(' AND ');
}
