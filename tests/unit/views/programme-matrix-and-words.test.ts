/**
 * The matrix grid (every pair of streams, coloured by its worst dependency), the create form's check, and the
 * words a user or a screen reader gets: the accessible name of an arrow, and a German line for every English one.
 */
import { cellSeverity, matrixGrid } from '../../../static/main/src/surfaces/programme/matrix-model';
import { dependencyName } from '../../../static/main/src/surfaces/programme/labels';
import { parameterNames } from '../../../static/main/src/i18n/format';
import { messageTables } from '../../../static/main/src/surfaces/programme/messages';
import { checkNewDependency } from '../../../static/main/src/surfaces/programme/new-dependency';
import { blocks, dependencyOf, epic, programmeView, stream } from './programme-fixture';

const view = programmeView({
  streams: [stream('com', 'Communication'), stream('data', 'Data'), stream('mi', 'Marketing intelligence')],
  items: [
    epic('DATA-2', { start: '2026-01-01', due: '2026-09-30' }),
    epic('COM-2', { start: '2026-06-14', due: '2026-12-31' }),
    epic('COM-3', { start: '2026-10-02', due: '2026-12-31' }),
    epic('MI-1', { start: '2026-10-30', due: '2026-12-31' }),
  ],
  links: [blocks('DATA-2', 'COM-2'), blocks('DATA-2', 'COM-3'), blocks('DATA-2', 'MI-1')],
  hiddenProjects: ['MI'],
});

describe('the matrix grid', () => {
  const grid = matrixGrid(view.streams, view.matrix);

  it('has a row and a column for every stream, in the settings order, empty pairs included', () => {
    expect(grid.map((row) => [row.waiting.id, row.cells.map((c) => c.blocking.id)])).toEqual([
      ['com', ['com', 'data', 'mi']],
      ['data', ['com', 'data', 'mi']],
      ['mi', ['com', 'data', 'mi']],
    ]);
  });

  it('colours a cell by its worst dependency and shows the worst overlap', () => {
    const comWaitsOnData = grid[0]?.cells[1];
    expect([comWaitsOnData?.severity, comWaitsOnData?.cell?.count, comWaitsOnData?.cell?.conflicts, comWaitsOnData?.cell?.worstOverlapDays]).toEqual(['conflict', 2, 1, 108]);
    expect(grid[2]?.cells[1]?.severity).toBe('ok');
    expect(grid[1]?.cells[0]?.severity).toBe('none');
    expect(cellSeverity({ waitingStreamId: 'a' as never, blockingStreamId: 'b' as never, count: 2, conflicts: 0, atRisk: 1, worstOverlapDays: null })).toBe('at-risk');
  });

  it('marks the diagonal (dependencies inside one stream)', () => {
    expect(grid.map((row, i) => row.cells[i]?.diagonal)).toEqual([true, true, true]);
    expect(grid[0]?.cells[1]?.diagonal).toBe(false);
  });
});

describe('accessible names', () => {
  it('names a conflict arrow with both keys, the status and the overlap, in English and German', () => {
    const conflict = dependencyOf(view, 'DATA-2->COM-2');
    expect(dependencyName('en', conflict)).toBe('DATA-2 blocks COM-2: conflict, 108 days overlap');
    expect(dependencyName('de', conflict)).toBe('DATA-2 blockiert COM-2: Konflikt, 108 Tage Überschneidung');
  });

  it('names an at-risk dependency with its slack, and never names a hidden end', () => {
    expect(dependencyName('en', dependencyOf(view, 'DATA-2->COM-3'))).toBe('DATA-2 blocks COM-3: at risk, 2 days slack');
    expect(dependencyName('en', dependencyOf(view, 'DATA-2->MI-1'))).toBe('DATA-2 blocks Hidden issue (no access): ok');
  });
});

describe('the create form', () => {
  it.each([
    ['data-9', ' crm-8 ', { ok: true, blockerKey: 'DATA-9', blockedKey: 'CRM-8' }],
    ['DATA-9', 'DATA-9', { ok: false, problem: 'same' }],
    ['DATA9', 'CRM-8', { ok: false, problem: 'invalid-key' }],
    ['', 'CRM-8', { ok: false, problem: 'invalid-key' }],
  ])('checks blocker %p and waiting issue %p before asking Jira', (blocker, blocked, expected) => {
    expect(checkNewDependency(blocker, blocked)).toEqual(expected);
  });
});

it('has a German line for every English one, with the same placeholders', () => {
  const { en, de } = messageTables();
  const placeholders = (text: string | undefined) => parameterNames(text ?? '');
  expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en)) expect([key, placeholders(de[key])]).toEqual([key, placeholders(en[key])]);
});
