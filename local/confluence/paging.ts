/**
 * v2 list plumbing: `limit` (1–250, default 25), multi-valued query parameters, `sort`, and the
 * `{results, _links{next?, base}}` body plus the `Link` header that clients follow verbatim.
 */
import type { CursorCodec, SortKey } from './cursor';
import { invalidParameter } from './errors';

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 250;

export function readLimit(url: URL, max = MAX_LIMIT): number {
  const raw = url.searchParams.get('limit');
  if (raw === null) return Math.min(DEFAULT_LIMIT, max);
  const limit = Number(raw);
  if (!/^[0-9]+$/.test(raw) || limit < 1 || limit > max) {
    throw invalidParameter('limit', 'Integer', `limit must be an integer from 1 to ${max}, got '${raw}'.`);
  }
  return limit;
}

/** Values of a repeatable parameter; Confluence accepts both `?a=1&a=2` and `?a=1,2`. */
export function readList(url: URL, name: string): string[] {
  return url.searchParams
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export function readIdList(url: URL, name: string, max: number): string[] | undefined {
  const ids = readList(url, name);
  if (ids.length === 0) return undefined;
  if (ids.some((id) => !/^[0-9]+$/.test(id))) throw invalidParameter(name, 'Long', `'${name}' takes numeric ids.`);
  if (ids.length > max) throw invalidParameter(name, 'Array', `'${name}' accepts at most ${max} values.`);
  return ids;
}

export function readEnumList<T extends string>(url: URL, name: string, allowed: readonly T[]): T[] | undefined {
  const values = readList(url, name);
  if (values.length === 0) return undefined;
  const bad = values.find((value) => !(allowed as readonly string[]).includes(value));
  if (bad !== undefined) throw invalidParameter(name, allowed.join('|'), `Unsupported value '${bad}' for '${name}'.`);
  return values as T[];
}

export interface SortChoice {
  field: string;
  direction: 1 | -1;
}

export function readSort(url: URL, allowed: readonly string[], fallback: string): SortChoice {
  const raw = url.searchParams.get('sort') ?? fallback;
  const field = raw.startsWith('-') ? raw.slice(1) : raw;
  if (!allowed.includes(field)) {
    throw invalidParameter('sort', 'SortOrder', `sort must be one of ${allowed.flatMap((f) => [f, `-${f}`]).join(', ')}.`);
  }
  return { field, direction: raw.startsWith('-') ? -1 : 1 };
}

export interface PageRequest<T> {
  url: URL;
  baseUrl: string;
  cursors: CursorCodec;
  items: readonly T[];
  /** Total order: the sort field first, then something unique (the id) as tie-breaker. */
  sortKey: (item: T) => SortKey;
  direction: 1 | -1;
  limit: number;
}

export interface ListPage<T> {
  results: T[];
  links: { next?: string; base: string };
  headers: Record<string, string>;
}

export function paginate<T>(request: PageRequest<T>): ListPage<T> {
  const { url, cursors, limit, direction } = request;
  const after = cursors.decode(url);
  const keyed = request.items.map((item) => ({ item, key: request.sortKey(item) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key, direction));
  const remaining = after === undefined ? keyed : keyed.filter((entry) => compareKeys(entry.key, after, direction) > 0);
  const page = remaining.slice(0, limit);
  const last = page[page.length - 1];
  const links: ListPage<T>['links'] = { base: request.baseUrl };
  const headers: Record<string, string> = {};
  if (last && remaining.length > limit) {
    links.next = nextLink(url, cursors.encode(url, last.key));
    headers.Link = `<${links.next}>; rel="next", <${request.baseUrl}>; rel="base"`;
  }
  return { results: page.map((entry) => entry.item), links, headers };
}

function nextLink(url: URL, cursor: string): string {
  const params = new URLSearchParams(url.searchParams);
  params.delete('cursor');
  params.append('cursor', cursor);
  return `${url.pathname}?${params.toString()}`;
}

/** Primary field follows the requested direction; later fields (tie-breakers) always ascend. */
function compareKeys(a: SortKey, b: SortKey, direction: 1 | -1): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const order = compareValues(a[i], b[i]);
    if (order !== 0) return i === 0 ? order * direction : order;
  }
  return 0;
}

function compareValues(a: string | number | undefined, b: string | number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}
