import type { DependencyView } from '../../../../../src/contract/programme';
import { BAR_HEIGHT, type BarLayout } from './timeline-layout';

export interface ArrowLayout {
  dependency: DependencyView;
  path: string;
  /** Where the arrow leaves the blocker and reaches the waiting epic, to scroll it into view. */
  fromX: number;
  toX: number;
  /** The waiting epic's bar: its overlap label goes on this bar's row. */
  waiting: BarLayout;
}

/**
 * One arrow per dependency whose two ends are drawn: from the blocker's end to the blocked epic's start. A
 * conflict's arrow runs backwards (the blocked epic starts before the blocker ends), which the S-curve shows.
 */
export function layoutArrows(dependencies: readonly DependencyView[], barsByKey: ReadonlyMap<string, BarLayout>): ArrowLayout[] {
  const arrows: ArrowLayout[] = [];
  for (const dependency of dependencies) {
    if (dependency.blocker.hidden || dependency.blocked.hidden) continue;
    const from = barsByKey.get(dependency.blocker.key);
    const to = barsByKey.get(dependency.blocked.key);
    if (!from || !to) continue;
    const fx = from.x + from.width;
    const fy = from.y + BAR_HEIGHT / 2;
    const tx = to.x;
    const ty = to.y + BAR_HEIGHT / 2;
    const bend = Math.max(24, Math.abs(tx - fx) / 2);
    const path = `M${fx},${fy} C${fx + bend},${fy} ${tx - bend},${ty} ${tx},${ty}`;
    arrows.push({ dependency, path, fromX: fx, toX: tx, waiting: to });
  }
  return arrows;
}

/** Space kept between a label and its neighbours on the row. */
const LABEL_GAP_PX = 4;

/** About how wide an 11 px bold label is drawn; generous, so an estimate never makes labels touch. */
export function labelWidth(text: string): number {
  return Math.ceil(text.length * 6.6) + 2 * LABEL_GAP_PX;
}

export interface PlacedLabel {
  /** Left edge and top of the label's box (as high as a bar). */
  x: number;
  y: number;
  width: number;
}

/**
 * Places each overlap label on its waiting bar's row, clear of every bar and label on that row: just left of the
 * waiting bar (where the arrow arrives), else further left past whatever is in the way, else right of the bar.
 */
export function placeOverlapLabels(requests: ReadonlyArray<{ id: string; waiting: BarLayout; width: number }>, bars: Iterable<BarLayout>): Map<string, PlacedLabel> {
  const rows = new Map<number, Array<{ x: number; width: number }>>();
  for (const bar of bars) {
    const row = rows.get(bar.y) ?? [];
    row.push({ x: bar.x, width: bar.width });
    rows.set(bar.y, row);
  }
  const placed = new Map<string, PlacedLabel>();
  const ordered = [...requests].sort((a, b) => a.waiting.y - b.waiting.y || a.waiting.x - b.waiting.x || a.id.localeCompare(b.id));
  for (const { id, waiting, width } of ordered) {
    const row = rows.get(waiting.y) ?? [];
    const blocking = (left: number) => row.find((o) => left < o.x + o.width + LABEL_GAP_PX && o.x < left + width + LABEL_GAP_PX);
    let left = waiting.x - LABEL_GAP_PX - width;
    for (let hit = blocking(left); hit && left >= 0; hit = blocking(left)) left = hit.x - LABEL_GAP_PX - width;
    if (left < 0) {
      left = waiting.x + waiting.width + LABEL_GAP_PX;
      for (let hit = blocking(left); hit; hit = blocking(left)) left = hit.x + hit.width + LABEL_GAP_PX;
    }
    row.push({ x: left, width });
    rows.set(waiting.y, row);
    placed.set(id, { x: left, y: waiting.y, width });
  }
  return placed;
}
