import { calendarDate, rollUpStrategy, type Baseline, type StrategyRollUpInput, type StrategyTree } from '../../../../src/domain';
import { dependency, epicFacts, epicMap } from './roll-up-fixture';
import { id, kpi, tree } from './tree-builders';

const today = calendarDate('2026-02-01');
const keys = (...values: string[]) => values as never;

/** 360° → CRM → Salesforce concept → e-mail marketing; 360° → Marketing. CRM-1 serves both CRM and Marketing. */
const cascade = (): StrategyTree =>
  tree(
    ['c360'],
    ['crm0', 'c360', { epicKeys: keys('CRM-1', 'CRM-2') }],
    ['sfc0', 'crm0', { epicJql: 'project = SFC' }],
    ['mail', 'sfc0', { epicKeys: keys('EMA-1') }],
    ['mktg', 'c360', { epicKeys: keys('MKT-1', 'CRM-1') }],
  );
const epics = epicMap(
  epicFacts('CRM-1', { start: '2026-01-05', due: '2026-06-30', progress: { todo: 2, inProgress: 1, done: 1 } }),
  epicFacts('CRM-2', { status: 'done', start: '2025-10-01', due: '2026-01-15', progress: { done: 4 } }),
  epicFacts('SFC-1', { start: '2026-03-01', due: '2026-09-30', progress: { todo: 5 } }),
  epicFacts('EMA-1', { start: '2026-04-01', due: '2026-08-31', progress: { todo: 1, inProgress: 2 } }),
  epicFacts('MKT-1', { due: '2026-05-31', progress: { inProgress: 3, done: 1 } }),
);
const input = (overrides: Partial<StrategyRollUpInput> = {}): StrategyRollUpInput => ({
  tree: cascade(),
  epics,
  dependencies: [],
  today,
  baseline: null,
  jqlMatches: new Map([[id('sfc0'), ['SFC-1', 'SFC-404']]]),
  ...overrides,
});
const at = (rollUps: ReturnType<typeof rollUpStrategy>, name: string) => {
  const found = rollUps.get(id(name));
  if (!found) throw new Error(`no roll-up for ${name}`);
  return found;
};

describe('progress and dates', () => {
  it('rolls each node’s epics up with its descendants’, each epic once, picked and JQL-found alike', () => {
    const rollUps = rollUpStrategy(input());
    expect(at(rollUps, 'mail').epicKeys).toEqual(['EMA-1']);
    expect(at(rollUps, 'sfc0').epicKeys).toEqual(['EMA-1', 'SFC-1']);
    expect(at(rollUps, 'crm0').epicKeys).toEqual(['CRM-1', 'CRM-2', 'EMA-1', 'SFC-1']);
    expect(at(rollUps, 'mktg').epicKeys).toEqual(['CRM-1', 'MKT-1']);
    // CRM-1 is under two branches: counted in each, but once at the top.
    expect(at(rollUps, 'c360').epicKeys).toEqual(['CRM-1', 'CRM-2', 'EMA-1', 'MKT-1', 'SFC-1']);
    expect(at(rollUps, 'c360').progress).toEqual({ todo: 8, inProgress: 6, done: 6 });
    expect(at(rollUps, 'c360').shareDone).toBeCloseTo(6 / 20);
    expect(at(rollUps, 'mktg').progress).toEqual({ todo: 2, inProgress: 4, done: 2 });
  });

  it('ignores keys the snapshot does not know, and a node without epics has no share done', () => {
    const rollUps = rollUpStrategy(input({ tree: tree(['solo', null, { epicKeys: keys('GONE-1') }]), jqlMatches: new Map([[id('solo'), ['GONE-2']]]) }));
    expect(at(rollUps, 'solo')).toMatchObject({ epicKeys: [], progress: { todo: 0, inProgress: 0, done: 0 }, shareDone: null, health: 'unknown', earliestStart: null, latestDue: null });
  });

  it('takes the earliest start and the latest due of the roll-up’s epics', () => {
    const rollUps = rollUpStrategy(input());
    expect(at(rollUps, 'crm0')).toMatchObject({ earliestStart: '2025-10-01', latestDue: '2026-09-30' });
    expect(at(rollUps, 'mktg')).toMatchObject({ earliestStart: '2026-01-05', latestDue: '2026-06-30' });
  });

  it('measures slip against the latest due the baseline recorded for the same epics', () => {
    const baseline: Baseline = {
      takenAt: '2026-01-01T08:00:00.000Z',
      day: calendarDate('2026-01-01'),
      epics: [
        ['EMA-1', 'indeterminate', null, calendarDate('2026-07-31')],
        ['SFC-1', 'new', null, calendarDate('2026-09-30')],
        ['MKT-1', 'new', null, null],
        ['UNRELATED-1', 'new', null, calendarDate('2027-12-31')],
      ],
      dependencies: [],
      nodes: [],
    };
    const rollUps = rollUpStrategy(input({ baseline }));
    expect(at(rollUps, 'mail').slipDays).toBe(31);
    expect(at(rollUps, 'sfc0').slipDays).toBe(0);
    expect(at(rollUps, 'mktg').slipDays).toBeNull(); // the baseline had no due date for its epics
    expect(rollUpStrategy(input()).get(id('mail'))?.slipDays).toBeNull();
  });
});

describe('health', () => {
  it('is off-track up the whole branch when an epic waits on a conflict, and counts it once', () => {
    const rollUps = rollUpStrategy(input({ dependencies: [dependency('DATA-1', 'EMA-1', 'conflict'), dependency('EMA-1', 'SFC-1', 'ok')] }));
    for (const name of ['mail', 'sfc0', 'crm0', 'c360']) expect(at(rollUps, name)).toMatchObject({ health: 'off-track', reasons: { conflicts: 1 } });
    expect(at(rollUps, 'mktg').health).toBe('on-track');
  });

  it('counts a conflict the epic causes for others too, and a conflict between two of its own epics once', () => {
    const rollUps = rollUpStrategy(input({ dependencies: [dependency('MKT-1', 'OTHER-1', 'conflict'), dependency('CRM-1', 'MKT-1', 'conflict'), dependency('CRM-1', 'MKT-1', 'conflict')] }));
    expect(at(rollUps, 'mktg').reasons.conflicts).toBe(2);
    expect(at(rollUps, 'crm0')).toMatchObject({ health: 'off-track', reasons: { conflicts: 1 } });
  });

  it('is at risk with an at-risk dependency; resolved and healthy dependencies do not count', () => {
    const rollUps = rollUpStrategy(input({ dependencies: [dependency('MKT-1', 'SFC-1', 'at-risk'), dependency('CRM-1', 'EMA-1', 'resolved'), dependency('CRM-2', 'EMA-1', 'missing-dates')] }));
    expect(at(rollUps, 'mktg')).toMatchObject({ health: 'at-risk', reasons: { conflicts: 0, atRisk: 1 } });
    expect(at(rollUps, 'mail').health).toBe('on-track');
    expect(at(rollUps, 'c360')).toMatchObject({ health: 'at-risk', reasons: { atRisk: 1 } });
  });

  it('is off-track with an overdue epic that is not done; a done epic past its date is fine', () => {
    const late = rollUpStrategy(input({ today: calendarDate('2026-06-01') }));
    expect(at(late, 'mktg')).toMatchObject({ health: 'off-track', reasons: { overdueEpics: 1 } });
    expect(at(late, 'crm0').reasons.overdueEpics).toBe(0); // CRM-2 is done
    expect(at(rollUpStrategy(input({ today: calendarDate('2026-05-31') })), 'mktg').health).toBe('on-track'); // due today is not overdue
  });

  it('judges a node by its own KPIs, and a parent is never healthier than its worst child', () => {
    const kpiTree = tree(
      ['c360', null, { kpis: [kpi({ baseline: 50, target: 60, current: 61 })] }],
      ['crm0', 'c360', { kpis: [kpi({ baseline: 10, target: 20, current: 12 })] }],
      ['mktg', 'c360', { kpis: [kpi({ baseline: 8, target: 4, current: 5, higherIsBetter: false })] }],
      ['idle', 'c360'],
    );
    const rollUps = rollUpStrategy(input({ tree: kpiTree, jqlMatches: new Map() }));
    expect(at(rollUps, 'crm0')).toMatchObject({ health: 'off-track', reasons: { kpisBehind: 1 } });
    expect(at(rollUps, 'mktg')).toMatchObject({ health: 'at-risk', reasons: { kpisBehind: 1 } });
    expect(at(rollUps, 'idle').health).toBe('unknown');
    expect(at(rollUps, 'c360')).toMatchObject({ health: 'off-track', reasons: { kpisBehind: 2 } });
  });

  it('is on track with epics or measured KPIs and nothing wrong; an unknown child does not pull its parent down', () => {
    const calm = tree(['c360', null, { kpis: [kpi({ target: 5, current: 6 })] }], ['idle', 'c360', { kpis: [kpi({ target: 5 })] }]);
    const rollUps = rollUpStrategy(input({ tree: calm, jqlMatches: new Map() }));
    expect(at(rollUps, 'c360').health).toBe('on-track');
    expect(at(rollUps, 'idle').health).toBe('unknown');
  });
});

describe('damaged trees', () => {
  it('rolls up every node, an orphan and loop members as roots', () => {
    const damaged = tree(['aaaa', 'bbbb', { epicKeys: keys('CRM-1') }], ['bbbb', 'aaaa'], ['cccc', 'gone', { epicKeys: keys('MKT-1') }]);
    const rollUps = rollUpStrategy(input({ tree: damaged, jqlMatches: new Map() }));
    expect([...rollUps.keys()].sort()).toEqual([id('aaaa'), id('bbbb'), id('cccc')]);
    expect(at(rollUps, 'cccc').epicKeys).toEqual(['MKT-1']);
  });
});
