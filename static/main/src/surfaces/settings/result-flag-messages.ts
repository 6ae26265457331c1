import { formatMessage } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

const EN = {
  'settings.notSaved': 'Programme settings not saved',
  'publishing.notSaved': 'Publishing settings not saved',
  'catalogue.notSaved': 'Use-case catalogue not changed',
  'taxonomy.notSaved': 'Taxonomy not changed',
  'import.notImported': 'Nothing was imported',
  'import.problems': 'The file has {count, plural, one {# problem; the report under the import names its row.} other {# problems; the report under the import lists them by row.}}',
  'import.problem': 'The file has 1 problem; the report under the import names it.',
} as const;
export type ResultFlagMessageKey = keyof typeof EN;

const DE: Record<ResultFlagMessageKey, string> = {
  'settings.notSaved': 'Programmeinstellungen nicht gespeichert',
  'publishing.notSaved': 'Veröffentlichungseinstellungen nicht gespeichert',
  'catalogue.notSaved': 'Use-Case-Katalog nicht geändert',
  'taxonomy.notSaved': 'Taxonomie nicht geändert',
  'import.notImported': 'Es wurde nichts importiert',
  'import.problems': 'Die Datei hat {count, plural, one {# Problem; der Bericht unter dem Import nennt seine Zeile.} other {# Probleme; der Bericht unter dem Import nennt sie nach Zeile.}}',
  'import.problem': 'Die Datei hat 1 Problem; der Bericht unter dem Import nennt es.',
};

/** The titles of the admin pages' failure flags (the host draws them in view; the details stay next to the fields). */
export function resultFlagText(language: Language, key: ResultFlagMessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(language, (language === 'de' ? DE : EN)[key], params);
}
