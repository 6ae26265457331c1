/**
 * Opening on now and on the problems: the fit scale, where the chart scrolls for today, a span and a conflict, the
 * order Next/Previous conflict visit, overlap labels that never sit on a bar or on each other, and progress in a
 * bar's name.
 */
import { calendarDate } from '../../../src/domain';
import { buildTimeAxis } from '../../../static/main/src/surfaces/programme/time-axis';
import { layoutArrows, placeOverlapLabels, type PlacedLabel } from '../../../static/main/src/surfaces/programme/timeline-arrow-layout';
import { barName, doneShare } from '../../../static/main/src/surfaces/programme/timeline-bars';
import { BAR_HEIGHT, layoutTimeline, type BarLayout } from '../../../static/main/src/surfaces/programme/timeline-layout';
import { VIEW_MARGIN_PX, conflictOrder, fitScale, scrollToShow, scrollToToday, spanOf, stepConflict } from '../../../static/main/src/surfaces/programme/timeline-viewport';
import { blocks, epic, programmeView, stream } from './programme-fixture';

const d = calendarDate;

describe('fitting and scrolling', () => {
  it('spans the first start to the last due day, ignoring undated and back-to-front epics', () => {
    const span = spanOf([
      { startDate: d('2026-03-01'), dueDate: d('2026-05-31') },
      { startDate: d('2026-01-10'), dueDate: d('2026-02-01') },
      { startDate: null, dueDate: d('2027-12-31') },
      { startDate: d('2028-01-01'), dueDate: d('2027-01-01') },
    ]);
    expect(span).toEqual({ start: '2026-01-10', end: '2026-05-31' });
    expect(spanOf([{ startDate: null, dueDate: null }])).toBeNull();
  });

  it('fits a span into the visible width less the margins, within readable limits', () => {
    const span = { start: d('2026-01-01'), end: d('2026-12-31') };
    expect(fitScale(span, 365 + 2 * VIEW_MARGIN_PX)).toBeCloseTo(1);
    expect(fitScale({ start: d('2026-01-01'), end: d('2026-01-02') }, 1200)).toBe(8);
    expect(fitScale({ start: d('2000-01-01'), end: d('2099-12-31') }, 800)).toBe(0.2);
  });

  it('at fit zoom ticks months when they have room and quarters when they would crowd', () => {
    expect(buildTimeAxis([d('2026-02-10')], d('2026-01-20'), 'fit', 3).unit).toBe('month');
    const wide = buildTimeAxis([d('2027-12-10')], d('2026-01-20'), 'fit', 0.5);
    expect([wide.unit, wide.pxPerDay, wide.x(d('2026-01-03'))]).toEqual(['quarter', 0.5, 1]);
  });

  it('centres what fits, starts at the left edge of what does not, and never scrolls past the content', () => {
    expect(scrollToShow(1000, 1200, 600, 5000)).toBe(800);
    expect(scrollToShow(1200, 1000, 600, 5000)).toBe(800);
    expect(scrollToShow(1000, 3000, 600, 5000)).toBe(1000 - VIEW_MARGIN_PX);
    expect(scrollToShow(4900, 4950, 600, 5000)).toBe(4400);
    expect(scrollToShow(10, 20, 600, 5000)).toBe(0);
    expect(scrollToShow(10, 20, 600, 300)).toBe(0);
  });

  it('puts today a third of the way in, so the weeks ahead are on screen', () => {
    expect(scrollToToday(3000, 900, 5000)).toBe(2700);
    expect(scrollToToday(100, 900, 5000)).toBe(0);
  });
});

const streams = [stream('crm'), stream('data'), stream('loy')];

describe('Next and Previous conflict', () => {
  const view = programmeView({
    streams,
    items: [
      epic('DATA-1', { start: '2026-01-01', due: '2026-06-30' }),
      epic('CRM-1', { start: '2026-03-01', due: '2026-04-30' }),
      epic('LOY-1', { start: '2026-05-01', due: '2026-08-31' }),
      epic('LOY-2', { start: '2026-07-01', due: '2026-09-30' }),
    ],
    links: [blocks('DATA-1', 'CRM-1'), blocks('DATA-1', 'LOY-1'), blocks('CRM-1', 'LOY-2')],
  });
  const layout = layoutTimeline(view.streams, view.epics, buildTimeAxis([d('2026-01-01'), d('2026-09-30')], d('2026-01-15'), 'month'), new Set());
  const arrows = layoutArrows(view.dependencies, layout.barsByKey);

  it('visits conflicts only, the largest overlap first', () => {
    expect(conflictOrder(arrows).map((a) => [a.dependency.id, a.dependency.overlapDays])).toEqual([
      ['DATA-1->CRM-1', 121],
      ['DATA-1->LOY-1', 60],
    ]);
  });

  it('starts at the first (or, going back, the last) and wraps round at either end', () => {
    expect([stepConflict(-1, 5, 1), stepConflict(-1, 5, -1)]).toEqual([0, 4]);
    expect([stepConflict(0, 5, 1), stepConflict(4, 5, 1), stepConflict(0, 5, -1)]).toEqual([1, 0, 4]);
    expect(stepConflict(-1, 0, 1)).toBe(-1);
  });
});

describe('overlap labels', () => {
  const bar = (key: string, x: number, width: number, y = 8): BarLayout => ({ item: { key, summary: key, streamId: null, statusCategory: 'new', startDate: d('2026-01-01'), dueDate: d('2026-01-02') }, x, width, y });
  const clash = (a: { x: number; width: number }, b: { x: number; width: number }) => a.x < b.x + b.width && b.x < a.x + a.width;

  it('places two conflicts into the same bar on its row, clear of each other and of every bar there', () => {
    const waiting = bar('COM-2', 600, 200);
    const before = bar('COM-1', 100, 150);
    const other = bar('EMA-1', 300, 80, 36);
    const bars = [waiting, before, other];
    const placed = placeOverlapLabels([{ id: 'a', waiting, width: 100 }, { id: 'b', waiting, width: 100 }], bars);
    const labels = ['a', 'b'].map((id) => placed.get(id)) as PlacedLabel[];
    expect(labels.every((l) => l.y === waiting.y)).toBe(true);
    expect(clash(labels[0] as PlacedLabel, labels[1] as PlacedLabel)).toBe(false);
    for (const label of labels) for (const b of bars.filter((b) => b.y === waiting.y)) expect(clash(label, b)).toBe(false);
    // The first sits where the arrow arrives: just left of the waiting bar.
    expect((labels[0]?.x ?? 0) + (labels[0]?.width ?? 0)).toBeLessThanOrEqual(waiting.x);
    expect((labels[0]?.x ?? 0) + (labels[0]?.width ?? 0)).toBeGreaterThan(waiting.x - 10);
  });

  it('goes right of the waiting bar when there is no room on its left', () => {
    const waiting = bar('COM-2', 40, 200);
    const placed = placeOverlapLabels([{ id: 'a', waiting, width: 100 }], [waiting, bar('COM-3', 250, 30)]);
    expect(placed.get('a')?.x).toBeGreaterThanOrEqual(284);
  });
});

describe('progress on a bar', () => {
  it('is the share of issues done, and none without issues', () => {
    expect(doneShare({ todo: 3, inProgress: 3, done: 4 })).toBe(0.4);
    expect(doneShare({ todo: 0, inProgress: 0, done: 0 })).toBeNull();
    expect(doneShare(undefined)).toBeNull();
  });

  it('is part of the bar’s accessible name, with its cycle or critical-path mark', () => {
    const item = { key: 'DATA-2', summary: 'Harmonise ids', streamId: null, statusCategory: 'indeterminate' as const, startDate: d('2026-03-01'), dueDate: d('2026-11-30'), progress: { todo: 3, inProgress: 3, done: 4 } };
    expect(barName('en', item, 'critical')).toBe('DATA-2 Harmonise ids, 1 Mar 2026 to 30 Nov 2026, 40% done, on the critical path');
    expect(barName('de', item, 'cycle')).toBe('DATA-2 Harmonise ids, 1. März 2026 bis 30. Nov. 2026, 40 % erledigt, in einem Zyklus');
    expect(BAR_HEIGHT).toBeGreaterThan(0);
  });
});
