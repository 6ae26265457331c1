import { format, parse } from 'date-fns';
import { de, enGB } from 'date-fns/locale';
import { ENGLISH, type Language, type NounKey, type Vocabulary, type WordKey } from './words';
import { GERMAN } from './words-de';

/**
 * How a page says things in its language: words with placeholders, counted nouns (Intl.PluralRules), dates
 * (date-fns: `30 Nov 2026` / `30.11.2026`), numbers and shares. Everything returned is plain text; the element
 * helpers escape it where it lands.
 */
export interface Speaker {
  language: Language;
  say(key: WordKey, params?: Readonly<Record<string, string | number>>): string;
  /** "1 epic", "3 epics" / "1 Epic", "3 Epics". */
  count(n: number, noun: NounKey): string;
  /** A calendar day `YYYY-MM-DD` in the page's language; anything else is shown as it came. */
  date(day: string): string;
  number(n: number): string;
  /** A share 0..1 as a whole percentage: `45%` / `45 %`. */
  percent(share: number): string;
}

const LOCALES = { en: 'en-GB', de: 'de-DE' } as const;
const DATE_PATTERNS = { en: 'd MMM yyyy', de: 'dd.MM.yyyy' } as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;
/** A fixed reference for parsing: parse() needs one, and it must not be the clock (rendering is deterministic). */
const REFERENCE = new Date(2000, 0, 1);

export function speakerFor(language: Language): Speaker {
  const vocabulary: Vocabulary = language === 'de' ? GERMAN : ENGLISH;
  const plural = new Intl.PluralRules(LOCALES[language]);
  const numbers = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 });
  const percents = new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 });
  const dateLocale = language === 'de' ? de : enGB;
  const speaker: Speaker = {
    language,
    say: (key, params = {}) =>
      // One pass over the template: a value that itself contains `{x}` is never substituted again.
      vocabulary.words[key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole)),
    count: (n, noun) => {
      const forms = vocabulary.nouns[noun];
      return `${numbers.format(n)} ${plural.select(n) === 'one' ? forms.one : forms.other}`;
    },
    date: (day) => {
      // An instant (a baseline's takenAt) is named by its UTC day.
      const calendarDay = INSTANT.test(day) ? day.slice(0, 10) : day;
      if (!DAY.test(calendarDay)) return day;
      const parsed = parse(calendarDay, 'yyyy-MM-dd', REFERENCE);
      return Number.isNaN(parsed.getTime()) ? day : format(parsed, DATE_PATTERNS[language], { locale: dateLocale });
    },
    number: (n) => numbers.format(n),
    percent: (share) => percents.format(share),
  };
  return speaker;
}
