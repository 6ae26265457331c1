import { CadenceSchema, cadenceProblems, isKnownTimeZone, meetingOn, nextMeetings, type Cadence } from '../../../../src/domain';

const berlin = (rest: Partial<Cadence> & Pick<Cadence, 'kind'>): Cadence => ({ time: '14:00', timeZone: 'Europe/Berlin', ...rest }) as Cadence;
const from2026 = new Date('2026-01-01T00:00:00Z');

/** An oracle independent of the code under test: the days of a month with plain UTC dates. */
function daysOfMonth(year: number, month: number): Date[] {
  const days: Date[] = [];
  for (let day = new Date(Date.UTC(year, month, 1)); day.getUTCMonth() === month; day = new Date(day.getTime() + 86_400_000)) days.push(day);
  return days;
}
const iso = (day: Date) => day.toISOString().slice(0, 10);

describe('nextMeetings on a day of the month', () => {
  const on31st = berlin({ kind: 'day-of-month', day: 31 });
  const meetings = nextMeetings(on31st, from2026, 24);

  it('lists two years, a month without the 31st meeting on its last day and saying so', () => {
    expect(meetings).toHaveLength(24);
    const expected = [2026, 2027].flatMap((year) => Array.from({ length: 12 }, (_, month) => iso(daysOfMonth(year, month).at(-1) as Date)));
    expect(meetings.map((m) => m.localDate)).toEqual(expected);
    expect(meetings.filter((m) => m.movedToLastDay).map((m) => m.localDate)).toEqual([
      '2026-02-28', '2026-04-30', '2026-06-30', '2026-09-30', '2026-11-30', '2027-02-28', '2027-04-30', '2027-06-30', '2027-09-30', '2027-11-30',
    ]);
  });

  it('keeps 14:00 local across both daylight-saving changes in Europe/Berlin', () => {
    const at = (localDate: string) => meetings.find((m) => m.localDate === localDate);
    expect(meetings.every((m) => m.localTime === '14:00')).toBe(true);
    expect(at('2026-02-28')?.startsAt).toBe('2026-02-28T13:00:00.000Z'); // winter, UTC+1
    expect(at('2026-03-31')?.startsAt).toBe('2026-03-31T12:00:00.000Z'); // two days after the spring change, UTC+2
    expect(at('2026-09-30')?.startsAt).toBe('2026-09-30T12:00:00.000Z');
    expect(at('2026-10-31')?.startsAt).toBe('2026-10-31T13:00:00.000Z'); // six days after the autumn change
  });

  it('meets on the 29th of February in a leap year', () => {
    const leap = nextMeetings(on31st, new Date('2028-02-01T00:00:00Z'), 1)[0];
    expect(leap).toMatchObject({ localDate: '2028-02-29', movedToLastDay: true });
  });
});

describe('nextMeetings on the nth weekday', () => {
  it('has a fifth Monday only in months that have one, and skips the others', () => {
    const meetings = nextMeetings(berlin({ kind: 'nth-weekday', week: 5, weekday: 1 }), from2026, 8);
    expect(meetings.map((m) => m.localDate)).toEqual(['2026-03-30', '2026-06-29', '2026-08-31', '2026-11-30', '2027-03-29', '2027-05-31', '2027-08-30', '2027-11-29']);
    const oracle = [2026, 2027].flatMap((year) => Array.from({ length: 12 }, (_, month) => daysOfMonth(year, month).filter((d) => d.getUTCDay() === 1)[4]).filter((d) => d !== undefined).map((d) => iso(d as Date)));
    expect(meetings.map((m) => m.localDate)).toEqual(oracle);
  });

  it('meets on the last Friday of every month for two years', () => {
    const meetings = nextMeetings(berlin({ kind: 'nth-weekday', week: 'last', weekday: 5 }), from2026, 24);
    const oracle = [2026, 2027].flatMap((year) => Array.from({ length: 12 }, (_, month) => iso(daysOfMonth(year, month).filter((d) => d.getUTCDay() === 5).at(-1) as Date)));
    expect(meetings.map((m) => m.localDate)).toEqual(oracle);
    expect(meetings.slice(0, 3).map((m) => m.localDate)).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
    expect(meetings.some((m) => m.movedToLastDay)).toBe(false);
  });

  it('meets on the second Tuesday', () => {
    const meetings = nextMeetings(berlin({ kind: 'nth-weekday', week: 2, weekday: 2 }), from2026, 3);
    expect(meetings.map((m) => m.localDate)).toEqual(['2026-01-13', '2026-02-10', '2026-03-10']);
  });

  it('is right on the very days the clocks change', () => {
    const lastSunday = nextMeetings(berlin({ kind: 'nth-weekday', week: 'last', weekday: 0 }), new Date('2026-03-01T00:00:00Z'), 8);
    expect(lastSunday[0]).toMatchObject({ localDate: '2026-03-29', localTime: '14:00', startsAt: '2026-03-29T12:00:00.000Z' });
    expect(lastSunday[7]).toMatchObject({ localDate: '2026-10-25', localTime: '14:00', startsAt: '2026-10-25T13:00:00.000Z' });
    // 02:30 does not exist on the spring day: the meeting moves forward with the clocks, and says the time it is.
    const night = nextMeetings({ kind: 'nth-weekday', week: 'last', weekday: 0, time: '02:30', timeZone: 'Europe/Berlin' }, new Date('2026-03-01T00:00:00Z'), 1)[0];
    expect(night).toMatchObject({ localDate: '2026-03-29', localTime: '03:30', startsAt: '2026-03-29T01:30:00.000Z' });
  });

  it('works in a zone far from UTC, whose local day is the day before in UTC (Pacific/Auckland)', () => {
    const cadence: Cadence = { kind: 'nth-weekday', week: 'last', weekday: 5, time: '09:30', timeZone: 'Pacific/Auckland' };
    const meetings = nextMeetings(cadence, new Date('2026-03-01T00:00:00Z'), 8);
    expect(meetings[0]).toEqual({ localDate: '2026-03-27', localTime: '09:30', startsAt: '2026-03-26T20:30:00.000Z', movedToLastDay: false }); // NZDT, UTC+13
    expect(meetings[1]).toMatchObject({ localDate: '2026-04-24', startsAt: '2026-04-23T21:30:00.000Z' }); // NZST after 5 April, UTC+12
    expect(meetings[7]).toMatchObject({ localDate: '2026-10-30', startsAt: '2026-10-29T20:30:00.000Z' }); // NZDT again after 27 September
  });
});

describe('nextMeetings from an instant', () => {
  const cadence = berlin({ kind: 'day-of-month', day: 15 });
  it('includes a meeting starting exactly then and not one that has begun', () => {
    expect(nextMeetings(cadence, new Date('2026-05-15T12:00:00Z'), 1)[0]?.localDate).toBe('2026-05-15');
    expect(nextMeetings(cadence, new Date('2026-05-15T12:00:00.001Z'), 1)[0]?.localDate).toBe('2026-06-15');
  });
  it('lists none for a count of zero and at most sixty', () => {
    expect(nextMeetings(cadence, from2026, 0)).toEqual([]);
    expect(nextMeetings(cadence, from2026, 500)).toHaveLength(60);
  });
});

describe('time zones', () => {
  it('knows IANA zones and refuses anything else without throwing', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    for (const zone of ['Mars/Olympus', '', '__proto__', 'constructor']) expect(isKnownTimeZone(zone)).toBe(false);
  });
  it('gives a cadence in an unknown zone a coded problem and no dates', () => {
    const cadence = { kind: 'day-of-month', day: 1, time: '10:00', timeZone: 'Mars/Olympus' } as const;
    expect(cadenceProblems(cadence)).toEqual([expect.objectContaining({ code: 'UNKNOWN_TIME_ZONE', path: ['timeZone'], timeZone: 'Mars/Olympus' })]);
    expect(nextMeetings(cadence, from2026, 3)).toEqual([]);
    expect(meetingOn(cadence, '2026-02-01')).toBeNull();
    const parsed = CadenceSchema.safeParse(cadence);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['timeZone']);
  });
});

describe('meetingOn', () => {
  it('says whether a local date is a meeting day', () => {
    const on31st = berlin({ kind: 'day-of-month', day: 31 });
    expect(meetingOn(on31st, '2026-04-30')).toEqual({ localDate: '2026-04-30', localTime: '14:00', startsAt: '2026-04-30T12:00:00.000Z', movedToLastDay: true });
    expect(meetingOn(on31st, '2026-04-29')).toBeNull();
    const fifthMonday = berlin({ kind: 'nth-weekday', week: 5, weekday: 1 });
    expect(meetingOn(fifthMonday, '2026-03-30')?.localDate).toBe('2026-03-30');
    expect(meetingOn(fifthMonday, '2026-04-27')).toBeNull(); // the fourth and last Monday of April
    expect(meetingOn(fifthMonday, 'not a date')).toBeNull();
  });
});
