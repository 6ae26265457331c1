/**
 * The overview's dates: the next six, and the meeting dates of the last five weeks that have begun — so a meeting
 * that was never assembled can still be opened for its minutes after it took place.
 */
import { meetingDatesAround } from '../../../../src/services/round-table/series-overview';
import type { Cadence } from '../../../../src/domain/round-table/series';

const lastThursday: Cadence = { kind: 'nth-weekday', week: 'last', weekday: 4, time: '14:00', timeZone: 'Europe/Berlin' };
const days = (dates: Array<{ localDate: string }>) => dates.map((date) => date.localDate);

it('offers the meetings of the last 35 days (five and 33 days ago), newest first, besides the next six', () => {
  const { recent, upcoming } = meetingDatesAround(lastThursday, new Date('2026-12-01T09:00:00Z'));
  expect(days(recent)).toEqual(['2026-11-26', '2026-10-29']);
  expect(days(upcoming)).toEqual(['2026-12-31', '2027-01-28', '2027-02-25', '2027-03-25', '2027-04-29', '2027-05-27']);
});

it('counts a meeting as past once it has begun, in the series’ zone', () => {
  const before = meetingDatesAround(lastThursday, new Date('2026-11-26T12:59:00Z'));
  expect(days(before.upcoming)[0]).toBe('2026-11-26');
  expect(days(before.recent)).toEqual(['2026-10-29']);
  const started = meetingDatesAround(lastThursday, new Date('2026-11-26T13:00:00Z'));
  expect(days(started.recent)).toEqual(['2026-11-26', '2026-10-29']);
  expect(days(started.upcoming)).toHaveLength(6);
  expect(days(started.upcoming)[0]).toBe('2026-12-31');
});

it('leaves out dates older than 35 days', () => {
  const { recent } = meetingDatesAround({ kind: 'day-of-month', day: 1, time: '09:00', timeZone: 'UTC' }, new Date('2026-12-20T00:00:00Z'));
  expect(days(recent)).toEqual(['2026-12-01']);
});
