import { formatMessage } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

/** The issue pickers and the dependency preview of "Create dependency", in English and German. */
const EN = {
  'picker.hint': 'Type a key or words of the summary, then choose with ↓ ↑ and Enter.',
  'picker.searching': 'Searching…',
  'picker.none': 'No issue you may see matches.',
  'picker.failed': 'Jira refused the search: {message}',
  'picker.epic': 'Epic',
  'picker.chosen': 'Chosen: {key} · {summary} ({type})',
  'preview.title': 'Preview',
  'preview.empty': 'Choose both issues to see whether the dependency would conflict.',
  'preview.end': '{key}',
  'preview.endViaEpic': '{key} (epic {epic})',
  'preview.due': '{end} (due {due, date})',
  'preview.starts': '{end} (starts {start, date})',
  'preview.noDue': '{end} (no due date)',
  'preview.noStart': '{end} (no start date)',
  'preview.sentence': '{blocker} blocks {blocked}: {verdict}',
  'verdict.conflict': 'conflict, {days, plural, one {# day} other {# days}} overlap',
  'verdict.at-risk': 'at risk, {days, plural, one {# day} other {# days}} of slack',
  'verdict.overdue': 'at risk, the blocker is overdue',
  'verdict.ok': 'no conflict, {days, plural, one {# day} other {# days}} of slack',
  'verdict.resolved': 'no conflict: the blocker is done',
  'verdict.missing-dates': 'cannot be judged: dates are missing',
  'preview.sameEpic': 'Both issues roll up to {epic}: a link within one epic is no dependency between epics.',
  'preview.unknown': 'Dates unknown for {keys}: the programme shows no epic of theirs, so the dependency cannot be judged here.',
};

const DE: Record<keyof typeof EN, string> = {
  'picker.hint': 'Schlüssel oder Wörter der Zusammenfassung eingeben, dann mit ↓ ↑ und Eingabe wählen.',
  'picker.searching': 'Suche läuft …',
  'picker.none': 'Kein Vorgang, den Sie sehen dürfen, passt.',
  'picker.failed': 'Jira hat die Suche abgelehnt: {message}',
  'picker.epic': 'Epic',
  'picker.chosen': 'Gewählt: {key} · {summary} ({type})',
  'preview.title': 'Vorschau',
  'preview.empty': 'Wählen Sie beide Vorgänge, um zu sehen, ob die Abhängigkeit in Konflikt stünde.',
  'preview.end': '{key}',
  'preview.endViaEpic': '{key} (Epic {epic})',
  'preview.due': '{end} (fällig {due, date})',
  'preview.starts': '{end} (Beginn {start, date})',
  'preview.noDue': '{end} (ohne Fälligkeitstermin)',
  'preview.noStart': '{end} (ohne Starttermin)',
  'preview.sentence': '{blocker} blockiert {blocked}: {verdict}',
  'verdict.conflict': 'Konflikt, {days, plural, one {# Tag} other {# Tage}} Überschneidung',
  'verdict.at-risk': 'gefährdet, {days, plural, one {# Tag} other {# Tage}} Puffer',
  'verdict.overdue': 'gefährdet, der Blocker ist überfällig',
  'verdict.ok': 'kein Konflikt, {days, plural, one {# Tag} other {# Tage}} Puffer',
  'verdict.resolved': 'kein Konflikt: der Blocker ist erledigt',
  'verdict.missing-dates': 'nicht beurteilbar: Termine fehlen',
  'preview.sameEpic': 'Beide Vorgänge gehören zu {epic}: Eine Verknüpfung innerhalb eines Epics ist keine Abhängigkeit zwischen Epics.',
  'preview.unknown': 'Termine unbekannt für {keys}: Das Programm zeigt kein Epic dazu, daher lässt sich die Abhängigkeit hier nicht beurteilen.',
};

export type IssuePickerMessageKey = keyof typeof EN;
const TABLES: Record<Language, Record<IssuePickerMessageKey, string>> = { en: EN, de: DE };

export function pickerText(language: Language, key: IssuePickerMessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(language, TABLES[language][key], params);
}

/** Every key has both languages (checked by a unit test). */
export function issuePickerMessageTables(): Record<Language, Record<string, string>> {
  return TABLES;
}
