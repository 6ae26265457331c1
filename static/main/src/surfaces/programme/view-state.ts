import { FILTER_SLOTS } from '../../../../../src/domain/journey-filter';
import { NO_FILTER, type DependencyFilter } from './dependency-filter';
import { DEFAULT_SORT, type SortOrder } from './dependency-sort';
import type { Zoom } from './time-axis';

/** The programme page's tabs in their order on screen; the name is the first segment of the module path. */
export const TAB_NAMES = ['timeline', 'matrix', 'list', 'coverage', 'strategy', 'publishing', 'round-table'] as const;
export type TabName = (typeof TAB_NAMES)[number];

/** Everything a shared link restores: the tab, the filters, the list's order and the timeline's zoom (null: the timeline's own default). */
export interface ViewState {
  tab: TabName;
  filter: DependencyFilter;
  sort: SortOrder;
  zoom: Zoom | null;
}

export const DEFAULT_VIEW: ViewState = { tab: 'timeline', filter: NO_FILTER, sort: DEFAULT_SORT, zoom: null };

export function tabIndex(tab: TabName): number {
  return TAB_NAMES.indexOf(tab);
}

/** The tab at a position, the timeline for anything out of range. */
export function tabAt(index: number): TabName {
  return TAB_NAMES[index] ?? 'timeline';
}

/** Whether two views show the same thing, so a render that changes nothing pushes no history entry. */
export function sameView(a: ViewState, b: ViewState): boolean {
  const f = a.filter;
  const g = b.filter;
  return (
    a.tab === b.tab &&
    a.zoom === b.zoom &&
    a.sort.column === b.sort.column &&
    a.sort.direction === b.sort.direction &&
    f.status === g.status &&
    f.streamId === g.streamId &&
    f.focusKey === g.focusKey &&
    f.text === g.text &&
    f.only === g.only &&
    f.pair?.waitingStreamId === g.pair?.waitingStreamId &&
    f.pair?.blockingStreamId === g.pair?.blockingStreamId &&
    FILTER_SLOTS.every((slot) => f.journey[slot].join('\n') === g.journey[slot].join('\n'))
  );
}
