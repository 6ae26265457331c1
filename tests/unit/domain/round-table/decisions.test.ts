import { calendarDate, decisionLog, decisionState, validateSupersedes, type Decision } from '../../../../src/domain';

const today = calendarDate('2026-05-10');
let counter = 0;
function decision(id: string, fields: Partial<Decision> = {}): Decision {
  counter += 1;
  return {
    id, seriesId: 'rt-main', meetingId: 'm-20260430', agendaItemId: 'manual:1', text: `Decision ${id}`, ownerAccountId: null, dueDate: null,
    supersedes: null, followUpKey: null, submissionIds: [], decidedAt: `2026-04-30T12:00:${String(counter % 60).padStart(2, '0')}.000Z`, ...fields,
  } as Decision;
}
const none = new Set<string>();

describe('decisionState', () => {
  it('is superseded before anything else, then done by its follow-up, then overdue by its due date', () => {
    const late = decision('d-late', { dueDate: calendarDate('2026-05-09') });
    expect(decisionState(late, { followUpCategory: 'done', supersededBy: new Set(['d-late']), today })).toBe('superseded');
    expect(decisionState(late, { followUpCategory: 'done', supersededBy: none, today })).toBe('done');
    expect(decisionState(late, { followUpCategory: 'indeterminate', supersededBy: none, today })).toBe('overdue');
    expect(decisionState(late, { followUpCategory: null, supersededBy: none, today })).toBe('overdue');
  });
  it('is open on its due date and without one', () => {
    expect(decisionState(decision('d-ontime', { dueDate: today }), { followUpCategory: 'new', supersededBy: none, today })).toBe('open');
    expect(decisionState(decision('d-nodate'), { followUpCategory: null, supersededBy: none, today })).toBe('open');
  });
});

describe('decisionLog', () => {
  it('puts the worst first, then the earliest due date, undated last', () => {
    const decisions = [
      decision('d-done1', { followUpKey: 'EMA-7' as never, dueDate: calendarDate('2026-04-01') }),
      decision('d-open2', { dueDate: calendarDate('2026-06-30') }),
      decision('d-open1', { dueDate: calendarDate('2026-05-20') }),
      decision('d-open3'),
      decision('d-late1', { dueDate: calendarDate('2026-05-01'), followUpKey: 'EMA-8' as never }),
      decision('d-old01', { dueDate: calendarDate('2026-03-01') }),
      decision('d-new01', { supersedes: 'd-old01', dueDate: calendarDate('2026-07-01') }),
    ];
    const log = decisionLog(decisions, { followUpCategories: new Map([['EMA-7', 'done'], ['EMA-8', 'indeterminate']]), today });
    expect(log.map((entry) => [entry.decision.id, entry.state])).toEqual([
      ['d-late1', 'overdue'],
      ['d-open1', 'open'],
      ['d-open2', 'open'],
      ['d-new01', 'open'],
      ['d-open3', 'open'],
      ['d-done1', 'done'],
      ['d-old01', 'superseded'],
    ]);
  });
});

describe('validateSupersedes', () => {
  const stored = [decision('d-aaaa'), decision('d-bbbb', { supersedes: 'd-aaaa' }), decision('d-cccc', { supersedes: 'd-bbbb' })];
  it('accepts superseding an existing decision, or none', () => {
    expect(validateSupersedes(stored, decision('d-dddd', { supersedes: 'd-cccc' }))).toEqual([]);
    expect(validateSupersedes(stored, decision('d-dddd'))).toEqual([]);
  });
  it('refuses itself, an unknown decision and a circle, naming the field', () => {
    expect(validateSupersedes(stored, decision('d-dddd', { supersedes: 'd-dddd' }))).toEqual([expect.objectContaining({ code: 'SUPERSEDES_SELF', path: ['supersedes'] })]);
    expect(validateSupersedes(stored, decision('d-dddd', { supersedes: 'd-zzzz' }))).toEqual([expect.objectContaining({ code: 'SUPERSEDES_UNKNOWN', decisionId: 'd-zzzz' })]);
    // Editing d-aaaa to supersede d-cccc closes the circle a ← b ← c ← a.
    expect(validateSupersedes(stored, { ...stored[0] as Decision, supersedes: 'd-cccc' })).toEqual([expect.objectContaining({ code: 'SUPERSEDES_CYCLE', path: ['supersedes'] })]);
  });
  it('treats ids as data', () => {
    expect(validateSupersedes(stored, decision('d-dddd', { supersedes: '__proto__' }))).toEqual([expect.objectContaining({ code: 'SUPERSEDES_UNKNOWN' })]);
  });
});
