import { formatMessage } from './format';
import type { Language } from './messages';

/**
 * A zod issue the server sent as data (`validationIssueParams`), as a phrase in the user's language that completes
 * "Invalid value: …" / "Ungültiger Wert: …". zod's English `message` is never shown inside German text.
 */
type Params = Readonly<Record<string, string | number>>;
type Words = Record<Language, string>;

const LENGTH: Record<'min' | 'max', Words> = {
  min: { en: 'must be at least {minimum, plural, one {# character} other {# characters}} long', de: 'muss mindestens {minimum} Zeichen lang sein' },
  max: { en: 'must be at most {maximum, plural, one {# character} other {# characters}} long', de: 'darf höchstens {maximum} Zeichen lang sein' },
};
const ENTRIES: Record<'min' | 'max', Words> = {
  min: { en: 'must list at least {minimum, plural, one {# entry} other {# entries}}', de: 'muss mindestens {minimum, plural, one {# Eintrag} other {# Einträge}} enthalten' },
  max: { en: 'may list at most {maximum, plural, one {# entry} other {# entries}}', de: 'darf höchstens {maximum, plural, one {# Eintrag} other {# Einträge}} enthalten' },
};
const SIZE: Record<'min' | 'max', Words> = {
  min: { en: 'must be at least {minimum}', de: 'muss mindestens {minimum} sein' },
  max: { en: 'must be at most {maximum}', de: 'darf höchstens {maximum} sein' },
};
const EMPTY: Words = { en: 'must not be empty', de: 'darf nicht leer sein' };
const FORMATS = new Map<string, Words>([
  ['email', { en: 'must be an email address', de: 'muss eine E-Mail-Adresse sein' }],
  ['url', { en: 'must be a web address', de: 'muss eine Webadresse sein' }],
  ['date', { en: 'must be a date (YYYY-MM-DD)', de: 'muss ein Datum sein (JJJJ-MM-TT)' }],
  ['datetime', { en: 'must be a date and time', de: 'muss ein Datum mit Uhrzeit sein' }],
]);
const OTHER_FORMAT: Words = { en: 'does not have the expected form', de: 'hat nicht die erwartete Form' };
const ONE_OF: Words = { en: 'must be one of: {values}', de: 'muss einer dieser Werte sein: {values}' };
const WRONG_KIND: Words = { en: 'is missing or of the wrong kind', de: 'fehlt oder hat die falsche Art' };
const UNKNOWN_FIELDS: Words = { en: 'contains fields that are not allowed', de: 'enthält nicht zulässige Felder' };
const INVALID: Words = { en: 'is not valid', de: 'ist ungültig' };

/** The app's own rules (custom messages on its schemas): zod's English message → the words in both languages. */
const CUSTOM = new Map<string, Words>([
  ['must not be empty', EMPTY],
  ['expected a calendar date YYYY-MM-DD', { en: 'must be a date (YYYY-MM-DD)', de: 'muss ein Datum sein (JJJJ-MM-TT)' }],
  ['expected an issue key such as CRM-12', { en: 'must be an issue key such as CRM-12', de: 'muss ein Vorgangsschlüssel wie CRM-12 sein' }],
  ['expected a colour such as #0c66e4', { en: 'must be a colour such as #0c66e4', de: 'muss eine Farbe wie #0c66e4 sein' }],
  ['expected a link starting with https://', { en: 'must be a link starting with https://', de: 'muss ein Link sein, der mit https:// beginnt' }],
  ['expected a time such as 14:30', { en: 'must be a time such as 14:30', de: 'muss eine Uhrzeit wie 14:30 sein' }],
  ['unknown time zone: expected an IANA name such as Europe/Berlin', { en: 'must be a time zone such as Europe/Berlin', de: 'muss eine Zeitzone wie Europe/Berlin sein' }],
  ['an issue cannot wait on itself', { en: 'is the same issue: an issue cannot wait on itself', de: 'ist derselbe Vorgang: Ein Vorgang kann nicht auf sich selbst warten' }],
  ['choose at least one term to add or remove', { en: 'must name at least one term to add or remove', de: 'muss mindestens einen Begriff zum Hinzufügen oder Entfernen nennen' }],
  ['choose at least one link type', { en: 'must name at least one link type', de: 'muss mindestens einen Verknüpfungstyp nennen' }],
  ['at least one section must stay active', { en: 'must keep at least one section active', de: 'muss mindestens einen Abschnitt aktiv lassen' }],
  ['give either issueKeys or jql', { en: 'must give either issue keys or a JQL query', de: 'muss entweder Vorgangsschlüssel oder eine JQL-Abfrage angeben' }],
  ['the file is empty', { en: 'is empty', de: 'ist leer' }],
]);
const PATTERNS: ReadonlyArray<readonly [RegExp, Words]> = [
  [/^expected an? (?:\w+ )?id such as (?<example>\S+)$/, { en: 'must be an id such as {example}', de: 'muss eine ID wie {example} sein' }],
  [/^expected lowercase letters, digits and dashes \(at most (?<max>\d+)\)$/, { en: 'may contain only lowercase letters, digits and dashes (at most {max})', de: 'darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten (höchstens {max})' }],
  [/^expected letters, digits, dot, dash or underscore \(at most (?<max>\d+)\)$/, { en: 'may contain only letters, digits, dots, dashes and underscores (at most {max})', de: 'darf nur Buchstaben, Ziffern, Punkte, Binde- und Unterstriche enthalten (höchstens {max})' }],
];

function custom(message: string): { words: Words; params: Params } | undefined {
  const known = CUSTOM.get(message);
  if (known) return { words: known, params: {} };
  for (const [pattern, words] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return { words, params: { ...match.groups } };
  }
  return undefined;
}

function words(params: Params): Words {
  const origin = String(params.origin ?? '');
  const bound = (which: 'min' | 'max'): Words => {
    if (origin === 'string') return which === 'min' && params.minimum === 1 ? EMPTY : LENGTH[which];
    if (origin === 'array' || origin === 'set') return ENTRIES[which];
    return SIZE[which];
  };
  switch (params.issue) {
    case 'too_small':
      return bound('min');
    case 'too_big':
      return bound('max');
    case 'invalid_format':
      return FORMATS.get(String(params.format)) ?? OTHER_FORMAT;
    case 'invalid_value':
      return ONE_OF;
    case 'invalid_type':
      return WRONG_KIND;
    case 'unrecognized_keys':
      return UNKNOWN_FIELDS;
    default:
      return INVALID;
  }
}

/** "must not be empty" / "darf nicht leer sein". */
export function validationText(language: Language, params: Params): string {
  const own = custom(String(params.message ?? ''));
  if (own) return formatMessage(language, own.words[language], own.params);
  return formatMessage(language, words(params)[language], params);
}
