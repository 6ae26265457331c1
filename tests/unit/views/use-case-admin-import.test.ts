import type { CsvProblem } from '../../../src/contract/journey';
import { previewCsv, problemsByRow } from '../../../static/main/src/surfaces/use-case-admin/csv-import-model';
import { errorInWords } from '../../../static/main/src/surfaces/admin/error-words';

describe('the preview before an import', () => {
  it('counts the rows below the header, with a byte-order mark, German separators and a quoted line break', () => {
    const csv = '\uFEFFid;title;lifecycleStage\r\nUC-1;"Begrüßung\r\nzweite Zeile";set-up\r\n\r\nUC-2;Größe;buy\r\n';
    expect(previewCsv(csv)).toEqual({ rows: 2, separator: ';', unknownColumns: [], missingColumns: [] });
  });

  it('names the required columns that are missing and the ones the import ignores', () => {
    expect(previewCsv('ID,Title,owner\nUC-1,Welcome,me')).toEqual({ rows: 1, separator: ',', unknownColumns: ['owner'], missingColumns: ['lifecycleStage'] });
  });

  it('has nothing to preview for an empty text', () => {
    expect(previewCsv('  \n')).toBeNull();
  });
});

describe('the report of a refused import', () => {
  const problems: CsvProblem[] = [
    { row: 5, column: 'touchpoints', error: { code: 'USE_CASE_TERM_UNKNOWN', field: 'touchpoints', params: { useCaseId: 'UC-5', field: 'touchpoints', dimension: 'touchpoint', termId: 'kiosk' } } },
    { row: 3, column: 'title', error: { code: 'CSV_VALUE_INVALID', field: 'title', params: { issue: 'too_small', origin: 'string', minimum: 1, message: 'must not be empty' } } },
    { row: 5, column: 'id', error: { code: 'USE_CASE_ID_TAKEN', field: 'id', params: { useCaseId: 'UC-5', firstRow: 2 } } },
  ];

  it('groups problems by row in row order, each row in column order', () => {
    expect(problemsByRow(problems).map((r) => [r.row, r.problems.map((p) => p.column)])).toEqual([[3, ['title']], [5, ['id', 'touchpoints']]]);
  });

  it('words each reason in the admin’s language, naming the dimension as they know it', () => {
    const [, unknown] = problemsByRow(problems)[1]?.problems ?? [];
    expect(errorInWords('en', unknown!.error)).toBe('Use case UC-5: “kiosk” in touchpoints is not a term of Touchpoints.');
    expect(errorInWords('de', problems[1]!.error)).toBe('Der Wert darf nicht leer sein.');
  });
});
