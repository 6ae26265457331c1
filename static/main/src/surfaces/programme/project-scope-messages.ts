import { formatMessage } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

/** The project page's words about its scope, in English and German. */
const EN = {
  'scope.notInStream': '{project} is not part of the programme’s streams.',
  'scope.adminHint': 'Add a stream for it in the programme settings, and its dependencies show here.',
  'scope.openSettings': 'Open the programme settings',
  'scope.askAdmin': 'Ask a Jira admin to add it.',
  'scope.navigateFailed': 'The programme settings could not be opened: {message}',
};

const DE: Record<keyof typeof EN, string> = {
  'scope.notInStream': '{project} gehört zu keinem Stream des Programms.',
  'scope.adminHint': 'Legen Sie in den Programmeinstellungen einen Stream dafür an, dann erscheinen seine Abhängigkeiten hier.',
  'scope.openSettings': 'Programmeinstellungen öffnen',
  'scope.askAdmin': 'Bitten Sie eine Jira-Administration, es aufzunehmen.',
  'scope.navigateFailed': 'Die Programmeinstellungen ließen sich nicht öffnen: {message}',
};

export type ProjectScopeMessageKey = keyof typeof EN;
const TABLES: Record<Language, Record<ProjectScopeMessageKey, string>> = { en: EN, de: DE };

export function scopeText(language: Language, key: ProjectScopeMessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(language, TABLES[language][key], params);
}

/** Every key has both languages (checked by a unit test). */
export function projectScopeMessageTables(): Record<Language, Record<string, string>> {
  return TABLES;
}
