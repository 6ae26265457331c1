import { SEARCH_ALIAS, TAG_SLOTS, type TagSlot } from '../../../../../src/domain';

/**
 * The JQL a user can type for chosen tags, using the search aliases the manifest's `jira:entityProperty`
 * declares (one source of truth: SEARCH_ALIAS). Shown in the UI so people learn `journeyTouchpoint = website`.
 */

// Words JQL reads as keywords, and so must be quoted as values.
const RESERVED = new Set(['and', 'or', 'not', 'in', 'is', 'empty', 'null', 'order', 'by', 'asc', 'desc', 'was', 'changed']);

/**
 * A JQL value: bare when it is a plain word (letters, digits, `_`, `-`, as term ids are), otherwise double-quoted
 * with `"` and `\` escaped — so what the user copies always parses.
 */
export function jqlValue(id: string): string {
  const bare = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(id) && !RESERVED.has(id.toLowerCase());
  return bare ? id : `"${id.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `journeyTouchpoint = website` for one term, `journeyTouchpoint in (website, app)` for several; null for none. */
export function jqlClause(slot: TagSlot, ids: readonly string[]): string | null {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  const alias = SEARCH_ALIAS[slot];
  return unique.length === 1 ? `${alias} = ${jqlValue(unique[0] as string)}` : `${alias} in (${unique.map(jqlValue).join(', ')})`;
}

export interface JqlHint {
  slot: TagSlot;
  jql: string;
}

/** One hint per slot that has terms, in the panel's slot order. */
export function jqlHints(chosen: Partial<Record<TagSlot, readonly string[]>>): JqlHint[] {
  return TAG_SLOTS.flatMap((slot) => {
    const jql = jqlClause(slot, chosen[slot] ?? []);
    return jql === null ? [] : [{ slot, jql }];
  });
}

/** The simplest clause to learn from: the first term of the first slot that has one. */
export function exampleClause(chosen: Partial<Record<TagSlot, readonly string[]>>): string | null {
  for (const slot of TAG_SLOTS) {
    const first = chosen[slot]?.[0];
    if (first !== undefined) return jqlClause(slot, [first]);
  }
  return null;
}

/** Jira's issue search for a JQL, as a site-relative path (what `router.open` takes). */
export function issueSearchPath(jql: string): string {
  return `/issues/?jql=${encodeURIComponent(jql)}`;
}
