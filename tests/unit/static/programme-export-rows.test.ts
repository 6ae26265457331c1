/**
 * The exported dependency list: one row per dependency as shown, headers in the user's language, an end the viewer
 * may not browse written as "hidden" (never its key, summary or dates), and text a spreadsheet would run defused.
 */
import type { DependencyView, EndView } from '../../../src/contract/programme';
import { defuseCell, exportFileName, exportTable } from '../../../static/main/src/surfaces/programme/export-rows';

const streams = [
  { id: 'data', name: 'Data', jql: 'project = DATA', ownerAccountId: null, colour: '#000000' },
  { id: 'com', name: '=Commerce', jql: 'project = COM', ownerAccountId: null, colour: '#000000' },
] as never;

const end = (key: string, streamId: string, rest: Partial<EndView> = {}): EndView =>
  ({ hidden: false, key, summary: `Summary of ${key}`, streamId, external: false, statusCategory: 'indeterminate', startDate: '2026-03-01', dueDate: '2026-05-31', ...rest }) as EndView;

const dependency = (rest: Partial<DependencyView>): DependencyView =>
  ({
    id: 'd1', blocker: end('DATA-2', 'data'), blocked: end('COM-2', 'com'), crossStream: true, status: 'conflict', slackDays: null, overlapDays: 108,
    blockerOverdue: false, inCycle: false, onCriticalPath: false, evidence: [{ linkId: '10001', type: 'Blocks', blocker: 'DATA-2', blocked: 'COM-2' }], hiddenEvidence: 0, ...rest,
  }) as DependencyView;

describe('the exported dependency list', () => {
  it('writes a conflict row with both ends, the dates, the overlap and the link ids', () => {
    const table = exportTable('en', streams, [dependency({})]);
    expect(table.header).toEqual([
      'Blocker key', 'Blocker summary', 'Blocker stream', 'Blocker due', 'Waiting key', 'Waiting summary', 'Waiting stream', 'Waiting start',
      'Status', 'Overlap (days)', 'Slack (days)', 'Cross-stream', 'Jira link ids',
    ]);
    expect(table.rows).toEqual([['DATA-2', 'Summary of DATA-2', 'Data', '2026-05-31', 'COM-2', 'Summary of COM-2', '=Commerce', '2026-03-01', 'Conflict', 108, null, 'yes', '10001']]);
  });

  it('keeps the order it is given, and writes slack where there is no overlap', () => {
    const rows = exportTable('en', streams, [dependency({ id: 'b', status: 'ok', overlapDays: null, slackDays: 12, evidence: [] }), dependency({ id: 'a' })]).rows;
    expect(rows.map((row) => row[8])).toEqual(['OK', 'Conflict']);
    expect(rows[0]?.slice(9)).toEqual([null, 12, 'yes', '']);
  });

  it('writes an end the viewer may not browse as hidden, with its stream and nothing else', () => {
    const hidden = { hidden: true, streamId: 'data', external: false } as EndView;
    const row = exportTable('de', streams, [dependency({ blocker: hidden, overlapDays: null, slackDays: null, status: 'missing-dates' })]).rows[0] ?? [];
    expect(row.slice(0, 4)).toEqual(['verborgen', '', 'Data', null]);
    expect(JSON.stringify(row)).not.toContain('DATA-2');
  });

  it('has German headers in German', () => {
    expect(exportTable('de', streams, []).header.slice(0, 2)).toEqual(['Blockierer Schlüssel', 'Blockierer Zusammenfassung']);
  });

  it('defuses text a spreadsheet would run as a formula, and leaves numbers and plain text alone', () => {
    expect(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', 'DATA-2', 108, null].map(defuseCell)).toEqual(["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", 'DATA-2', 108, null]);
  });

  it('names the file by the day', () => {
    expect(exportFileName('2026-11-30', 'csv')).toBe('programme-dependencies-2026-11-30.csv');
    expect(exportFileName('2026-11-30', 'xlsx')).toBe('programme-dependencies-2026-11-30.xlsx');
  });
});

describe('the Coverage tab under the journey filter', () => {
  const term = (id: string) => ({ id, labels: { en: id, de: id }, retired: false });
  const cell = (touchpointId: string, count: number) => ({ touchpointId, count, shareDone: 0.5, jql: `tp = ${touchpointId}` });
  const view = {
    touchpoints: [term('web'), term('app'), term('shop')],
    lifecycles: [term('explore'), term('buy')],
    heatmap: [{ streamId: 'data', cells: [cell('web', 1), cell('app', 2), cell('shop', 3)] }],
    lifecycleMatrix: [
      { lifecycleId: 'explore', cells: [cell('web', 4), cell('app', 5), cell('shop', 6)] },
      { lifecycleId: 'buy', cells: [cell('web', 7), cell('app', 8), cell('shop', 9)] },
    ],
    useCasesWithoutWork: [{ id: 'UC-1', title: 'One', lifecycleStage: 'explore', jql: '' }, { id: 'UC-2', title: 'Two', lifecycleStage: 'buy', jql: '' }],
  } as never;

  it('keeps only the chosen touchpoints, stages and use cases, cell by cell', async () => {
    const { narrowCoverage } = await import('../../../static/main/src/surfaces/programme/coverage-model');
    const narrowed = narrowCoverage(view, { touchpoint: ['shop', 'web'], lifecycle: ['buy'], useCase: ['UC-2'] });
    expect(narrowed.touchpoints.map((t) => t.id)).toEqual(['web', 'shop']);
    expect(narrowed.heatmap[0]?.cells.map((c) => c.count)).toEqual([1, 3]);
    expect(narrowed.lifecycles.map((t) => t.id)).toEqual(['buy']);
    expect(narrowed.lifecycleMatrix).toEqual([{ lifecycleId: 'buy', cells: [cell('web', 7), cell('shop', 9)] }]);
    expect(narrowed.useCasesWithoutWork.map((u) => u.id)).toEqual(['UC-2']);
  });

  it('keeps everything without a journey filter', async () => {
    const { narrowCoverage } = await import('../../../static/main/src/surfaces/programme/coverage-model');
    expect(narrowCoverage(view, { touchpoint: [], lifecycle: [], useCase: [] })).toEqual(view);
  });
});
