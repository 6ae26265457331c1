import { formatMessage, type MessageParams } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

/** The what-if panel's words, in English and German (ICU-style placeholders, see i18n/format). */
const EN = {
  title: 'What if it slips?',
  intro: 'Try a slip without changing anything in Jira.',
  epic: 'Epic',
  days: 'Slip by (days)',
  simulate: 'Simulate',
  clear: 'Clear',
  loading: 'Simulating…',
  noEpics: 'No epic with dates to try a slip on.',
  invalidDays: 'Enter whole days from 1 to {max}.',
  result: 'Result',
  slipped: '{key} would end on {due, date} instead of {was, date} ({days, plural, one {# day} other {# days}} later).',
  'changed.title': 'If nobody re-plans, these dependencies change:',
  'changed.conflict': '{blocker} → {blocked}: {before} becomes a conflict, {days, plural, one {# day} other {# days}} overlap',
  'changed.other': '{blocker} → {blocked}: {before} becomes {after}',
  'changed.none': 'No dependency changes its status.',
  'pushed.title': 'If everyone re-plans to stay conflict-free, these epics move:',
  'pushed.item': '{key} {summary}: {days, plural, one {# day} other {# days}} later, to {start, date} – {due, date}',
  'pushed.none': 'No other epic has to move.',
  hiddenWaiting: '{count, plural, one {# dependency leads to an epic you cannot see; the simulation leaves it out.} other {# dependencies lead to epics you cannot see; the simulation leaves them out.}}',
  'unscheduled.title': 'Reached, but not planned yet (no dates to move):',
  'streams.title': 'Streams pushed:',
  'streams.item': '{stream}: up to {days, plural, one {# day} other {# days}} ({epics, plural, one {# epic} other {# epics}})',
  'critical.changed': 'The critical path changes: {before} ({beforeDays, plural, one {# day} other {# days}}) becomes {after} ({afterDays, plural, one {# day} other {# days}}).',
  'critical.same': 'The critical path stays the same.',
  hiddenKey: 'hidden epic',
  cycle: 'The slip reaches a cycle: the push stops at the loop.',
};

const DE: Record<keyof typeof EN, string> = {
  title: 'Was, wenn es sich verzögert?',
  intro: 'Eine Verzögerung durchspielen, ohne in Jira etwas zu ändern.',
  epic: 'Epic',
  days: 'Verzögerung (Tage)',
  simulate: 'Durchspielen',
  clear: 'Zurücksetzen',
  loading: 'Wird durchgespielt …',
  noEpics: 'Kein Epic mit Terminen, an dem sich eine Verzögerung durchspielen ließe.',
  invalidDays: 'Ganze Tage von 1 bis {max} eingeben.',
  result: 'Ergebnis',
  slipped: '{key} endete am {due, date} statt am {was, date} ({days, plural, one {# Tag} other {# Tage}} später).',
  'changed.title': 'Wenn niemand umplant, ändern sich diese Abhängigkeiten:',
  'changed.conflict': '{blocker} → {blocked}: {before} wird zum Konflikt, {days, plural, one {# Tag} other {# Tage}} Überschneidung',
  'changed.other': '{blocker} → {blocked}: {before} wird zu {after}',
  'changed.none': 'Keine Abhängigkeit ändert ihren Status.',
  'pushed.title': 'Wenn alle konfliktfrei umplanen, verschieben sich diese Epics:',
  'pushed.item': '{key} {summary}: {days, plural, one {# Tag} other {# Tage}} später, auf {start, date} – {due, date}',
  'pushed.none': 'Kein anderes Epic muss sich verschieben.',
  hiddenWaiting: '{count, plural, one {# Abhängigkeit führt zu einem Epic, das Sie nicht sehen können; die Simulation lässt sie aus.} other {# Abhängigkeiten führen zu Epics, die Sie nicht sehen können; die Simulation lässt sie aus.}}',
  'unscheduled.title': 'Erreicht, aber noch nicht geplant (keine Termine zum Verschieben):',
  'streams.title': 'Betroffene Streams:',
  'streams.item': '{stream}: bis zu {days, plural, one {# Tag} other {# Tage}} ({epics, plural, one {# Epic} other {# Epics}})',
  'critical.changed': 'Der kritische Pfad ändert sich: {before} ({beforeDays, plural, one {# Tag} other {# Tage}}) wird zu {after} ({afterDays, plural, one {# Tag} other {# Tage}}).',
  'critical.same': 'Der kritische Pfad bleibt gleich.',
  hiddenKey: 'verborgenes Epic',
  cycle: 'Die Verzögerung erreicht einen Zyklus: Die Verschiebung endet an der Schleife.',
};

export type WhatIfMessageKey = keyof typeof EN;
const TABLES: Record<Language, Record<WhatIfMessageKey, string>> = { en: EN, de: DE };

export function wt(language: Language, key: WhatIfMessageKey, params: MessageParams = {}): string {
  return formatMessage(language, TABLES[language][key], params);
}

export function whatIfMessageTables(): Record<Language, Record<string, string>> {
  return TABLES;
}
