/**
 * The timeline's geometry: calendar days to pixels (no daylight-saving drift), one lane per stream in the
 * settings' order, epics packed into rows and capped per lane, undated epics listed apart (never drawn at a
 * guessed place), and arrows from the blocker's end to the waiting epic's start.
 */
import { calendarDate } from '../../../src/domain';
import { buildTimeAxis, PIXELS_PER_DAY } from '../../../static/main/src/surfaces/programme/time-axis';
import { layoutArrows } from '../../../static/main/src/surfaces/programme/timeline-arrow-layout';
import { BAR_HEIGHT, MAX_ROWS_PER_LANE, layoutTimeline } from '../../../static/main/src/surfaces/programme/timeline-layout';
import { blocks, epic, programmeView, stream } from './programme-fixture';

const d = calendarDate;

describe('the time axis', () => {
  it('spans whole months around every date and today, four pixels a day at month zoom', () => {
    const axis = buildTimeAxis([d('2026-02-10'), d('2026-04-03')], d('2026-01-20'), 'month');
    expect([axis.start, axis.end]).toEqual(['2026-01-01', '2026-05-01']);
    expect(axis.ticks.map((t) => t.date)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01']);
    expect(axis.x(d('2026-01-11'))).toBe(10 * PIXELS_PER_DAY.month);
    expect(axis.width).toBe(120 * PIXELS_PER_DAY.month);
  });

  it('counts calendar days, so the night the clocks change is as wide as any other', () => {
    const axis = buildTimeAxis([d('2026-03-28'), d('2026-10-26')], d('2026-03-01'), 'month');
    expect(axis.x(d('2026-03-30')) - axis.x(d('2026-03-29'))).toBe(PIXELS_PER_DAY.month);
    expect(axis.x(d('2026-10-26')) - axis.x(d('2026-10-25'))).toBe(PIXELS_PER_DAY.month);
  });

  it('ticks on quarter starts at quarter zoom, numbering them Q1–Q4', () => {
    const axis = buildTimeAxis([d('2026-05-10'), d('2027-01-03')], d('2026-05-01'), 'quarter');
    expect(axis.ticks.map((t) => `Q${t.period} ${t.year}`)).toEqual(['Q2 2026', 'Q3 2026', 'Q4 2026', 'Q1 2027']);
    expect(axis.start).toBe('2026-04-01');
  });
});

const streams = [stream('crm', 'A stream with a very long name that must not break the layout'), stream('data'), stream('loy')];
const axisFor = (dates: string[]) => buildTimeAxis(dates.map(d), d('2026-01-15'), 'month');

describe('lanes and rows', () => {
  const view = programmeView({
    streams,
    items: [
      epic('CRM-1', { start: '2026-01-01', due: '2026-02-28' }),
      epic('CRM-2', { start: '2026-02-01', due: '2026-03-31' }),
      epic('CRM-3', { start: '2026-04-01', due: '2026-04-30' }),
      epic('DATA-1', { start: '2026-03-01' }),
      epic('DATA-2', { due: '2026-03-01' }),
      epic('DATA-3', { start: '2026-05-01', due: '2026-04-01' }),
      epic('OPS-1', { stream: null, start: '2026-01-05', due: '2026-01-20' }),
    ],
    links: [],
  });
  const layout = layoutTimeline(view.streams, view.epics, axisFor(['2026-01-01', '2026-04-30']), new Set());

  it('draws one lane per stream in the settings order, empty streams too, and one more for epics outside every stream', () => {
    expect(layout.lanes.map((l) => l.streamId)).toEqual(['crm', 'data', 'loy', null]);
    expect(layout.lanes.map((l) => l.bars.length)).toEqual([3, 0, 0, 1]);
  });

  it('packs overlapping epics into separate rows and lets a later epic reuse a free row', () => {
    const y = (key: string) => layout.barsByKey.get(key)?.y;
    expect(y('CRM-2')).not.toBe(y('CRM-1'));
    expect(y('CRM-3')).toBe(y('CRM-1'));
    const crm = layout.lanes[0];
    expect(crm?.height).toBeGreaterThan(layout.lanes[1]?.height ?? Infinity);
  });

  it('stacks lanes without gaps so every lane starts where the previous one ends', () => {
    layout.lanes.slice(1).forEach((lane, index) => expect(lane.top).toBe((layout.lanes[index]?.top ?? 0) + (layout.lanes[index]?.height ?? 0)));
    expect(layout.height).toBe(layout.lanes.reduce((sum, l) => sum + l.height, 0));
  });

  it('lists epics without both dates, or with a due date before the start, apart instead of drawing them', () => {
    expect(layout.undated.map((e) => e.key)).toEqual(['DATA-1', 'DATA-2', 'DATA-3']);
    expect(layout.barsByKey.has('DATA-1')).toBe(false);
  });

  it('draws a bar from its start day to the end of its due day', () => {
    const bar = layout.barsByKey.get('CRM-3');
    expect([bar?.x, bar?.width]).toEqual([90 * 4, 30 * 4]);
  });
});

describe('a lane with more epics than rows', () => {
  const many = Array.from({ length: MAX_ROWS_PER_LANE + 5 }, (_, i) => epic(`CRM-${i + 1}`, { start: '2026-01-01', due: '2026-03-31' }));
  const view = programmeView({ streams, items: many, links: [] });
  const axis = axisFor(['2026-01-01', '2026-03-31']);

  it('draws the cap and says how many are left out', () => {
    const lane = layoutTimeline(view.streams, view.epics, axis, new Set()).lanes[0];
    expect([lane?.bars.length, lane?.notDrawn]).toEqual([MAX_ROWS_PER_LANE, 5]);
  });

  it('draws dependency ends first, so no arrow loses its bar to the cap', () => {
    const layout = layoutTimeline(view.streams, view.epics, axis, new Set(['CRM-15', 'CRM-14']));
    expect([layout.barsByKey.has('CRM-15'), layout.barsByKey.has('CRM-14'), layout.barsByKey.has('CRM-13')]).toEqual([true, true, false]);
  });
});

describe('arrows', () => {
  const view = programmeView({
    streams,
    items: [
      epic('DATA-1', { start: '2026-01-01', due: '2026-03-31' }),
      epic('CRM-1', { start: '2026-03-01', due: '2026-05-31' }),
      epic('LOY-1', { start: '2026-02-01', due: '2026-02-10' }),
      epic('LOY-2'),
    ],
    links: [blocks('DATA-1', 'CRM-1'), blocks('LOY-1', 'CRM-1'), blocks('DATA-1', 'LOY-2')],
    hiddenProjects: ['LOY'],
  });
  const layout = layoutTimeline(view.streams, view.epics, axisFor(['2026-01-01', '2026-05-31']), new Set());
  const arrows = layoutArrows(view.dependencies, layout.barsByKey);

  it('runs from the blocker bar’s right end to the waiting bar’s left start, backwards for a conflict', () => {
    expect(arrows.map((a) => a.dependency.id)).toEqual(['DATA-1->CRM-1']);
    const from = layout.barsByKey.get('DATA-1');
    const to = layout.barsByKey.get('CRM-1');
    if (!from || !to) throw new Error('both bars must be drawn');
    expect(arrows[0]?.path.startsWith(`M${from.x + from.width},${from.y + BAR_HEIGHT / 2} `)).toBe(true);
    expect(arrows[0]?.path.endsWith(` ${to.x},${to.y + BAR_HEIGHT / 2}`)).toBe(true);
    expect(to.x).toBeLessThan(from.x + from.width);
  });

  it('draws no arrow to a hidden issue or an epic that is not on the timeline', () => {
    expect(arrows.some((a) => a.dependency.blocker.hidden || a.dependency.blocked.hidden)).toBe(false);
  });
});
