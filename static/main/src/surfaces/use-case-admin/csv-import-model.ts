import Papa from 'papaparse';
import type { CsvProblem } from '../../../../../src/contract/journey';
import { USE_CASE_CSV_COLUMNS, detectSeparator } from '../../../../../src/domain/use-case-csv';

export const REQUIRED_CSV_COLUMNS: readonly string[] = ['id', 'title', 'lifecycleStage'];

export interface CsvPreview {
  /** Data rows below the header (blank lines not counted). */
  rows: number;
  separator: ',' | ';';
  /** Header cells that are not documented columns: the import ignores them. */
  unknownColumns: string[];
  missingColumns: string[];
}

/**
 * What the admin is about to import, read the way the server reads it (byte-order mark off, separator from the
 * header row). Only a preview: the server validates every row again against the taxonomy.
 */
export function previewCsv(input: string): CsvPreview | null {
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return null;
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: 'greedy' });
  const [header = [], ...records] = parsed.data;
  const known = new Set(USE_CASE_CSV_COLUMNS.map((c) => c.toLowerCase()));
  const names = header.map((h) => h.trim());
  const present = new Set(names.map((n) => n.toLowerCase()));
  return {
    rows: records.length,
    separator,
    unknownColumns: names.filter((n) => n !== '' && !known.has(n.toLowerCase())),
    missingColumns: REQUIRED_CSV_COLUMNS.filter((c) => !present.has(c.toLowerCase())),
  };
}

export interface RowReport {
  /** The spreadsheet row: the header is row 1. */
  row: number;
  problems: Array<Pick<CsvProblem, 'column' | 'error'>>;
}

/** The import's refusals grouped by spreadsheet row, in row order, each row's columns in the file's column order. */
export function problemsByRow(problems: readonly CsvProblem[]): RowReport[] {
  const order = (column: string) => {
    const index = (USE_CASE_CSV_COLUMNS as readonly string[]).indexOf(column);
    return index < 0 ? USE_CASE_CSV_COLUMNS.length : index;
  };
  const rows = new Map<number, RowReport>();
  for (const { row, column, error } of problems) {
    const report = rows.get(row) ?? { row, problems: [] };
    report.problems.push({ column, error });
    rows.set(row, report);
  }
  return [...rows.values()]
    .sort((a, b) => a.row - b.row)
    .map((r) => ({ ...r, problems: [...r.problems].sort((a, b) => order(a.column) - order(b.column)) }));
}
