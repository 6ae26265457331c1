import type { TimelineItem } from '../../../../../src/contract/programme';
import { addCalendarDays, type CalendarDate } from '../../../../../src/domain/calendar-date';
import { compareIssueKeys } from '../../../../../src/domain/ids';
import type { Stream } from '../../../../../src/domain/programme';
import type { TimeAxis } from './time-axis';

export const ROW_HEIGHT = 28;
export const BAR_HEIGHT = 20;
const LANE_PADDING = 8;
/** Bars closer than this share no row, so keys inside them stay readable. */
const MIN_GAP_PX = 6;
/**
 * A lane draws at most this many rows. At 1,000 epics a stream can hold hundreds; beyond the cap the lane says
 * how many are not drawn (the list still has every dependency), and dependency ends are placed first.
 */
export const MAX_ROWS_PER_LANE = 10;

export interface BarLayout {
  item: TimelineItem & { startDate: CalendarDate; dueDate: CalendarDate };
  x: number;
  width: number;
  y: number;
}

export interface LaneLayout {
  /** null: epics outside every configured stream. */
  streamId: string | null;
  stream: Stream | null;
  top: number;
  height: number;
  bars: BarLayout[];
  /** Dated epics of this lane left out by the row cap. */
  notDrawn: number;
}

export interface TimelineLayout {
  lanes: LaneLayout[];
  /** Epics lacking a start or a due date: listed apart, never drawn at a guessed place. */
  undated: TimelineItem[];
  barsByKey: Map<string, BarLayout>;
  height: number;
}

type Dated = BarLayout['item'];
const isDated = (item: TimelineItem): item is Dated => item.startDate !== null && item.dueDate !== null && item.startDate <= item.dueDate;

/**
 * Lanes in the settings' stream order (plus one for epics outside every stream, if any), each packed greedily
 * into rows: an epic takes the first row whose last bar ends before it starts. `priority` keys (dependency
 * ends, the focused epic) are packed first so the row cap never drops an arrow's end.
 */
export function layoutTimeline(streams: readonly Stream[], epics: readonly TimelineItem[], axis: TimeAxis, priority: ReadonlySet<string>): TimelineLayout {
  const known = new Set(streams.map((s) => s.id as string));
  const laneOf = (item: TimelineItem): string | null => (item.streamId !== null && known.has(item.streamId) ? item.streamId : null);
  const grouped = new Map<string | null, Dated[]>();
  const undated: TimelineItem[] = [];
  for (const item of epics) {
    if (!isDated(item)) {
      undated.push(item);
      continue;
    }
    const lane = laneOf(item);
    const group = grouped.get(lane);
    if (group) group.push(item);
    else grouped.set(lane, [item]);
  }
  const laneIds: Array<string | null> = streams.map((s) => s.id);
  if (grouped.has(null)) laneIds.push(null);

  const lanes: LaneLayout[] = [];
  const barsByKey = new Map<string, BarLayout>();
  let top = 0;
  for (const streamId of laneIds) {
    const items = [...(grouped.get(streamId) ?? [])].sort(
      (a, b) => Number(priority.has(b.key)) - Number(priority.has(a.key)) || a.startDate.localeCompare(b.startDate) || a.dueDate.localeCompare(b.dueDate) || compareIssueKeys(a.key, b.key),
    );
    const rowEnds: number[] = [];
    const placed: Array<{ item: Dated; row: number; x: number; width: number }> = [];
    let notDrawn = 0;
    for (const item of items) {
      const x = axis.x(item.startDate);
      // A bar covers its due day too: it ends where the next day begins.
      const width = Math.max(axis.x(addCalendarDays(item.dueDate, 1)) - x, 2);
      let row = rowEnds.findIndex((end) => end + MIN_GAP_PX <= x);
      if (row === -1 && rowEnds.length < MAX_ROWS_PER_LANE) row = rowEnds.push(x + width) - 1;
      if (row === -1) {
        notDrawn += 1;
        continue;
      }
      rowEnds[row] = x + width;
      placed.push({ item, row, x, width });
    }
    const rows = Math.max(rowEnds.length, 1);
    const bars = placed.map(({ item, row, x, width }) => ({ item, x, width, y: top + LANE_PADDING + row * ROW_HEIGHT }));
    for (const bar of bars) barsByKey.set(bar.item.key, bar);
    const height = rows * ROW_HEIGHT + 2 * LANE_PADDING;
    lanes.push({ streamId, stream: streams.find((s) => s.id === streamId) ?? null, top, height, bars, notDrawn });
    top += height;
  }
  return { lanes, undated, barsByKey, height: top };
}
