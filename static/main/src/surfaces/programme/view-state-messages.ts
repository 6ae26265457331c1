import { formatMessage } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

/** Words for the shareable view: the count filters, export, print and the coverage tab's filter note (EN/DE). */
const EN = {
  'only.cross-stream': 'Across streams only',
  'only.cycle': 'Dependencies in cycles only',
  'export.label': 'Export the list',
  'export.csv': 'Export CSV',
  'export.xlsx': 'Export Excel',
  'export.busy': 'Preparing the file…',
  'export.failed': 'The file could not be made: {message}',
  'export.sheet': 'Dependencies',
  'col.blockerKey': 'Blocker key',
  'col.blockerSummary': 'Blocker summary',
  'col.blockerStream': 'Blocker stream',
  'col.blockerDue': 'Blocker due',
  'col.waitingKey': 'Waiting key',
  'col.waitingSummary': 'Waiting summary',
  'col.waitingStream': 'Waiting stream',
  'col.waitingStart': 'Waiting start',
  'col.status': 'Status',
  'col.overlapDays': 'Overlap (days)',
  'col.slackDays': 'Slack (days)',
  'col.crossStream': 'Cross-stream',
  'col.evidence': 'Jira link ids',
  'value.hidden': 'hidden',
  'value.external': 'outside the programme',
  'value.yes': 'yes',
  'value.no': 'no',
  'print.button': 'Print',
  'print.filter': 'Filter: {filter}',
  'print.noFilter': 'Filter: none (the whole programme)',
  'print.asOf': 'Snapshot: {when}',
  'print.timeline': 'Timeline',
  'print.matrix': 'Stream matrix',
  'filter.summary.status': 'status {value}',
  'filter.summary.stream': 'stream {value}',
  'filter.summary.text': 'text “{value}”',
  'filter.summary.terms': '{count, plural, one {# journey term} other {# journey terms}}',
  'coverage.filtered': 'Shown for the filter above: {filter}.',
  'coverage.unfiltered': 'Shown for the whole programme; the stream and journey filters above narrow it.',
  'coverage.noStreams': 'No stream of the programme matches the filter.',
} as const;

const DE: Record<keyof typeof EN, string> = {
  'only.cross-stream': 'Nur Stream-übergreifende',
  'only.cycle': 'Nur Abhängigkeiten in Zyklen',
  'export.label': 'Liste exportieren',
  'export.csv': 'Als CSV exportieren',
  'export.xlsx': 'Als Excel exportieren',
  'export.busy': 'Die Datei wird erstellt …',
  'export.failed': 'Die Datei ließ sich nicht erstellen: {message}',
  'export.sheet': 'Abhängigkeiten',
  'col.blockerKey': 'Blockierer Schlüssel',
  'col.blockerSummary': 'Blockierer Zusammenfassung',
  'col.blockerStream': 'Blockierer Stream',
  'col.blockerDue': 'Blockierer fällig',
  'col.waitingKey': 'Wartend Schlüssel',
  'col.waitingSummary': 'Wartend Zusammenfassung',
  'col.waitingStream': 'Wartend Stream',
  'col.waitingStart': 'Wartend Beginn',
  'col.status': 'Status',
  'col.overlapDays': 'Überschneidung (Tage)',
  'col.slackDays': 'Puffer (Tage)',
  'col.crossStream': 'Stream-übergreifend',
  'col.evidence': 'Jira-Verknüpfungs-IDs',
  'value.hidden': 'verborgen',
  'value.external': 'außerhalb des Programms',
  'value.yes': 'ja',
  'value.no': 'nein',
  'print.button': 'Drucken',
  'print.filter': 'Filter: {filter}',
  'print.noFilter': 'Filter: keiner (das ganze Programm)',
  'print.asOf': 'Stand: {when}',
  'print.timeline': 'Zeitleiste',
  'print.matrix': 'Stream-Matrix',
  'filter.summary.status': 'Status {value}',
  'filter.summary.stream': 'Stream {value}',
  'filter.summary.text': 'Text „{value}“',
  'filter.summary.terms': '{count, plural, one {# Journey-Begriff} other {# Journey-Begriffe}}',
  'coverage.filtered': 'Gezeigt für den Filter oben: {filter}.',
  'coverage.unfiltered': 'Gezeigt für das ganze Programm; die Stream- und Journey-Filter oben grenzen es ein.',
  'coverage.noStreams': 'Kein Stream des Programms passt zum Filter.',
};

export type ViewStateMessageKey = keyof typeof EN;
const TABLES: Record<Language, Record<ViewStateMessageKey, string>> = { en: EN, de: DE };

export function vt(language: Language, key: ViewStateMessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(language, TABLES[language][key], params);
}

/** Every key has both languages (checked by a unit test). */
export function viewStateMessageTables(): Record<Language, Record<string, string>> {
  return TABLES;
}
