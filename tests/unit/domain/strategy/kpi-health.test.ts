import { calendarDate, kpiStanding } from '../../../../src/domain';
import { kpi } from './tree-builders';

const today = calendarDate('2026-07-01');
const noFrame = { start: null, due: null };
const year2026 = { start: calendarDate('2026-01-01'), due: calendarDate('2026-12-31') };

describe('a KPI against its target', () => {
  it('is not judged until it has a current value and a target', () => {
    expect(kpiStanding(kpi({ target: 20 }), noFrame, today)).toBe('unmeasured');
    expect(kpiStanding(kpi({ current: 12 }), noFrame, today)).toBe('unmeasured');
  });

  it('is met at or beyond its target, in the better direction', () => {
    expect(kpiStanding(kpi({ baseline: 10, target: 20, current: 20 }), noFrame, today)).toBe('met');
    expect(kpiStanding(kpi({ baseline: 10, target: 20, current: 25 }), noFrame, today)).toBe('met');
    expect(kpiStanding(kpi({ baseline: 8, target: 4, current: 3.5, higherIsBetter: false }), noFrame, today)).toBe('met');
  });

  it('without a time frame: behind by more than half the way from baseline to target is far behind', () => {
    // Conversion: 10 % → 20 %. Half the way is 5 points.
    expect(kpiStanding(kpi({ baseline: 10, target: 20, current: 14 }), noFrame, today)).toBe('far-behind');
    expect(kpiStanding(kpi({ baseline: 10, target: 20, current: 15 }), noFrame, today)).toBe('behind');
    expect(kpiStanding(kpi({ baseline: 10, target: 20, current: 19 }), noFrame, today)).toBe('behind');
    // Unsubscribe rate, lower is better: 8 % → 4 %. Half the way is 2 points.
    expect(kpiStanding(kpi({ baseline: 8, target: 4, current: 6.5, higherIsBetter: false }), noFrame, today)).toBe('far-behind');
    expect(kpiStanding(kpi({ baseline: 8, target: 4, current: 5, higherIsBetter: false }), noFrame, today)).toBe('behind');
    // Worse than where it started.
    expect(kpiStanding(kpi({ baseline: 8, target: 4, current: 9, higherIsBetter: false }), noFrame, today)).toBe('far-behind');
  });

  it('with a time frame: judged against the straight path from baseline to target on the day it was measured', () => {
    // Halfway through 2026 the path expects 15; measured early in the year less is expected.
    expect(kpiStanding(kpi({ baseline: 10, target: 20, current: 15 }), year2026, today)).toBe('on-path');
    expect(kpiStanding(kpi({ baseline: 10, target: 20, current: 12 }), year2026, today)).toBe('behind');
    expect(kpiStanding(kpi({ baseline: 10, target: 20, current: 10.6, asOf: calendarDate('2026-01-20') }), year2026, today)).toBe('on-path');
    expect(kpiStanding(kpi({ baseline: 10, target: 20, current: 10.5 }), year2026, calendarDate('2026-12-31'))).toBe('far-behind');
    // Before the start nothing is expected yet; after the due date the target is.
    expect(kpiStanding(kpi({ baseline: 10, target: 20, current: 10 }), year2026, calendarDate('2025-11-01'))).toBe('on-path');
    expect(kpiStanding(kpi({ baseline: 10, target: 20, current: 16 }), year2026, calendarDate('2027-03-01'))).toBe('behind');
    expect(kpiStanding(kpi({ baseline: 8, target: 4, current: 7, higherIsBetter: false }), year2026, today)).toBe('behind');
    expect(kpiStanding(kpi({ baseline: 8, target: 4, current: 6, higherIsBetter: false }), year2026, today)).toBe('on-path');
  });

  it('without a baseline there is no way to measure: not yet at target is behind, never far behind', () => {
    expect(kpiStanding(kpi({ target: 20, current: 1 }), year2026, today)).toBe('behind');
  });
});
