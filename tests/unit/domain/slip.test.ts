/**
 * "What if this epic slips?": how a slip pushes the epics that wait on it along the dependency graph, when
 * everyone re-plans just enough to stay conflict-free.
 */
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/domain';
import { simulateSlip } from '../../../src/domain/dependencies/slip';
import { epic, TODAY } from './programme-builders';
import { programme, pushesOf, slip } from './slip-support';

describe('a chain of waiting epics', () => {
  // DATA-1 due 1 Mar; CRM-1 starts 4 Mar (3 days slack), due 20 Mar; LOY-1 starts 22 Mar (2 days slack).
  const chain = programme(
    [epic('DATA-1', { start: '2026-02-01', due: '2026-03-01' }), epic('CRM-1', { start: '2026-03-04', due: '2026-03-20' }), epic('LOY-1', { start: '2026-03-22', due: '2026-04-30' })],
    [['DATA-1', 'CRM-1'], ['CRM-1', 'LOY-1']],
  );

  it('pushes each epic by what its slack cannot absorb, and the next one by what is left of that', () => {
    const result = slip(chain, 'DATA-1', 10);
    expect(result.slipped).toMatchObject({ pushDays: 10, depth: 0, newStartDate: '2026-02-11', newDueDate: '2026-03-11' });
    expect(pushesOf(result)).toEqual(['CRM-1+7@1', 'LOY-1+5@2']);
    expect(result.pushed[0]).toMatchObject({ newStartDate: '2026-03-11', newDueDate: '2026-03-27' });
    expect(result.pushed[1]).toMatchObject({ newStartDate: '2026-03-27', newDueDate: '2026-05-05' });
    expect(result.pushedStreams).toEqual([
      { streamId: 'crm', maxPushDays: 7, epics: 1 },
      { streamId: 'loy', maxPushDays: 5, epics: 1 },
    ]);
    expect(result.reachesCycle).toBe(false);
  });

  it('if nobody re-plans, only the slipped epic moves: its dependent turns into a conflict, the one after it does not change', () => {
    const result = slip(chain, 'DATA-1', 10);
    expect(result.changed.map((c) => [c.dependency.id, c.before.status, c.after.status, c.after.overlapDays])).toEqual([['DATA-1->CRM-1', 'at-risk', 'conflict', 7]]);
  });

  it('pushes nothing and changes nothing when the slip fits in the slack', () => {
    const roomy = programme([epic('DATA-1', { start: '2026-02-01', due: '2026-03-01' }), epic('CRM-1', { start: '2026-03-21', due: '2026-04-20' })], [['DATA-1', 'CRM-1']]);
    const result = slip(roomy, 'DATA-1', 2);
    expect(result.pushed).toEqual([]);
    expect(result.pushedStreams).toEqual([]);
    expect(result.changed).toEqual([]);
    expect(result.criticalPath.changed).toBe(false);
  });

  it('does not push to win back slack: a slip that leaves two days is at risk, not pushed', () => {
    const roomy = programme([epic('DATA-1', { start: '2026-02-01', due: '2026-03-01' }), epic('CRM-1', { start: '2026-03-11', due: '2026-04-20' })], [['DATA-1', 'CRM-1']]);
    const result = slip(roomy, 'DATA-1', 8);
    expect(result.pushed).toEqual([]);
    expect(result.changed.map((c) => [c.before.status, c.after.status, c.after.slackDays])).toEqual([['ok', 'at-risk', 2]]);
  });

  it('counts only the overlap the slip adds when the dates already overlapped', () => {
    const late = programme([epic('DATA-1', { start: '2026-02-01', due: '2026-03-10' }), epic('CRM-1', { start: '2026-03-07', due: '2026-04-20' })], [['DATA-1', 'CRM-1']]);
    expect(pushesOf(slip(late, 'DATA-1', 5))).toEqual(['CRM-1+5@1']);
  });

  it('lets the slipped epic’s own blockers gain slack when it starts later', () => {
    const result = slip(chain, 'CRM-1', 10);
    expect(result.changed.map((c) => [c.dependency.id, c.before.status, c.after.status])).toEqual([
      ['CRM-1->LOY-1', 'at-risk', 'conflict'],
      ['DATA-1->CRM-1', 'at-risk', 'ok'],
    ]);
    expect(pushesOf(result)).toEqual(['LOY-1+8@1']);
  });
});

describe('fan-out and fan-in', () => {
  it('pushes every epic that waits on a moved one', () => {
    const fan = programme(
      [epic('DATA-1', { start: '2026-02-01', due: '2026-03-01' }), epic('CRM-1', { start: '2026-03-02', due: '2026-04-01' }), epic('LOY-1', { start: '2026-03-06', due: '2026-04-01' })],
      [['DATA-1', 'CRM-1'], ['DATA-1', 'LOY-1']],
    );
    expect(pushesOf(slip(fan, 'DATA-1', 10))).toEqual(['CRM-1+9@1', 'LOY-1+5@1']);
  });

  it('takes the largest push when an epic waits on several moved ones', () => {
    // DATA-1 pushes CRM-1 (no slack) and LOY-1 (8 days slack); both block MI-1, which starts right after each.
    const diamond = programme(
      [
        epic('DATA-1', { start: '2026-02-01', due: '2026-03-01' }),
        epic('CRM-1', { start: '2026-03-01', due: '2026-03-10' }),
        epic('LOY-1', { start: '2026-03-09', due: '2026-03-12' }),
        epic('MI-1', { start: '2026-03-12', due: '2026-04-30' }),
      ],
      [['DATA-1', 'CRM-1'], ['DATA-1', 'LOY-1'], ['CRM-1', 'MI-1'], ['LOY-1', 'MI-1']],
    );
    expect(pushesOf(slip(diamond, 'DATA-1', 10))).toEqual(['CRM-1+10@1', 'MI-1+8@2', 'LOY-1+2@1']);
  });
});

describe('what stops a push', () => {
  it('terminates at a cycle and says the slip reaches it; the epic before the loop is still pushed', () => {
    const looped = programme(
      [epic('DATA-1', { start: '2026-02-01', due: '2026-03-01' }), epic('CRM-1', { start: '2026-03-01', due: '2026-03-10' }), epic('LOY-1', { start: '2026-03-10', due: '2026-03-20' })],
      [['DATA-1', 'CRM-1'], ['CRM-1', 'LOY-1'], ['LOY-1', 'CRM-1']],
    );
    const result = slip(looped, 'DATA-1', 5);
    expect(pushesOf(result)).toEqual(['CRM-1+5@1']);
    expect(result.reachesCycle).toBe(true);
    const inside = slip(looped, 'LOY-1', 30);
    expect(inside.pushed).toEqual([]);
    expect(inside.reachesCycle).toBe(true);
  });

  it('never pushes a done epic, and a done blocker pushes nothing', () => {
    const withDone = programme(
      [epic('DATA-1', { start: '2026-02-01', due: '2026-03-01' }), epic('CRM-1', { start: '2026-03-01', due: '2026-03-10', done: true }), epic('LOY-1', { start: '2026-03-10', due: '2026-03-20' })],
      [['DATA-1', 'CRM-1'], ['CRM-1', 'LOY-1']],
    );
    expect(slip(withDone, 'DATA-1', 30).pushed).toEqual([]);
    const slippedDone = slip(withDone, 'CRM-1', 30);
    expect(slippedDone.pushed).toEqual([]);
    expect(slippedDone.changed.map((c) => c.dependency.id)).not.toContain('CRM-1->LOY-1');
  });

  it('names an epic without a start date as reached, not pushed, and goes no further through it', () => {
    const unplanned = programme(
      [epic('DATA-1', { start: '2026-02-01', due: '2026-03-01' }), epic('CRM-1', { due: '2026-03-10' }), epic('LOY-1', { start: '2026-03-10', due: '2026-03-20' })],
      [['DATA-1', 'CRM-1'], ['CRM-1', 'LOY-1']],
    );
    const result = slip(unplanned, 'DATA-1', 30);
    expect(result.pushed).toEqual([]);
    expect(result.unscheduled.map((u) => [u.epic.key, u.depth])).toEqual([['CRM-1', 1]]);
  });

  it('moves a slipped epic without dates nowhere, and answers null for an epic not in the programme', () => {
    const undated = programme([epic('DATA-1'), epic('CRM-1', { start: '2026-03-01', due: '2026-03-10' })], [['DATA-1', 'CRM-1']]);
    const result = slip(undated, 'DATA-1', 10);
    expect(result.slipped).toMatchObject({ newStartDate: null, newDueDate: null, pushDays: 10 });
    expect(result.pushed).toEqual([]);
    expect(simulateSlip(undated, 'OPS-9', 10, TODAY, DEFAULT_ANALYSIS_OPTIONS)).toBeNull();
  });
});
