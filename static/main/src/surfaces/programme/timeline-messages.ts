import { formatMessage, type MessageParams } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

/** The timeline's controls, legend and names, in English and German. */
const EN = {
  'controls.label': 'Timeline navigation',
  'control.today': 'Today',
  'control.fit': 'Fit',
  'control.fitHint': 'Zoom so all shown epics fit',
  'control.previous': 'Previous conflict',
  'control.next': 'Next conflict',
  'conflict.position': 'Conflict {index} of {count}: {name}',
  'conflict.none': 'No conflict is drawn on the timeline.',
  skip: 'Skip timeline',
  'legend.title': 'Legend',
  'legend.conflict': 'Conflict (solid red arrow, days of overlap)',
  'legend.atRisk': 'At risk (dashed amber arrow)',
  'legend.cycle': 'Cycle (dotted purple)',
  'legend.critical': 'Critical path (long teal dashes)',
  'legend.resolved': 'Resolved (faded, finely dashed)',
  'legend.today': 'Today',
  'legend.progress': 'Progress: share of issues done',
  'legend.ghost': 'What-if: dates after a slip (dashed outline)',
  'bar.done': '{percent}% done',
  'bar.cycle': 'in a cycle',
  'bar.critical': 'on the critical path',
  'lane.other': 'Other ends of this stream’s dependencies',
  'ghost.name': 'What-if: {key} would run from {start} to {due}',
};

const DE: Record<keyof typeof EN, string> = {
  'controls.label': 'Navigation der Zeitachse',
  'control.today': 'Heute',
  'control.fit': 'Einpassen',
  'control.fitHint': 'So zoomen, dass alle gezeigten Epics hineinpassen',
  'control.previous': 'Vorheriger Konflikt',
  'control.next': 'Nächster Konflikt',
  'conflict.position': 'Konflikt {index} von {count}: {name}',
  'conflict.none': 'Auf der Zeitachse ist kein Konflikt gezeichnet.',
  skip: 'Zeitachse überspringen',
  'legend.title': 'Legende',
  'legend.conflict': 'Konflikt (durchgezogener roter Pfeil, Tage Überschneidung)',
  'legend.atRisk': 'Gefährdet (gestrichelter oranger Pfeil)',
  'legend.cycle': 'Zyklus (gepunktet, violett)',
  'legend.critical': 'Kritischer Pfad (lange Striche, türkis)',
  'legend.resolved': 'Erledigt (blass, fein gestrichelt)',
  'legend.today': 'Heute',
  'legend.progress': 'Fortschritt: Anteil erledigter Vorgänge',
  'legend.ghost': 'Was-wäre-wenn: Termine nach einer Verzögerung (gestrichelter Umriss)',
  'bar.done': '{percent} % erledigt',
  'bar.cycle': 'in einem Zyklus',
  'bar.critical': 'auf dem kritischen Pfad',
  'lane.other': 'Andere Enden der Abhängigkeiten dieses Streams',
  'ghost.name': 'Was-wäre-wenn: {key} liefe vom {start} bis {due}',
};

export type TimelineMessageKey = keyof typeof EN;
const TABLES: Record<Language, Record<TimelineMessageKey, string>> = { en: EN, de: DE };

/** A timeline message in the user's language (ICU-style placeholders, see i18n/format). */
export function tt(language: Language, key: TimelineMessageKey, params: MessageParams = {}): string {
  return formatMessage(language, TABLES[language][key], params);
}

export function timelineMessageTables(): Record<Language, Record<string, string>> {
  return TABLES;
}
