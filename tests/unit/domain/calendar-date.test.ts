/** Jira dates are calendar days: parsed strictly, counted in days, never as instants. */
import { CalendarDateSchema, addCalendarDays, calendarDate, daysBetween, isCalendarDate, spanDays } from '../../../src/domain';

describe('calendar dates', () => {
  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', '2026-01-01T00:00:00Z', ''])('rejects %p', (value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(CalendarDateSchema.safeParse(value).success).toBe(false);
  });

  it('counts days across a year end, a leap day and the autumn clock change', () => {
    process.env.TZ = 'Europe/Berlin';
    expect(daysBetween(calendarDate('2025-12-31'), calendarDate('2026-01-01'))).toBe(1);
    expect(daysBetween(calendarDate('2028-02-28'), calendarDate('2028-03-01'))).toBe(2);
    expect(daysBetween(calendarDate('2026-10-24'), calendarDate('2026-10-26'))).toBe(2);
    expect(spanDays(calendarDate('2026-03-28'), calendarDate('2026-03-30'))).toBe(3);
    expect(addCalendarDays(calendarDate('2026-03-28'), 2)).toBe('2026-03-30');
  });
});
