import { formatMessage } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

/** A stream owner's field on the settings page, in English and German. */
const EN = {
  'owner.label': 'Owner (optional)',
  'owner.none': 'No owner yet.',
  'owner.search': 'Choose the owner: search by name',
  'owner.replace': 'Choose another owner: search by name',
  'owner.remove': 'Remove {name} as owner',
  'owner.unknown': 'Person {id} (name not known to Jira)',
  'owner.nameFailed': 'Jira did not tell the owner’s name ({message}); the account id is shown.',
};

const DE: Record<keyof typeof EN, string> = {
  'owner.label': 'Verantwortliche Person (optional)',
  'owner.none': 'Noch niemand verantwortlich.',
  'owner.search': 'Verantwortliche Person wählen: nach Namen suchen',
  'owner.replace': 'Andere verantwortliche Person wählen: nach Namen suchen',
  'owner.remove': '{name} als verantwortliche Person entfernen',
  'owner.unknown': 'Person {id} (Name in Jira unbekannt)',
  'owner.nameFailed': 'Jira hat den Namen der verantwortlichen Person nicht genannt ({message}); die Account-ID wird gezeigt.',
};

export type OwnerMessageKey = keyof typeof EN;
const TABLES: Record<Language, Record<OwnerMessageKey, string>> = { en: EN, de: DE };

export function ownerText(language: Language, key: OwnerMessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(language, TABLES[language][key], params);
}

/** Every key has both languages (checked by a unit test). */
export function ownerMessageTables(): Record<Language, Record<string, string>> {
  return TABLES;
}
