import { StrategyEditPayload } from '../../../src/contract/strategy';
import { StrategyNodeSchema } from '../../../src/domain/strategy/strategy-tree';
import { draftOf, draftProblems, emptyKpi, fieldsOf, parseNumber } from '../../../static/main/src/surfaces/strategy/node-draft';
import { againstTarget } from '../../../static/main/src/surfaces/strategy/kpi-words';
import { healthReason } from '../../../static/main/src/surfaces/strategy/health-words';

const node = StrategyNodeSchema.parse({
  id: 'n-crm1',
  parentId: null,
  title: 'CRM',
  epicKeys: ['CRM-1'],
  kpis: [{ id: 'k-open', name: 'Open rate', unit: '%', baseline: 18, target: 25, current: 21.5, asOf: '2026-11-02' }],
  rev: 4,
});

describe('the strategy form', () => {
  it('reads German decimal commas and refuses what is no number', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber(' 7 ')).toBe(7);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('12abc')).toBeUndefined();
    expect(parseNumber('1,2,3')).toBeUndefined();
  });

  it('marks each bad field by name and sends nothing while any is left', () => {
    const draft = { ...draftOf(node, 'Katrin'), title: '  ', conceptUrl: 'javascript:alert(1)', epicKeys: ['CRM-1', 'not a key'] };
    draft.kpis = [{ ...emptyKpi(), id: 'k-bad1', target: 'ten', asOf: '2026-02-30' }];
    const fields = draftProblems(draft).map((p) => p.field);
    expect(fields).toEqual(['title', 'conceptUrl', 'epicKeys', 'kpis.k-bad1.name', 'kpis.k-bad1.target', 'kpis.k-bad1.asOf']);
  });

  it('turns a good draft into fields the contract accepts, unchanged where nobody typed', () => {
    const draft = draftOf(node, 'Katrin');
    expect(draftProblems(draft)).toEqual([]);
    const payload = StrategyEditPayload.parse({ kind: 'update', id: node.id, baseRev: node.rev, fields: fieldsOf(draft) });
    const { id: _id, parentId: _parentId, rev: _rev, ...stored } = node;
    expect(payload.kind === 'update' ? payload.fields : null).toEqual(stored);
  });
});

describe('words for figures', () => {
  it('says how a KPI stands against its target, either direction', () => {
    expect(againstTarget('en', node.kpis[0]!)).toBe('Behind by 3.5 %');
    expect(againstTarget('de', node.kpis[0]!)).toBe('Rückstand 3,5 %');
    expect(againstTarget('en', { ...node.kpis[0]!, higherIsBetter: false })).toBe('Target met');
    expect(againstTarget('en', { ...node.kpis[0]!, current: null })).toBe('Not measured');
  });

  it('gives the reasons of a health in words, counted, in both languages', () => {
    const reasons = { conflicts: 2, atRisk: 0, kpisBehind: 1, overdueEpics: 0 };
    expect(healthReason('en', 'off-track', reasons)).toBe('2 conflicts, 1 KPI behind target');
    expect(healthReason('de', 'off-track', reasons)).toBe('2 Konflikte, 1 KPI hinter dem Ziel');
    expect(healthReason('en', 'unknown', { conflicts: 0, atRisk: 0, kpisBehind: 0, overdueEpics: 0 })).toBe('no epics or measured KPIs to judge by');
  });
});
