import { useLayoutEffect, useRef, useState, type MutableRefObject, type RefObject } from 'react';
import { addCalendarDays, type CalendarDate } from '../../../../../src/domain/calendar-date';
import type { TimeAxis } from './time-axis';
import type { ArrowLayout } from './timeline-arrow-layout';
import { scrollToShow, scrollToToday, type DaySpan } from './timeline-viewport';

/** Where the chart should scroll after the next render: today, the shown epics' span, or one conflict's arrow. */
export type ScrollTarget = { kind: 'today' } | { kind: 'span' } | { kind: 'conflict'; id: string };

/** The scrolling box of the chart and its visible width, kept up to date as the frame resizes. */
export function useViewportWidth(): [RefObject<HTMLDivElement>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    setWidth(box.clientWidth);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setWidth(box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * Applies a pending scroll once the chart is laid out (and visible: a hidden tab has no width yet, so the target
 * waits). A conflict's arrow is scrolled into view and focused, so a keyboard user lands on it in one action.
 */
export function usePendingScroll(ref: RefObject<HTMLDivElement>, pending: MutableRefObject<ScrollTarget | null>, geometry: { axis: TimeAxis; today: CalendarDate; span: DaySpan | null; conflicts: readonly ArrowLayout[] }): void {
  useLayoutEffect(() => {
    const box = ref.current;
    const target = pending.current;
    if (!box || !target || box.clientWidth === 0) return;
    pending.current = null;
    const { axis, today, span, conflicts } = geometry;
    const viewport = box.clientWidth;
    if (target.kind === 'today') box.scrollLeft = scrollToToday(axis.x(today), viewport, axis.width);
    else if (target.kind === 'span') {
      box.scrollLeft = span ? scrollToShow(axis.x(span.start), axis.x(addCalendarDays(span.end, 1)), viewport, axis.width) : scrollToToday(axis.x(today), viewport, axis.width);
    } else {
      const arrow = conflicts.find((a) => a.dependency.id === target.id);
      if (!arrow) return;
      box.scrollLeft = scrollToShow(arrow.fromX, arrow.toX, viewport, axis.width);
      const element = Array.from(box.querySelectorAll<SVGGElement>('[data-testid^="arrow-"]')).find((el) => el.dataset.testid === `arrow-${target.id}`);
      // Horizontal is set above; focusing scrolls the page only as far as needed to show the arrow's row.
      element?.focus();
    }
  });
}
