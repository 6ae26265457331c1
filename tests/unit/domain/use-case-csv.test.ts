/**
 * The use-case catalogue CSV as admins bring it from Excel: `,` or `;` (German Excel), a UTF-8 byte-order mark,
 * umlauts, quoted cells with separators and line breaks. One bad row refuses the whole file and says where.
 */
import { defaultTaxonomy } from '../../../src/domain';
import { detectSeparator, parseUseCaseCsv, writeUseCaseCsv } from '../../../src/domain/use-case-csv';

const taxonomy = defaultTaxonomy();

function parsedOk(csv: string) {
  const result = parseUseCaseCsv(csv, taxonomy);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.value;
}

const COMMA_FILE = [
  'id,title,lifecycleStage,userActivity,description,userActions,touchpoints,channels,category,action,retired',
  'UC-101,Welcome series,explore,Reads the first mails,"I want to get to know the brand, slowly.",Open mail|Set preferences,journey-start|website,email,advanced-cj,inspire-me,',
  'UC-102,Booking confirmation,buy,,,,booking,email|sms,transactional,reassure-me,false',
].join('\r\n');

const SEMICOLON_FILE = [
  '\uFEFFid;title;lifecycleStage;userActivity;description;userActions;touchpoints;channels;category;action;retired',
  'UC-201;Begrüßungsstrecke für Neukunden;explore;Liest die ersten Mails;"Ich möchte die Marke kennenlernen;',
  'ohne überflutet zu werden.";Mail öffnen|Präferenzen setzen;journey-start;email;advanced-cj;inspire-me;nein',
  'UC-202;Störungsmeldung;usage;;;;offer-usage|customer-service;sms|push;disruptions;reassure-me;ja',
].join('\n');

describe('importing a use-case CSV', () => {
  it('reads a comma-separated file with quoted commas and `|` lists', () => {
    const [first, second] = parsedOk(COMMA_FILE);
    expect(first).toMatchObject({
      id: 'UC-101', title: 'Welcome series', lifecycleStage: 'explore', description: 'I want to get to know the brand, slowly.',
      userActions: ['Open mail', 'Set preferences'], touchpoints: ['journey-start', 'website'], channels: ['email'], retired: false,
    });
    expect(second).toMatchObject({ id: 'UC-102', channels: ['email', 'sms'], userActions: [], category: 'transactional' });
  });

  it('reads a German Excel file: BOM, `;`, umlauts and a quoted cell with a line break', () => {
    expect(detectSeparator(SEMICOLON_FILE.replace(/^\uFEFF/, ''))).toBe(';');
    const [first, second] = parsedOk(SEMICOLON_FILE);
    expect(first?.id).toBe('UC-201');
    expect(first?.title).toBe('Begrüßungsstrecke für Neukunden');
    expect(first?.description).toBe('Ich möchte die Marke kennenlernen;\nohne überflutet zu werden.');
    expect(first?.userActions).toEqual(['Mail öffnen', 'Präferenzen setzen']);
    expect(first?.retired).toBe(false);
    expect(second).toMatchObject({ id: 'UC-202', title: 'Störungsmeldung', touchpoints: ['offer-usage', 'customer-service'], retired: true });
  });

  it('accepts the columns in any order and in any case', () => {
    const [only] = parsedOk('Title,ID,LIFECYCLESTAGE\nWin-back,UC-9,leave\n');
    expect(only).toMatchObject({ id: 'UC-9', title: 'Win-back', lifecycleStage: 'leave', touchpoints: [] });
  });

  it('refuses the whole file for one bad row and names the row and the column', () => {
    const bad = COMMA_FILE.replace('booking,email|sms', 'bookingg,email|sms');
    expect(parseUseCaseCsv(bad, taxonomy)).toEqual({
      ok: false,
      errors: [{ row: 3, column: 'touchpoints', code: 'USE_CASE_TERM_UNKNOWN', params: { useCaseId: 'UC-102', field: 'touchpoints', dimension: 'touchpoint', termId: 'bookingg' } }],
    });
  });

  it('counts rows as the spreadsheet shows them even after a cell with a line break', () => {
    const bad = SEMICOLON_FILE.replace('UC-202;Störungsmeldung', 'UC-202;');
    const result = parseUseCaseCsv(bad, taxonomy);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ row: 3, column: 'title', code: 'CSV_VALUE_INVALID', params: { issue: 'too_small', origin: 'string', minimum: 1, message: 'must not be empty' } }]);
  });

  it.each([
    ['a missing required column', 'id,title\nUC-1,Welcome\n', { row: 1, column: 'lifecycleStage', code: 'CSV_COLUMN_MISSING' }],
    ['a header and no rows', 'id,title,lifecycleStage\n', { row: 2, column: '', code: 'CSV_EMPTY' }],
    ['an id used twice', 'id,title,lifecycleStage\nUC-1,A,buy\nUC-1,B,buy\n', { row: 3, column: 'id', code: 'USE_CASE_ID_TAKEN' }],
    ['a retired cell that is no yes/no', 'id,title,lifecycleStage,retired\nUC-1,A,buy,maybe\n', { row: 2, column: 'retired', code: 'CSV_VALUE_INVALID' }],
    ['an unknown lifecycle stage', 'id,title,lifecycleStage\nUC-1,A,shopping\n', { row: 2, column: 'lifecycleStage', code: 'USE_CASE_TERM_UNKNOWN' }],
    ['an unclosed quote', 'id,title,lifecycleStage\nUC-1,"A,buy\n', { column: '', code: 'CSV_UNREADABLE' }],
  ])('refuses %s', (_, csv, expected) => {
    const result = parseUseCaseCsv(csv, taxonomy);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject(expected);
  });
});

describe('exporting the catalogue', () => {
  it('writes a file that imports back unchanged, with either separator', () => {
    const useCases = parsedOk(SEMICOLON_FILE);
    for (const separator of [',', ';'] as const) {
      const csv = writeUseCaseCsv(useCases, separator);
      expect(csv.startsWith('\uFEFFid' + separator + 'title')).toBe(true);
      expect(parsedOk(csv)).toEqual(useCases);
    }
  });

  it('keeps a title starting with "=" from running as a spreadsheet formula, and reads it back as written', () => {
    const [useCase] = parsedOk('id,title,lifecycleStage\nUC-1,=HYPERLINK("x"),buy\n');
    const csv = writeUseCaseCsv(useCase ? [useCase] : []);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(parsedOk(csv)[0]?.title).toBe('=HYPERLINK("x")');
  });
});
