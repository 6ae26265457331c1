import { formatMessage } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

/** The issue panel's words in English and German. */
const MESSAGES = {
  en: {
    'panel.forIssue': 'Dependencies of {key}',
    'panel.viaEpic': 'Via epic {epic}: {key} rolls up to it, so its dependencies are shown.',
    'panel.asOf': 'As of {time}',
    'panel.neverBuilt': 'Not built yet',
    'panel.open': 'Open in programme page',
    'panel.epicHidden': 'The epic of {key} is in a project you cannot browse, so its dependencies are not shown. Ask a Jira admin for access to see them.',
    'group.waitsOn': 'Waits on',
    'group.waitedOnBy': 'Waited on by',
    'group.none': 'Nothing.',
    'scope.across': 'Across streams',
    'scope.within': 'Within {stream}',
    'scope.withinNoStream': 'Within no stream',
    'scope.none': 'None.',
    empty: 'No dependencies.',
    'state.notConfigured': 'The programme has no streams yet, so no dependencies are shown. A Jira administrator sets them up under Apps → Programme settings.',
    'state.building': 'The programme snapshot is being built. This takes a minute or two on large programmes.',
    'state.failed': 'The last build of the programme snapshot failed. A Jira administrator can look at the programme page for the reason.',
    reload: 'Check again',
    hidden: 'Hidden issue (no access)',
    external: 'outside every stream',
    'stream.none': 'no stream',
    'dates.span': '{start, date} → {due, date}',
    'dates.none': 'no dates',
    'date.none': '?',
    'status.conflict': 'Conflict: {days, plural, one {# day} other {# days}} overlap',
    'status.at-risk': 'At risk: {days, plural, one {# day} other {# days}} slack',
    'status.at-risk-overdue': 'At risk: blocker overdue',
    'status.at-risk-withheld': 'At risk: dates not shown',
    'status.missing-dates': 'Missing dates',
    'status.resolved': 'Done',
    'status.ok': 'OK: {days, plural, one {# day} other {# days}} slack',
    'status.ok-plain': 'OK',
    'dependency.cycle': 'in a cycle',
    'dependency.links': '{links, plural, one {# link} other {# links}}',
  },
  de: {
    'panel.forIssue': 'Abhängigkeiten von {key}',
    'panel.viaEpic': 'Über das Epic {epic}: {key} gehört dazu, daher werden dessen Abhängigkeiten gezeigt.',
    'panel.asOf': 'Stand {time}',
    'panel.neverBuilt': 'Noch nicht aufgebaut',
    'panel.open': 'Auf der Programmseite öffnen',
    'panel.epicHidden': 'Das Epic von {key} liegt in einem Projekt, das Sie nicht sehen dürfen; seine Abhängigkeiten werden daher nicht gezeigt. Bitten Sie eine Jira-Administration um Zugriff, um sie zu sehen.',
    'group.waitsOn': 'Wartet auf',
    'group.waitedOnBy': 'Darauf warten',
    'group.none': 'Nichts.',
    'scope.across': 'Stream-übergreifend',
    'scope.within': 'Innerhalb von {stream}',
    'scope.withinNoStream': 'Ohne Stream',
    'scope.none': 'Keine.',
    empty: 'Keine Abhängigkeiten.',
    'state.notConfigured': 'Das Programm hat noch keine Streams, daher werden keine Abhängigkeiten gezeigt. Eine Jira-Administration legt sie unter Apps → Programmeinstellungen an.',
    'state.building': 'Der Programm-Snapshot wird aufgebaut. Bei großen Programmen dauert das ein bis zwei Minuten.',
    'state.failed': 'Der letzte Aufbau des Programm-Snapshots ist fehlgeschlagen. Eine Jira-Administration findet den Grund auf der Programmseite.',
    reload: 'Erneut prüfen',
    hidden: 'Verborgener Vorgang (kein Zugriff)',
    external: 'außerhalb aller Streams',
    'stream.none': 'kein Stream',
    'dates.span': '{start, date} → {due, date}',
    'dates.none': 'keine Termine',
    'date.none': '?',
    'status.conflict': 'Konflikt: {days, plural, one {# Tag} other {# Tage}} Überschneidung',
    'status.at-risk': 'Gefährdet: {days, plural, one {# Tag} other {# Tage}} Puffer',
    'status.at-risk-overdue': 'Gefährdet: Blockierer überfällig',
    'status.at-risk-withheld': 'Gefährdet: Termine nicht sichtbar',
    'status.missing-dates': 'Termine fehlen',
    'status.resolved': 'Erledigt',
    'status.ok': 'OK: {days, plural, one {# Tag} other {# Tage}} Puffer',
    'status.ok-plain': 'OK',
    'dependency.cycle': 'in einem Zyklus',
    'dependency.links': '{links, plural, one {# Verknüpfung} other {# Verknüpfungen}}',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type DependencyMessageKey = keyof (typeof MESSAGES)['en'];

// German must name every English key: a missing translation fails the type check.
const germanIsComplete: Record<DependencyMessageKey, string> = MESSAGES.de;
void germanIsComplete;

const COUNTED: Record<Language, Record<'days' | 'links', string>> = {
  en: { days: '{n, plural, one {# day} other {# days}}', links: '{n, plural, one {# link} other {# links}}' },
  de: { days: '{n, plural, one {# Tag} other {# Tage}}', links: '{n, plural, one {# Verknüpfung} other {# Verknüpfungen}}' },
};

/** "1 day", "2 days", "1 Tag", "1.000 Tage": the count in the language's digits, the noun in its plural form. */
export function countWords(language: Language, unit: 'days' | 'links', count: number): string {
  return formatMessage(language, COUNTED[language][unit], { n: count });
}

/** A message with its parameters filled in: counts in their singular or plural form, dates as the language writes them. */
export function dependencyText(language: Language, key: DependencyMessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(language, MESSAGES[language][key], params);
}
