import { formatMessage } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

/**
 * The matrix cell's words, in English and German. What a cell shows is also the end of its accessible name, after
 * the pair it stands for (WCAG 2.5.3: the visible label is part of the name, so a voice user can say what they see).
 */
const EN = {
  'matrix.pair': '{waiting} waits on {blocking}:',
  'matrix.unit': '{count, plural, one {dependency} other {dependencies}}',
  'matrix.none': 'no dependencies',
};

const DE: Record<keyof typeof EN, string> = {
  'matrix.pair': '{waiting} wartet auf {blocking}:',
  'matrix.unit': '{count, plural, one {Abhängigkeit} other {Abhängigkeiten}}',
  'matrix.none': 'keine Abhängigkeiten',
};

export type MatrixMessageKey = keyof typeof EN;
const TABLES: Record<Language, Record<MatrixMessageKey, string>> = { en: EN, de: DE };

export function mt(language: Language, key: MatrixMessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(language, TABLES[language][key], params);
}

/** Every key has both languages (checked by a unit test). */
export function matrixMessageTables(): Record<Language, Record<string, string>> {
  return TABLES;
}
