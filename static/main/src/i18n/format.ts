import type { Language } from './messages';

/**
 * Messages are ICU-style templates, kept as plain strings so every table stays `Record<key, string>`:
 *   `{name}`                                   the parameter; a number in the language's digits ("1.234")
 *   `{count, plural, one {# day} other {# days}}`  the form `Intl.PluralRules` picks; `#` is the number
 *   `{count, plural, =0 {none} other {…}}`     an exact value wins over the plural category
 *   `{due, date}`                              a Jira calendar date (YYYY-MM-DD) as the language writes it
 * A parameter that was not given stays as `{name}` (or the `missing` text), so a slip shows instead of vanishing.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The locale whose conventions each language follows (British English: "30 Jun 2026", day before month). */
export const LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function pluralCategory(language: Language, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(LOCALE[language])));
  return rules.select(count);
}

/** The singular or plural of two forms, as `Intl.PluralRules` of the language picks it for `count`. */
export function pluralForm<T>(language: Language, count: number, forms: { one: T; other: T }): T {
  return pluralCategory(language, count) === 'one' ? forms.one : forms.other;
}

/** A number as the language writes it: "1,234.5" / "1.234,5". */
export function formatNumber(language: Language, value: number): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 1 })));
  return format.format(value);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A Jira calendar date as the language writes it ("30 Jun 2026", "30. Juni 2026"); the day never shifts with time zones. */
export function formatCalendarDate(language: Language, date: string, month: 'short' | 'long' = 'short'): string {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return date;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month, year: 'numeric' }).format(day);
}

/** The index of the `}` closing the `{` at `open`, or -1 when the braces do not balance. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && (depth -= 1) === 0) return i;
  }
  return -1;
}

/** `one {…} other {…}` → the branches by selector, in order. */
function pluralBranches(options: string): Map<string, string> | null {
  const branches = new Map<string, string>();
  let rest = options.trim();
  while (rest) {
    const match = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!match?.[1]) return null;
    const open = match[0].length - 1;
    const close = closingBrace(rest, open);
    if (close < 0) return null;
    branches.set(match[1], rest.slice(open + 1, close));
    rest = rest.slice(close + 1).trim();
  }
  return branches.has('other') ? branches : null;
}

interface Options {
  /** The text of a parameter that was not given; `{name}` when undefined. */
  missing?: string;
  /** Inside a plural branch: the number `#` stands for. */
  hash?: string;
}

function argument(language: Language, body: string, params: MessageParams, options: Options): string | null {
  const [name = '', type, ...rest] = body.split(',');
  const key = name.trim();
  if (!/^\w+$/.test(key)) return null;
  const given = Object.hasOwn(params, key) ? params[key] : undefined;
  if (given === undefined) return options.missing ?? `{${key}}`;
  const kind = type?.trim();
  if (kind === undefined) return typeof given === 'number' ? formatNumber(language, given) : given;
  if (kind === 'number') return typeof given === 'number' ? formatNumber(language, given) : given;
  if (kind === 'date') return formatCalendarDate(language, String(given));
  if (kind !== 'plural') return null;
  const count = Number(given);
  const branches = pluralBranches(rest.join(','));
  if (!branches || Number.isNaN(count)) return null;
  const branch = branches.get(`=${count}`) ?? branches.get(pluralCategory(language, count)) ?? branches.get('other') ?? '';
  return fill(language, branch, params, { ...options, hash: formatNumber(language, count) });
}

function fill(language: Language, template: string, params: MessageParams, options: Options): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const char = template[i] as string;
    if (char === '#' && options.hash !== undefined) {
      out += options.hash;
      i += 1;
      continue;
    }
    const close = char === '{' ? closingBrace(template, i) : -1;
    const text = close > 0 ? argument(language, template.slice(i + 1, close), params, options) : null;
    if (text === null) {
      out += char; // not an argument (a lone brace, an unknown form): shown as written
      i += 1;
      continue;
    }
    out += text;
    i = close + 1;
  }
  return out;
}

/** A message template with its parameters filled in, plural forms chosen and numbers and dates in the language's way. */
export function formatMessage(language: Language, template: string, params: MessageParams = {}, missing?: string): string {
  return fill(language, template, params, missing === undefined ? {} : { missing });
}

/** The parameter names a template uses (sorted, once each): the same in both languages, or a translation is broken. */
export function parameterNames(template: string): string[] {
  const names = new Set<string>();
  const walk = (text: string): void => {
    for (let i = 0; i < text.length; i += 1) {
      const close = text[i] === '{' ? closingBrace(text, i) : -1;
      if (close < 0) continue;
      const [name = '', type, ...rest] = text.slice(i + 1, close).split(',');
      if (/^\s*\w+\s*$/.test(name)) names.add(name.trim());
      if (type?.trim() === 'plural') for (const branch of pluralBranches(rest.join(','))?.values() ?? []) walk(branch);
      i = close;
    }
  };
  walk(template);
  return [...names].sort();
}
