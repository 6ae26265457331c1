import {
  BaselineSchema, calendarDate, diffBaselines, rollUpStrategy, takeBaseline, type Baseline, type DependencyFacts, type EpicFacts, type StrategyTree,
} from '../../../../src/domain';
import { dependency, epicFacts, epicMap } from '../strategy/roll-up-fixture';
import { id, tree } from '../strategy/tree-builders';

const strategy: StrategyTree = tree(['c360'], ['crm0', 'c360', { epicKeys: ['CRM-1', 'CRM-2'] as never }], ['mail', 'crm0', { epicKeys: ['EMA-1'] as never }], ['mktg', 'c360', { epicKeys: ['MKT-1'] as never }]);

/** The programme as published on 2 March and again on 6 April, with what the programme manager knows happened. */
function publication(day: string, epics: EpicFacts[], dependencies: DependencyFacts[]): Baseline {
  const today = calendarDate(day);
  const rollUps = rollUpStrategy({ tree: strategy, epics: epicMap(...epics), dependencies, today, baseline: null, jqlMatches: new Map() });
  const nodes = strategy.nodes.map((node) => ({ id: node.id, title: node.title, rollUp: rollUps.get(node.id) as NonNullable<ReturnType<typeof rollUps.get>> }));
  return takeBaseline({ takenAt: `${day}T07:00:00.000Z`, day: today, epics, dependencies, nodes });
}

const march = publication(
  '2026-03-02',
  [
    epicFacts('CRM-1', { due: '2026-05-31', progress: { todo: 3 } }),
    epicFacts('CRM-2', { due: '2026-04-30', progress: { inProgress: 2 } }),
    epicFacts('EMA-1', { due: '2026-06-30', progress: { todo: 2 } }),
    epicFacts('MKT-1', { due: '2026-09-30', progress: { todo: 1 } }),
    epicFacts('DATA-1', { due: '2026-03-31', progress: { inProgress: 1 } }),
    epicFacts('DATA-2', { due: '2026-04-15', progress: { todo: 1 } }),
  ],
  [dependency('DATA-1', 'CRM-1', 'ok'), dependency('DATA-2', 'EMA-1', 'conflict'), dependency('CRM-2', 'MKT-1', 'ok'), dependency('MKT-1', 'DATA-2', 'at-risk')],
);
// Since March: DATA-1 slipped 30 days and now collides with CRM-1, which slipped 14 days; EMA-1 was pulled in 16 days
// and DATA-2 finished, resolving its conflict; CRM-2 is done; a new link CRM-1 → EMA-1 appeared already in conflict; the
// MKT-1 → DATA-2 link was removed.
const april = publication(
  '2026-04-06',
  [
    epicFacts('CRM-1', { due: '2026-06-14', progress: { todo: 3 } }),
    epicFacts('CRM-2', { status: 'done', due: '2026-04-30', progress: { done: 2 } }),
    epicFacts('EMA-1', { due: '2026-06-14', progress: { todo: 2 } }),
    epicFacts('MKT-1', { due: '2026-09-30', progress: { todo: 1 } }),
    epicFacts('DATA-1', { due: '2026-04-30', progress: { inProgress: 1 } }),
    epicFacts('DATA-2', { status: 'done', due: '2026-04-15', progress: { done: 1 } }),
    epicFacts('NEW-1', { due: '2026-12-31', progress: { todo: 1 } }),
  ],
  [dependency('DATA-1', 'CRM-1', 'conflict'), dependency('DATA-2', 'EMA-1', 'resolved'), dependency('CRM-2', 'MKT-1', 'ok'), dependency('CRM-1', 'EMA-1', 'conflict')],
);

describe('a baseline', () => {
  it('is compact, sorted by key and valid against the stored schema', () => {
    expect(BaselineSchema.parse(JSON.parse(JSON.stringify(march)))).toEqual(march);
    expect(march.epics.map(([key]) => key)).toEqual(['CRM-1', 'CRM-2', 'DATA-1', 'DATA-2', 'EMA-1', 'MKT-1']);
    expect(march.epics[0]).toEqual(['CRM-1', 'indeterminate', null, '2026-05-31']);
    expect(march.dependencies.map(([a, b]) => `${a}>${b}`)).toEqual(['CRM-2>MKT-1', 'DATA-1>CRM-1', 'DATA-2>EMA-1', 'MKT-1>DATA-2']);
    expect(march.nodes.map(([nodeId, , health]) => [nodeId, health])).toEqual([[id('c360'), 'off-track'], [id('crm0'), 'off-track'], [id('mail'), 'off-track'], [id('mktg'), 'at-risk']]);
  });

  it('keeps each epic and dependency once and the share done to three decimals', () => {
    const rollUp = { nodeId: id('c360'), epicKeys: [], progress: { todo: 2, inProgress: 0, done: 1 }, shareDone: 1 / 3, health: 'on-track' as const, reasons: { conflicts: 0, atRisk: 0, kpisBehind: 0, overdueEpics: 0 }, earliestStart: null, latestDue: null, slipDays: null };
    const baseline = takeBaseline({
      takenAt: 'x',
      day: calendarDate('2026-01-01'),
      epics: [epicFacts('CRM-10'), epicFacts('CRM-2'), epicFacts('CRM-2', { status: 'done' })],
      dependencies: [dependency('CRM-2', 'CRM-10', 'ok'), dependency('CRM-2', 'CRM-10', 'conflict')],
      nodes: [{ id: id('c360'), title: 'T', rollUp }],
    });
    expect(baseline.epics.map(([key, status]) => `${key}:${status}`)).toEqual(['CRM-2:done', 'CRM-10:indeterminate']);
    expect(baseline.dependencies).toEqual([['CRM-2', 'CRM-10', 'conflict']]);
    expect(baseline.nodes).toEqual([[id('c360'), 'T', 'on-track', 0.333]]);
  });
});

describe('what changed between two publications', () => {
  const diff = diffBaselines(march, april);

  it('dates the changes from the earlier publication', () => {
    expect(diff.since).toBe('2026-03-02');
  });

  it('lists the epics that slipped, largest slip first, and those pulled in', () => {
    expect(diff.slipped).toEqual([
      { key: 'DATA-1', from: '2026-03-31', to: '2026-04-30', days: 30 },
      { key: 'CRM-1', from: '2026-05-31', to: '2026-06-14', days: 14 },
    ]);
    expect(diff.pulledIn).toEqual([{ key: 'EMA-1', from: '2026-06-30', to: '2026-06-14', days: -16 }]);
  });

  it('lists epics completed since, not the new epic', () => {
    expect(diff.completed).toEqual(['CRM-2', 'DATA-2']);
  });

  it('lists new conflicts (including a dependency that appeared already in conflict) and resolved ones', () => {
    expect(diff.newConflicts).toEqual([{ blocker: 'CRM-1', blocked: 'EMA-1' }, { blocker: 'DATA-1', blocked: 'CRM-1' }]);
    expect(diff.resolvedConflicts).toEqual([{ blocker: 'DATA-2', blocked: 'EMA-1' }]);
  });

  it('lists dependencies added and removed', () => {
    expect(diff.added).toEqual([{ blocker: 'CRM-1', blocked: 'EMA-1' }]);
    expect(diff.removed).toEqual([{ blocker: 'MKT-1', blocked: 'DATA-2' }]);
  });

  it('lists the nodes whose health changed, in tree order', () => {
    // March: DATA-2 → EMA-1 in conflict (mail and above off-track), MKT-1 at risk. April: mail still off-track
    // (CRM-1 → EMA-1), Marketing's at-risk link was removed.
    expect(diff.healthChanged).toEqual([{ nodeId: id('mktg'), title: 'Title mktg', from: 'at-risk', to: 'on-track' }]);
  });

  it('finds nothing between a baseline and itself', () => {
    expect(diffBaselines(april, april)).toEqual({ since: '2026-04-06', slipped: [], pulledIn: [], completed: [], newConflicts: [], resolvedConflicts: [], added: [], removed: [], healthChanged: [] });
  });

  it('counts a removed dependency that was in conflict as resolved, and ignores a due date set or cleared', () => {
    const before: Baseline = { ...march, epics: [['CRM-1', 'new', null, null], ['CRM-2', 'new', null, calendarDate('2026-01-01')]], dependencies: [['CRM-1', 'CRM-2', 'conflict']] };
    const after: Baseline = { ...march, epics: [['CRM-1', 'new', null, calendarDate('2026-05-01')], ['CRM-2', 'new', null, null]], dependencies: [] };
    const change = diffBaselines(before, after);
    expect(change.resolvedConflicts).toEqual([{ blocker: 'CRM-1', blocked: 'CRM-2' }]);
    expect(change.removed).toEqual([{ blocker: 'CRM-1', blocked: 'CRM-2' }]);
    expect([...change.slipped, ...change.pulledIn]).toEqual([]);
  });

  it('treats keys as data, even ones named like Object members', () => {
    const before: Baseline = { ...march, epics: [['__proto__', 'new', null, calendarDate('2026-01-01')], ['constructor', 'new', null, calendarDate('2026-01-01')]], dependencies: [] };
    const after: Baseline = { ...march, epics: [['__proto__', 'done', null, calendarDate('2026-01-03')], ['constructor', 'new', null, calendarDate('2026-01-02')]], dependencies: [] };
    const change = diffBaselines(before, after);
    expect(change.slipped.map((slip) => [slip.key, slip.days])).toEqual([['__proto__', 2], ['constructor', 1]]);
    expect(change.completed).toEqual(['__proto__']);
  });
});
