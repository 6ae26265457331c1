/**
 * The dependency analysis behind the programme panel: which epic waits on which across streams, where one
 * stream's dates make another's impossible, cycles, and the critical path.
 */
import { analyseProgramme, assessForDay, calendarDate, type ProgrammeAnalysis } from '../../../src/domain';
import { TODAY, blocks, epic, item, story, stream, subtask } from './programme-builders';

const streams = [stream('crm'), stream('data'), stream('loy')];

function dependency(analysis: ProgrammeAnalysis, id: string) {
  const found = analysis.dependencies.find((d) => d.id === id);
  if (!found) throw new Error(`no dependency ${id}; have ${analysis.dependencies.map((d) => d.id).join(', ')}`);
  return found;
}

describe('classifying a dependency by its dates', () => {
  it('reports a conflict with the overlap in days when the blocker is due after the blocked epic starts', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('DATA-1', { start: '2026-01-01', due: '2026-03-20' }), epic('CRM-1', { start: '2026-03-01', due: '2026-06-30' })],
      links: [blocks('DATA-1', 'CRM-1')],
      today: TODAY,
    });
    const d = dependency(analysis, 'DATA-1->CRM-1');
    expect(d).toMatchObject({ status: 'conflict', overlapDays: 19, slackDays: -19, crossStream: true });
    expect(analysis.counts.byStatus.conflict).toBe(1);
  });

  it('marks a dependency at risk when the slack is under five days, and ok from five days on', () => {
    const analysis = analyseProgramme({
      streams,
      items: [
        epic('DATA-1', { start: '2026-01-01', due: '2026-02-27' }),
        epic('CRM-1', { start: '2026-03-01', due: '2026-04-30' }),
        epic('LOY-1', { start: '2026-03-04', due: '2026-04-30' }),
      ],
      links: [blocks('DATA-1', 'CRM-1'), blocks('DATA-1', 'LOY-1')],
      today: TODAY,
    });
    expect(dependency(analysis, 'DATA-1->CRM-1')).toMatchObject({ status: 'at-risk', slackDays: 2 });
    expect(dependency(analysis, 'DATA-1->LOY-1')).toMatchObject({ status: 'ok', slackDays: 5 });
  });

  it('treats a blocker due on the day the blocked epic starts as no overlap but at risk', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('DATA-1', { start: '2026-01-01', due: '2026-03-01' }), epic('CRM-1', { start: '2026-03-01', due: '2026-04-30' })],
      links: [blocks('DATA-1', 'CRM-1')],
      today: TODAY,
    });
    expect(dependency(analysis, 'DATA-1->CRM-1')).toMatchObject({ status: 'at-risk', slackDays: 0, overlapDays: null });
  });

  it('reports missing dates instead of guessing when an end has no dates', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('DATA-1', { start: '2026-01-01' }), epic('CRM-1', { start: '2026-03-01', due: '2026-04-30' })],
      links: [blocks('DATA-1', 'CRM-1')],
      today: TODAY,
    });
    expect(dependency(analysis, 'DATA-1->CRM-1')).toMatchObject({ status: 'missing-dates', slackDays: null });
  });

  it('calls a dependency resolved when the blocker is done, even if its dates overlapped', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('DATA-1', { start: '2026-01-01', due: '2026-03-20', done: true }), epic('CRM-1', { start: '2026-03-01', due: '2026-06-30' })],
      links: [blocks('DATA-1', 'CRM-1')],
      today: TODAY,
    });
    expect(dependency(analysis, 'DATA-1->CRM-1')).toMatchObject({ status: 'resolved', overlapDays: null });
  });

  it('marks an overdue blocker at risk even when the planned slack looked fine', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('DATA-1', { start: '2025-10-01', due: '2026-01-10' }), epic('CRM-1', { start: '2026-05-01', due: '2026-06-30' })],
      links: [blocks('DATA-1', 'CRM-1')],
      today: TODAY,
    });
    expect(dependency(analysis, 'DATA-1->CRM-1')).toMatchObject({ status: 'at-risk', blockerOverdue: true });
  });

  it('counts calendar days across the spring daylight-saving change without an off-by-one', () => {
    // Europe changes clocks on 2026-03-29; with instants, 03-28 → 03-30 would be 47 hours, not 2 days.
    const previousTz = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      const analysis = analyseProgramme({
        streams,
        items: [
          epic('DATA-1', { start: '2026-01-01', due: '2026-03-30' }),
          epic('CRM-1', { start: '2026-03-28', due: '2026-04-30' }),
          epic('LOY-1', { start: '2026-10-26', due: '2026-11-30' }),
          epic('DATA-2', { start: '2026-09-01', due: '2026-10-24' }),
        ],
        links: [blocks('DATA-1', 'CRM-1'), blocks('DATA-2', 'LOY-1')],
        today: TODAY,
      });
      expect(dependency(analysis, 'DATA-1->CRM-1')).toMatchObject({ status: 'conflict', overlapDays: 2 });
      expect(dependency(analysis, 'DATA-2->LOY-1')).toMatchObject({ status: 'at-risk', slackDays: 2 });
    } finally {
      process.env.TZ = previousTz;
    }
  });
});

describe('rolling links up to epics', () => {
  it('rolls a link between sub-tasks of different epics up to the epics and keeps the link as evidence', () => {
    const analysis = analyseProgramme({
      streams,
      items: [
        epic('DATA-1', { start: '2026-01-01', due: '2026-02-01' }),
        story('DATA-5', 'DATA-1'),
        subtask('DATA-9', 'DATA-5'),
        epic('CRM-1', { start: '2026-03-01', due: '2026-04-01' }),
        story('CRM-7', 'CRM-1'),
        subtask('CRM-8', 'CRM-7'),
      ],
      links: [blocks('DATA-9', 'CRM-8', '501')],
      today: TODAY,
    });
    expect(analysis.dependencies.map((d) => d.id)).toEqual(['DATA-1->CRM-1']);
    expect(dependency(analysis, 'DATA-1->CRM-1').evidence).toEqual([{ linkId: '501', type: 'Blocks', blocker: 'DATA-9', blocked: 'CRM-8' }]);
  });

  it('does not make an epic depend on itself when two of its stories are linked', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('CRM-1'), story('CRM-2', 'CRM-1'), story('CRM-3', 'CRM-1')],
      links: [blocks('CRM-2', 'CRM-3', '77')],
      today: TODAY,
    });
    expect(analysis.dependencies).toEqual([]);
    expect(analysis.internalLinks).toEqual([{ linkId: '77', type: 'Blocks', blocker: 'CRM-2', blocked: 'CRM-3' }]);
    expect(analysis.cycles).toEqual([]);
  });

  it('merges duplicate links, including the same link read from both of its issues, into one dependency', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('DATA-1'), story('DATA-2', 'DATA-1'), epic('CRM-1')],
      links: [blocks('DATA-1', 'CRM-1', '1'), blocks('DATA-1', 'CRM-1', '1'), blocks('DATA-2', 'CRM-1', '2')],
      today: TODAY,
    });
    expect(analysis.dependencies).toHaveLength(1);
    expect(dependency(analysis, 'DATA-1->CRM-1').evidence.map((e) => e.linkId)).toEqual(['1', '2']);
  });

  it('shows links to issues outside every stream as external instead of dropping them', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('CRM-1', { start: '2026-03-01', due: '2026-04-01' }), item('OPS-4', { stream: null })],
      links: [blocks('OPS-4', 'CRM-1'), blocks('CRM-1', 'HR-9')],
      today: TODAY,
    });
    expect(analysis.dependencies.map((d) => [d.id, d.blocker.external, d.blocked.external, d.crossStream])).toEqual([
      ['CRM-1->HR-9', false, true, false],
      ['OPS-4->CRM-1', true, false, false],
    ]);
    expect(analysis.counts.external).toBe(2);
    expect(analysis.matrix).toEqual([]);
  });

  it('keeps a same-stream dependency but does not call it cross-stream', () => {
    const analysis = analyseProgramme({ streams, items: [epic('CRM-1'), epic('CRM-2')], links: [blocks('CRM-1', 'CRM-2')], today: TODAY });
    expect(dependency(analysis, 'CRM-1->CRM-2').crossStream).toBe(false);
    expect(analysis.counts.crossStream).toBe(0);
  });
});

describe('cycles', () => {
  it('finds a three-stream cycle, lists its members and one concrete circle', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('CRM-1'), epic('DATA-1'), epic('LOY-1'), epic('LOY-2')],
      links: [blocks('CRM-1', 'DATA-1'), blocks('DATA-1', 'LOY-1'), blocks('LOY-1', 'CRM-1'), blocks('LOY-1', 'LOY-2')],
      today: TODAY,
    });
    expect(analysis.cycles).toEqual([{ members: ['CRM-1', 'DATA-1', 'LOY-1'], path: ['CRM-1', 'DATA-1', 'LOY-1'] }]);
    expect(analysis.dependencies.filter((d) => d.inCycle).map((d) => d.id)).toEqual(['CRM-1->DATA-1', 'DATA-1->LOY-1', 'LOY-1->CRM-1']);
    expect(dependency(analysis, 'LOY-1->LOY-2').inCycle).toBe(false);
  });

  it('finds a cycle formed by stories of different epics once rolled up', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('CRM-1'), story('CRM-5', 'CRM-1'), epic('DATA-1'), story('DATA-6', 'DATA-1')],
      links: [blocks('CRM-5', 'DATA-6'), blocks('DATA-1', 'CRM-1')],
      today: TODAY,
    });
    expect(analysis.cycles.map((c) => c.members)).toEqual([['CRM-1', 'DATA-1']]);
  });
});

describe('the critical path of the work left', () => {
  // TODAY is 2026-01-15: DATA-1 has 17 days left, the later epics all of their span.
  it('follows the chain of waiting epics with the most remaining days', () => {
    const analysis = analyseProgramme({
      streams,
      items: [
        epic('DATA-1', { start: '2026-01-01', due: '2026-01-31' }), // 17 days left (15–31 January)
        epic('CRM-1', { start: '2026-02-01', due: '2026-02-10' }), // 10 days
        epic('LOY-1', { start: '2026-02-01', due: '2026-03-31' }), // 59 days
        epic('CRM-2', { start: '2026-04-01', due: '2026-04-30' }), // 30 days
      ],
      links: [blocks('DATA-1', 'CRM-1'), blocks('DATA-1', 'LOY-1'), blocks('CRM-1', 'CRM-2'), blocks('LOY-1', 'CRM-2')],
      today: TODAY,
    });
    expect(analysis.criticalPath).toEqual({ keys: ['DATA-1', 'LOY-1', 'CRM-2'], durationDays: 17 + 59 + 30 });
    expect(analysis.dependencies.filter((d) => d.onCriticalPath).map((d) => d.id)).toEqual(['DATA-1->LOY-1', 'LOY-1->CRM-2']);
  });

  it('never starts at a done epic: finished work is not on the path', () => {
    const analysis = analyseProgramme({
      streams,
      items: [
        epic('DATA-1', { start: '2025-01-01', due: '2025-12-31', done: true }), // a year long, but done
        epic('CRM-1', { start: '2026-02-01', due: '2026-02-10' }),
        epic('LOY-1', { start: '2026-03-01', due: '2026-03-05' }),
      ],
      links: [blocks('DATA-1', 'CRM-1'), blocks('CRM-1', 'LOY-1')],
      today: TODAY,
    });
    expect(analysis.criticalPath).toEqual({ keys: ['CRM-1', 'LOY-1'], durationDays: 15 });
    expect(dependency(analysis, 'DATA-1->CRM-1').onCriticalPath).toBe(false);
  });

  it('counts an overdue epic that is not done as one day left, and one without a due date as none', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('DATA-1', { start: '2025-11-01', due: '2026-01-10' }), epic('CRM-1', { start: '2026-01-20', due: '2026-01-29' }), epic('LOY-1', { start: '2026-02-01' })],
      links: [blocks('DATA-1', 'CRM-1'), blocks('CRM-1', 'LOY-1')],
      today: TODAY,
    });
    // LOY-1 adds no days, so the chain is as long without it and ends at CRM-1.
    expect(analysis.criticalPath).toEqual({ keys: ['DATA-1', 'CRM-1'], durationDays: 1 + 10 });
  });

  it('ignores the edges of a cycle, which no schedule can satisfy', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('CRM-1', { start: '2026-02-01', due: '2026-02-10' }), epic('DATA-1', { start: '2026-02-01', due: '2026-12-31' }), epic('LOY-1', { start: '2026-03-01', due: '2026-03-10' })],
      links: [blocks('CRM-1', 'DATA-1'), blocks('DATA-1', 'CRM-1'), blocks('CRM-1', 'LOY-1')],
      today: TODAY,
    });
    // DATA-1 lasts most of a year, but its only links form the cycle, so it is on no schedulable chain.
    expect(analysis.criticalPath).toEqual({ keys: ['CRM-1', 'LOY-1'], durationDays: 20 });
  });

  it('is empty when there are no dependencies, or all of them are done', () => {
    expect(analyseProgramme({ streams, items: [epic('CRM-1')], links: [], today: TODAY }).criticalPath).toEqual({ keys: [], durationDays: 0 });
    const finished = analyseProgramme({
      streams,
      items: [epic('DATA-1', { start: '2025-01-01', due: '2025-02-01', done: true }), epic('CRM-1', { start: '2025-03-01', due: '2025-04-01', done: true })],
      links: [blocks('DATA-1', 'CRM-1')],
      today: TODAY,
    });
    expect(finished.criticalPath).toEqual({ keys: [], durationDays: 0 });
  });
});

describe('a done dependency', () => {
  it('reads as resolved with no slack or overlap, whatever its dates said', () => {
    const analysis = analyseProgramme({
      streams,
      items: [epic('DATA-1', { start: '2025-01-01', due: '2026-03-01', done: true }), epic('CRM-1', { start: '2026-01-01', due: '2026-02-01' })],
      links: [blocks('DATA-1', 'CRM-1')],
      today: TODAY,
    });
    expect(dependency(analysis, 'DATA-1->CRM-1')).toMatchObject({ status: 'resolved', slackDays: null, overlapDays: null, blockerOverdue: false });
  });
});

describe('assessing a stored analysis on another day', () => {
  it('gives each viewer the statuses of their own calendar day', () => {
    const input = {
      streams,
      items: [epic('DATA-1', { start: '2026-01-01', due: '2026-01-31' }), epic('CRM-1', { start: '2026-02-10', due: '2026-03-01' })],
      links: [blocks('DATA-1', 'CRM-1')],
    };
    const before = analyseProgramme({ ...input, today: calendarDate('2026-01-30') });
    const after = analyseProgramme({ ...input, today: calendarDate('2026-02-01') });
    expect(dependency(before, 'DATA-1->CRM-1')).toMatchObject({ status: 'ok', blockerOverdue: false });
    expect(dependency(after, 'DATA-1->CRM-1')).toMatchObject({ status: 'at-risk', blockerOverdue: true });
    const reassessed = assessForDay(before.dependencies, before.cycles.length, streams.map((s) => s.id), calendarDate('2026-02-01'), { atRiskThresholdDays: 5 });
    expect(reassessed.dependencies).toEqual(after.dependencies);
    expect(reassessed.counts).toEqual(after.counts);
    expect(reassessed.criticalPath).toEqual(after.criticalPath);
  });
});

describe('the stream × stream matrix and per-stream summary', () => {
  const analysis = analyseProgramme({
    streams,
    items: [
      epic('DATA-1', { start: '2026-01-01', due: '2026-03-20' }),
      epic('DATA-2', { start: '2026-01-01', due: '2026-03-10' }),
      epic('CRM-1', { start: '2026-03-01', due: '2026-06-30' }),
      epic('CRM-2', { start: '2026-05-01', due: '2026-06-30' }),
      epic('LOY-1', { start: '2026-03-03', due: '2026-06-30' }),
    ],
    links: [blocks('DATA-1', 'CRM-1'), blocks('DATA-2', 'CRM-1'), blocks('DATA-2', 'CRM-2'), blocks('CRM-1', 'LOY-1')],
    today: TODAY,
  });

  it('counts dependencies and conflicts per ordered pair with the worst overlap, in stream order', () => {
    expect(analysis.matrix).toEqual([
      { waitingStreamId: 'crm', blockingStreamId: 'data', count: 3, conflicts: 2, atRisk: 0, worstOverlapDays: 19 },
      { waitingStreamId: 'loy', blockingStreamId: 'crm', count: 1, conflicts: 1, atRisk: 0, worstOverlapDays: 119 },
    ]);
  });

  it('says per stream which streams it waits on and which wait on it', () => {
    expect(analysis.streams).toEqual([
      { streamId: 'crm', waitsOn: [{ streamId: 'data', count: 3, conflicts: 2 }], waitedOnBy: [{ streamId: 'loy', count: 1, conflicts: 1 }] },
      { streamId: 'data', waitsOn: [], waitedOnBy: [{ streamId: 'crm', count: 3, conflicts: 2 }] },
      { streamId: 'loy', waitsOn: [{ streamId: 'crm', count: 1, conflicts: 1 }], waitedOnBy: [] },
    ]);
  });

  it('gives the same output for the same programme whatever the input order', () => {
    const shuffled = analyseProgramme({
      streams,
      items: [...analysisInputItems()].reverse(),
      links: [blocks('CRM-1', 'LOY-1', 'a'), blocks('DATA-2', 'CRM-2', 'b'), blocks('DATA-2', 'CRM-1', 'c'), blocks('DATA-1', 'CRM-1', 'd')],
      today: TODAY,
    });
    expect(shuffled.dependencies.map((d) => d.id)).toEqual(analysis.dependencies.map((d) => d.id));
    expect(shuffled.matrix).toEqual(analysis.matrix);
  });

  function analysisInputItems() {
    return [
      epic('DATA-1', { start: '2026-01-01', due: '2026-03-20' }),
      epic('DATA-2', { start: '2026-01-01', due: '2026-03-10' }),
      epic('CRM-1', { start: '2026-03-01', due: '2026-06-30' }),
      epic('CRM-2', { start: '2026-05-01', due: '2026-06-30' }),
      epic('LOY-1', { start: '2026-03-03', due: '2026-06-30' }),
    ];
  }
});
