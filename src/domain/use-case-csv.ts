import Papa from 'papaparse';
import { fail, ok, type Result } from './result';
import type { Taxonomy } from './taxonomy/taxonomy';
import { UseCaseSchema, isNewIdReserved, validateUseCase, type UseCase } from './use-case';
import { validationIssueParams } from './validation-issue';

/**
 * The use-case catalogue as a CSV file, as admins keep it in Excel. Documented columns (header row, any order,
 * case-insensitive); multi-valued cells separate their values with `|`:
 *
 * | column | content |
 * | --- | --- |
 * | id * | stable id, e.g. `UC-014` |
 * | title * | short name |
 * | lifecycleStage * | lifecycle term id, e.g. `buy` |
 * | userActivity | what the user does in that stage |
 * | description | the step in the customer's words ("I want to …") |
 * | userActions | the user's possible actions, `|`-separated |
 * | touchpoints | touchpoint term ids, `|`-separated |
 * | channels | channel term ids, `|`-separated |
 * | category | automation category term id |
 * | action | high-level action term id |
 * | retired | `true`/`false` (also yes/no, ja/nein, 1/0); empty = false |
 *
 * Excel in Germany writes `;` as separator, elsewhere `,`: the header row decides. A UTF-8 byte-order mark is
 * ignored; quoted cells may hold separators and line breaks.
 */
export const USE_CASE_CSV_COLUMNS = [
  'id', 'title', 'lifecycleStage', 'userActivity', 'description', 'userActions', 'touchpoints', 'channels', 'category', 'action', 'retired',
] as const;
export type UseCaseCsvColumn = (typeof USE_CASE_CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly UseCaseCsvColumn[] = ['id', 'title', 'lifecycleStage'];
const LIST_COLUMNS = new Set<UseCaseCsvColumn>(['userActions', 'touchpoints', 'channels']);
export const CSV_LIST_SEPARATOR = '|';

/** One reason a file is refused; `row` counts as a spreadsheet does (header = 1), `column` is '' for the whole file. */
export type CsvProblemCode = 'CSV_UNREADABLE' | 'CSV_COLUMN_MISSING' | 'CSV_VALUE_INVALID' | 'CSV_EMPTY' | 'USE_CASE_ID_TAKEN' | 'USE_CASE_ID_RESERVED' | 'USE_CASE_TERM_UNKNOWN';
export interface UseCaseCsvProblem {
  row: number;
  column: string;
  code: CsvProblemCode;
  params: Record<string, string | number>;
}

/** `;` when the header row uses it more than `,` (German Excel), otherwise `,`. */
export function detectSeparator(text: string): ',' | ';' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => header.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const TRUE_WORDS = new Set(['true', 'yes', 'ja', '1', 'x', 'wahr']);
const FALSE_WORDS = new Set(['', 'false', 'no', 'nein', '0', 'falsch']);
/** Export guards cells against spreadsheet formulas with a leading apostrophe; import takes it off again. */
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

function cellValue(column: UseCaseCsvColumn, raw: string): unknown {
  const text = raw.replace(FORMULA_GUARD, '').trim();
  if (LIST_COLUMNS.has(column)) return text.split(CSV_LIST_SEPARATOR).map((v) => v.trim()).filter((v) => v !== '');
  if (column === 'retired') {
    const word = text.toLowerCase();
    return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : text;
  }
  if ((column === 'category' || column === 'action') && text === '') return undefined;
  return text;
}

/**
 * Reads a whole catalogue file. All or nothing: the use cases when every row is valid (against the schema and the
 * taxonomy, ids unique within the file, no reserved id the catalogue does not already hold — `existingIds`),
 * otherwise every problem found, each naming its row and column.
 */
export function parseUseCaseCsv(input: string, taxonomy: Taxonomy, existingIds: ReadonlySet<string> = new Set()): Result<UseCase[], UseCaseCsvProblem> {
  const text = input.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter: detectSeparator(text), skipEmptyLines: 'greedy' });
  const broken = parsed.errors.filter((e) => e.type !== 'Delimiter');
  if (broken.length > 0) {
    return fail(broken.map((e) => ({ row: (e.row ?? 0) + 1, column: '', code: 'CSV_UNREADABLE' as const, params: { message: e.message } })));
  }
  const [header = [], ...records] = parsed.data;
  const byName = new Map(USE_CASE_CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns = header.map((name) => byName.get(name.replace(/^\uFEFF/, '').trim().toLowerCase()));
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) return fail(missing.map((column) => ({ row: 1, column, code: 'CSV_COLUMN_MISSING' as const, params: { column } })));
  if (records.length === 0) return fail([{ row: 2, column: '', code: 'CSV_EMPTY', params: {} }]);

  const problems: UseCaseCsvProblem[] = [];
  const useCases: UseCase[] = [];
  const rowOfId = new Map<string, number>();
  records.forEach((cells, index) => {
    const row = index + 2;
    const draft: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      if (column !== undefined) draft[column] = cellValue(column, cells[i] ?? '');
    });
    const result = UseCaseSchema.safeParse(draft);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ row, column: String(issue.path[0] ?? ''), code: 'CSV_VALUE_INVALID', params: validationIssueParams(issue) });
      }
      return;
    }
    const useCase = result.data;
    const firstRow = rowOfId.get(useCase.id);
    if (firstRow !== undefined) problems.push({ row, column: 'id', code: 'USE_CASE_ID_TAKEN', params: { useCaseId: useCase.id, firstRow } });
    if (isNewIdReserved(useCase.id, existingIds)) problems.push({ row, column: 'id', code: 'USE_CASE_ID_RESERVED', params: { useCaseId: useCase.id } });
    rowOfId.set(useCase.id, firstRow ?? row);
    for (const error of validateUseCase(useCase, taxonomy)) {
      if (error.code !== 'USE_CASE_TERM_UNKNOWN') continue;
      const column = error.field.replace(/\[\d+\]$/, '');
      problems.push({ row, column, code: error.code, params: { useCaseId: error.useCaseId, field: column, dimension: error.dimension, termId: error.termId } });
    }
    useCases.push(useCase);
  });
  return problems.length > 0 ? fail(problems) : ok(useCases);
}

/** Writes the catalogue in the documented columns, with a byte-order mark so Excel reads the umlauts as UTF-8. */
export function writeUseCaseCsv(useCases: readonly UseCase[], separator: ',' | ';' = ','): string {
  const rows = useCases.map((u) => [
    u.id, u.title, u.lifecycleStage, u.userActivity, u.description,
    u.userActions.join(CSV_LIST_SEPARATOR), u.touchpoints.join(CSV_LIST_SEPARATOR), u.channels.join(CSV_LIST_SEPARATOR),
    u.category ?? '', u.action ?? '', u.retired ? 'true' : 'false',
  ]);
  const body = Papa.unparse({ fields: [...USE_CASE_CSV_COLUMNS], data: rows }, { delimiter: separator, newline: '\r\n', escapeFormulae: true });
  return `\uFEFF${body}\r\n`;
}
