import { formatMessage } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import { MEETING_DE, MEETING_EN } from './meeting-messages';
import { OVERVIEW_DE, OVERVIEW_EN } from './overview-messages';
import { SERIES_DE, SERIES_EN } from './series-messages';
import { TRIAGE_DE, TRIAGE_EN } from './triage-messages';

const EN = { ...OVERVIEW_EN, ...SERIES_EN, ...MEETING_EN, ...TRIAGE_EN };
const DE: Record<keyof typeof EN, string> = { ...OVERVIEW_DE, ...SERIES_DE, ...MEETING_DE, ...TRIAGE_DE };
const TABLES = { en: EN, de: DE };
export type RoundTableMessageKey = keyof typeof EN;

/** A round-table message in the user's language, with `{name}` placeholders filled in. */
export function rt(language: Language, key: RoundTableMessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(language, TABLES[language][key], params);
}

/** Every key has both languages (the DE tables are typed by the EN keys). */
export function roundTableMessageTables(): Record<Language, Record<string, string>> {
  return TABLES;
}
