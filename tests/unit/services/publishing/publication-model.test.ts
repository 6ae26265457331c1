import { publicationModel } from '../../../../src/services/publishing/publication-model';
import { hostileInput } from '../../views/confluence/publication-fixture';

/**
 * The fixture: CRM-1 (due 1 Feb) blocks WEB-1 (starts 20 Jan) — a 12-day conflict; WEB-1 blocks APP-1 (done);
 * CRM-2 was due on 10 Jan and is overdue on 15 Jan.
 */
describe('the publication model', () => {
  const model = publicationModel(hostileInput());
  const stream = (id: string) => {
    const found = model.streams.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no stream ${id}`);
    return found;
  };

  it('sorts a stream' + "'" + 's epics by due date and rolls up their issues, dates and health', () => {
    const crm = stream('crm');
    expect(crm.epics.map((epic) => epic.key)).toEqual(['CRM-2', 'CRM-1']);
    expect(crm.progress).toEqual({ todo: 0, inProgress: 2, done: 1 });
    expect(crm.shareDone).toBeCloseTo(1 / 3);
    expect([crm.earliestStart, crm.latestDue]).toEqual(['2026-01-01', '2026-02-01']);
    expect(crm.health).toBe('off-track');
    expect(crm.reasons).toEqual({ conflicts: 1, atRisk: 0, kpisBehind: 0, overdueEpics: 1 });
    expect(stream('app').health).toBe('on-track');
  });

  it('lists the dependencies a stream waits on and those waiting on it, in both directions', () => {
    const pair = (line: { blocker: { key: string }; blocked: { key: string }; status: string }) => `${line.blocker.key}->${line.blocked.key}:${line.status}`;
    expect(stream('web').waitsOn.map(pair)).toEqual(['CRM-1->WEB-1:conflict']);
    expect(stream('web').waitedOnBy.map(pair)).toEqual(['WEB-1->APP-1:ok']);
    expect(stream('crm').waitedOnBy.map(pair)).toEqual(['CRM-1->WEB-1:conflict']);
    expect(stream('crm').waitsOn).toEqual([]);
    expect(stream('web').topConflicts.map(pair)).toEqual(['CRM-1->WEB-1:conflict']);
    expect(stream('web').topConflicts[0]?.overlapDays).toBe(12);
    expect(stream('app').topConflicts).toEqual([]);
  });

  it('takes each stream' + "'" + 's touchpoint coverage from the coverage report, in the page' + "'" + 's language', () => {
    expect(stream('crm').coverage).toMatchObject({ touched: 2, total: 3 });
    expect(stream('app').coverage).toBeNull();
    const german = publicationModel(hostileInput({ publishing: { language: 'de', pageTypes: { rollUp: true, streams: true, strategy: true } } }));
    expect(german.streams[0]?.coverage?.touchpoints.map((touchpoint) => touchpoint.label)).toEqual(['Webseite', 'E-Mail']);
  });

  it('counts the programme' + "'" + 's health over every stream and the strategy tree', () => {
    expect(model.health.overall).toBe('off-track');
    expect(model.health.dependencies).toEqual({ conflict: 1, 'at-risk': 0, 'missing-dates': 0, ok: 1, resolved: 0 });
    expect(model.health.epics).toBe(4);
    expect(model.health.progress).toEqual({ todo: 0, inProgress: 3, done: 2 });
    expect(model.health.reasons.overdueEpics).toBe(1);
  });

  it('lists the strategy tree depth first with outline numbers, owners, KPI standings and the node' + "'" + 's own epics', () => {
    expect(model.strategy.map((node) => [node.id, node.outline.join('.'), node.parentId])).toEqual([
      ['n-root1', '1', null], ['n-crm01', '1.1', 'n-root1'], ['n-mail1', '1.1.1', 'n-crm01'], ['n-crm02', '1.2', 'n-root1'],
    ]);
    const root = model.strategy[0];
    expect(root?.kpis.map((entry) => entry.standing)).toEqual(['behind', 'met']);
    expect(root?.epics.map((epic) => epic.key)).toEqual(['CRM-1']);
    expect(root?.rollUp?.epicKeys).toEqual(expect.arrayContaining(['CRM-1', 'CRM-2', 'WEB-1']));
    expect(model.strategy[3]?.owner).toEqual({ accountId: 'acc-lena', displayName: 'Lena <Lead>' });
  });

  it('adds the epics a node' + "'" + 's JQL found to the ones picked by key', () => {
    const withJql = publicationModel(hostileInput({ jqlMatches: new Map([['n-mail1', ['APP-1', 'NOPE-1']]]) }));
    expect(withJql.strategy.find((node) => node.id === 'n-mail1')?.epics.map((epic) => epic.key)).toEqual(['APP-1']);
  });

  it('gives no titles to page types that are switched off', () => {
    const off = publicationModel(hostileInput({ publishing: { language: 'en', pageTypes: { rollUp: false, streams: false, strategy: false } } }));
    expect(off.titles).toEqual({ rollUp: null, strategyTree: null });
    expect(off.streams.every((facts) => facts.pageTitle === null)).toBe(true);
    expect(off.strategy.every((node) => node.pageTitle === null)).toBe(true);
  });
});
