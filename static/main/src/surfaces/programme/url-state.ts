import { z } from 'zod';
import { DEPENDENCY_STATUSES } from '../../../../../src/domain/dependencies/types';
import { MAX_STREAM_ID_CHARS, MAX_TERM_ID_CHARS } from '../../../../../src/domain/ids';
import { FILTER_SLOTS, type FilterSlot, type JourneyFilter } from '../../../../../src/domain/journey-filter';
import { NO_FILTER, ONLY_KINDS } from './dependency-filter';
import { DEFAULT_SORT, SORT_COLUMNS, type SortOrder } from './dependency-sort';
import { ZOOMS } from './time-axis';
import { DEFAULT_VIEW, TAB_NAMES, type TabName, type ViewState } from './view-state';

/**
 * The programme page's view as a module path plus query, e.g. `/list?status=conflict&stream=crm`: pure, so a link
 * can be shared, bookmarked and restored. Anything unknown, too long or malformed is dropped, never trusted: the
 * values only ever become filter values (data), never property names.
 */

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,17}$/;
/** More terms than a filter sensibly holds; the rest of a crafted link is ignored. */
const MAX_TERMS_PER_SLOT = 50;
const MAX_TEXT_CHARS = 200;

const streamId = z.string().min(1).max(MAX_STREAM_ID_CHARS);
const fields = {
  status: z.enum(DEPENDENCY_STATUSES),
  only: z.enum(ONLY_KINDS),
  stream: streamId,
  waiting: streamId,
  blocking: streamId,
  focus: z.string().regex(ISSUE_KEY),
  q: z.string().max(MAX_TEXT_CHARS),
  zoom: z.enum(ZOOMS),
  sort: z.templateLiteral([z.enum(SORT_COLUMNS), '-', z.enum(['ascending', 'descending'])]),
};
const termId = z.string().min(1).max(MAX_TERM_ID_CHARS);

/** A single-valued field, or null when absent, repeated or invalid. */
function one<T>(query: URLSearchParams, name: string, schema: z.ZodType<T>): T | null {
  const values = query.getAll(name);
  if (values.length !== 1) return null;
  const parsed = schema.safeParse(values[0]);
  return parsed.success ? parsed.data : null;
}

function termsOf(query: URLSearchParams, slot: FilterSlot): string[] {
  const valid = query.getAll(slot).filter((value) => termId.safeParse(value).success);
  return [...new Set(valid)].slice(0, MAX_TERMS_PER_SLOT);
}

function journeyOf(query: URLSearchParams): JourneyFilter {
  return { touchpoint: termsOf(query, 'touchpoint'), lifecycle: termsOf(query, 'lifecycle'), useCase: termsOf(query, 'useCase') };
}

function tabOf(segment: string | undefined): TabName | null {
  if (segment === undefined || segment === '') return 'timeline';
  return (TAB_NAMES as readonly string[]).includes(segment) ? (segment as TabName) : null;
}

function sortOf(text: `${SortOrder['column']}-${SortOrder['direction']}`): SortOrder {
  const at = text.indexOf('-');
  return { column: text.slice(0, at) as SortOrder['column'], direction: text.slice(at + 1) as SortOrder['direction'] };
}

/** Reads a module path and query (`search` with or without its `?`); anything it cannot read falls back to the default view. */
export function decodeViewState(pathname: string, search: string): ViewState {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  // The issue view's older link: `/focus/KEY` opens the list of that epic's dependencies.
  if (segments[0] === 'focus') {
    const key = segments.length === 2 ? fields.focus.safeParse(segments[1]) : null;
    return { ...DEFAULT_VIEW, tab: key?.success ? 'list' : 'timeline', filter: { ...NO_FILTER, focusKey: key?.success ? key.data : null } };
  }
  const tab = segments.length <= 1 ? tabOf(segments[0]) : null;
  const waiting = one(query, 'waiting', fields.waiting);
  const blocking = one(query, 'blocking', fields.blocking);
  const sort = one(query, 'sort', fields.sort);
  return {
    tab: tab ?? 'timeline',
    zoom: one(query, 'zoom', fields.zoom),
    sort: sort ? sortOf(sort) : DEFAULT_SORT,
    filter: {
      status: one(query, 'status', fields.status),
      streamId: one(query, 'stream', fields.stream),
      pair: waiting !== null && blocking !== null ? { waitingStreamId: waiting, blockingStreamId: blocking } : null,
      focusKey: one(query, 'focus', fields.focus),
      text: one(query, 'q', fields.q) ?? '',
      journey: journeyOf(query),
      only: one(query, 'only', fields.only),
    },
  };
}

/** The module path and query for a view: the tab as the path, each filter part as a parameter, in a fixed order. */
export function encodeViewState(view: ViewState): string {
  const query = new URLSearchParams();
  const { filter } = view;
  if (filter.status) query.set('status', filter.status);
  if (filter.only) query.set('only', filter.only);
  if (filter.streamId) query.set('stream', filter.streamId);
  if (filter.pair) {
    query.set('waiting', filter.pair.waitingStreamId);
    query.set('blocking', filter.pair.blockingStreamId);
  }
  if (filter.focusKey) query.set('focus', filter.focusKey);
  if (filter.text.trim() !== '') query.set('q', filter.text.slice(0, MAX_TEXT_CHARS));
  for (const slot of FILTER_SLOTS) for (const id of filter.journey[slot].slice(0, MAX_TERMS_PER_SLOT)) query.append(slot, id);
  if (view.zoom) query.set('zoom', view.zoom);
  if (view.sort.column !== DEFAULT_SORT.column || view.sort.direction !== DEFAULT_SORT.direction) query.set('sort', `${view.sort.column}-${view.sort.direction}`);
  const text = query.toString();
  return `/${view.tab === 'timeline' ? '' : view.tab}${text === '' ? '' : `?${text}`}`;
}
