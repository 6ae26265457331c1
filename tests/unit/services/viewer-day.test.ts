import { viewerToday } from '../../../src/services/viewer/viewer-day';

it('is the calendar day in the viewer’s own time zone, not the server’s', () => {
  const instant = new Date('2026-03-28T23:30:00Z'); // 00:30 on the 29th in Berlin, 19:30 on the 28th in New York
  expect(viewerToday('Europe/Berlin', instant)).toBe('2026-03-29');
  expect(viewerToday('America/New_York', instant)).toBe('2026-03-28');
  expect(viewerToday('Pacific/Kiritimati', new Date('2026-12-31T10:30:00Z'))).toBe('2027-01-01');
});

it('falls back to UTC for a missing or unknown zone', () => {
  const instant = new Date('2026-03-28T23:30:00Z');
  expect(viewerToday(undefined, instant)).toBe('2026-03-28');
  expect(viewerToday('Mars/Olympus_Mons', instant)).toBe('2026-03-28');
});
