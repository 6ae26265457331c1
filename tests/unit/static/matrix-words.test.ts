/** The matrix cell's words: singular and plural in both languages, and a German line for every English one. */
import { matrixMessageTables, mt } from '../../../static/main/src/surfaces/programme/matrix-messages';

describe('the matrix cell words', () => {
  it('says one dependency, or several, in English and German', () => {
    expect([1, 3].map((count) => mt('en', 'matrix.unit', { count }))).toEqual(['dependency', 'dependencies']);
    expect([1, 3].map((count) => mt('de', 'matrix.unit', { count }))).toEqual(['Abhängigkeit', 'Abhängigkeiten']);
  });

  it('names the pair before what the cell shows', () => {
    expect(mt('de', 'matrix.pair', { waiting: 'Kommunikation', blocking: 'Daten' })).toBe('Kommunikation wartet auf Daten:');
  });

  it('has every key in both languages', () => {
    const { en, de } = matrixMessageTables();
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });
});
