/**
 * One page of an enhanced search: how many issues it may hold and which ones. A page is cut from the matches
 * after the token's sort key without sorting all of them, so reading 21,000 issues in pages of 100 costs the
 * emulator time in proportion to the issues served, not to the pages times the matches.
 */
import type { Actor } from '../site/actor';
import type { SiteFile, SiteIssue } from '../site/schema';
import { canBrowse } from './access';
import type { CompiledJql } from './jql';
import type { SortValue } from './page-token';

export const MAX_RESULTS_LIMIT = 5000;
/**
 * Jira serves its largest pages (up to `maxResults` ≤ 5,000) only to id/key-only searches; with anything more
 * (a field, a property, an expand) a page holds at most 100 issues (rest doc §2.1 "Page size depends on payload").
 */
export const PAYLOAD_PAGE_SIZE = 100;
const ID_KEY_FIELDS = new Set(['id', 'key']);

export interface PayloadRequest {
  maxResults: number;
  fields: string[] | undefined;
  properties: string[] | undefined;
  expand: string[];
}

/** The default `fields` is `id`; `-field` only takes away. Only then may a page be as large as `maxResults`. */
export function pageSizeFor(request: PayloadRequest): number {
  const idKeyFields = (request.fields ?? []).every((field) => ID_KEY_FIELDS.has(field) || field.startsWith('-'));
  const idKeyOnly = idKeyFields && (request.properties ?? []).length === 0 && request.expand.length === 0;
  return Math.min(request.maxResults, idKeyOnly ? MAX_RESULTS_LIMIT : PAYLOAD_PAGE_SIZE);
}

export interface SearchPage {
  issues: SiteIssue[];
  /** sort key of the page's last issue, when more follow */
  continueAfter: SortValue[] | undefined;
}

/** The visible issues of `site` matching `compiled` after `after`, the first `size` of them in the query's order. */
export function searchPage(site: SiteFile, actor: Actor, compiled: CompiledJql, after: SortValue[] | undefined, size: number): SearchPage {
  const candidates: Array<{ issue: SiteIssue; key: SortValue[] }> = [];
  for (const issue of site.issues) {
    if (!canBrowse(site, actor, issue.projectKey) || !compiled.matches(issue)) continue;
    const key = compiled.sortKey(issue);
    if (!after || compiled.compareKeys(key, after) > 0) candidates.push({ issue, key });
  }
  // one more than the page holds tells whether another page follows
  const window = firstInOrder(candidates, size + 1, (a, b) => compiled.compareKeys(a.key, b.key));
  const page = window.slice(0, size);
  return { issues: page.map((entry) => entry.issue), continueAfter: window.length > size ? page.at(-1)?.key : undefined };
}

/** The `count` smallest of `items` in order, kept in a sorted window: O(n log count) instead of sorting all n. */
export function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const chosen: T[] = [];
  for (const item of items) {
    const largest = chosen[chosen.length - 1];
    if (chosen.length === count && largest !== undefined && compare(item, largest) >= 0) continue;
    let low = 0;
    let high = chosen.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const probe = chosen[middle];
      if (probe !== undefined && compare(probe, item) <= 0) low = middle + 1;
      else high = middle;
    }
    chosen.splice(low, 0, item);
    if (chosen.length > count) chosen.pop();
  }
  return chosen;
}
