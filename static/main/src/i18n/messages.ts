import type { AppError, ErrorCode } from '../../../../src/contract/errors';

export type Language = 'en' | 'de';

/** Forge locales such as `de-DE` → the app's two languages; everything not German reads English. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

const MESSAGES = {
  en: {
    loading: 'Loading…',
    'journey.title': 'Customer journey',
    'journey.empty': 'This issue has no journey tags yet.',
    'journey.inherited': 'from epic {epic}',
    'journey.inheritedHint': 'Tags marked “from epic” are inherited from {epic} and are not stored on this issue.',
    'journey.jql': 'Find issues with the same touchpoint in JQL:',
    'slot.touchpoint': 'Touchpoints',
    'slot.lifecycle': 'Lifecycle stages',
    'slot.category': 'Automation categories',
    'slot.action': 'High-level actions',
    'slot.channel': 'Channels',
    'slot.useCase': 'Use cases',
    'retired': 'retired',
    retry: 'Try again',
  },
  de: {
    loading: 'Wird geladen …',
    'journey.title': 'Customer Journey',
    'journey.empty': 'Dieser Vorgang hat noch keine Journey-Tags.',
    'journey.inherited': 'vom Epic {epic}',
    'journey.inheritedHint': 'Mit „vom Epic“ markierte Tags erbt dieser Vorgang von {epic}; sie sind nicht an ihm gespeichert.',
    'journey.jql': 'Vorgänge mit demselben Touchpoint per JQL finden:',
    'slot.touchpoint': 'Touchpoints',
    'slot.lifecycle': 'Lifecycle-Phasen',
    'slot.category': 'Automations-Kategorien',
    'slot.action': 'High-Level-Aktionen',
    'slot.channel': 'Kanäle',
    'slot.useCase': 'Use Cases',
    'retired': 'außer Gebrauch',
    retry: 'Erneut versuchen',
  },
} as const;

export type MessageKey = keyof (typeof MESSAGES)['en'];

/** A message with `{name}` placeholders filled in. */
export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

const ERRORS: Record<ErrorCode, Record<Language, string>> = {
  INVALID_PAYLOAD: { en: 'The request was refused: {field} — {message}.', de: 'Die Anfrage wurde abgelehnt: {field} – {message}.' },
  STORED_DATA_INVALID: { en: 'Stored data at {field} is damaged ({message}). Ask a Jira admin to repair it.', de: 'Gespeicherte Daten bei {field} sind beschädigt ({message}). Bitte eine Jira-Administration um Reparatur.' },
  PERMISSION_DENIED: { en: 'You do not have permission for this in Jira. Ask a Jira admin for access.', de: 'Dafür fehlt Ihnen die Berechtigung in Jira. Bitten Sie eine Jira-Administration um Zugriff.' },
  ADMIN_REQUIRED: { en: 'Only Jira administrators can change the programme settings.', de: 'Nur Jira-Administratoren können die Programmeinstellungen ändern.' },
  JQL_INVALID: { en: 'Jira refused the JQL of {streamId}: {message}', de: 'Jira hat die JQL von {streamId} abgelehnt: {message}' },
  NOT_CONFIGURED: { en: 'The programme has no streams yet. A Jira administrator sets them up under Apps → Programme settings.', de: 'Das Programm hat noch keine Streams. Eine Jira-Administration legt sie unter Apps → Programmeinstellungen an.' },
  NOT_FOUND: { en: '{issueKey} does not exist or you do not have permission to see it.', de: '{issueKey} existiert nicht oder Sie dürfen den Vorgang nicht sehen.' },
  CONFLICT: { en: 'Someone else saved a change in the meantime (now version {currentVersion}). Reload, then make your change again.', de: 'Jemand anderes hat zwischenzeitlich gespeichert (jetzt Version {currentVersion}). Neu laden und die Änderung erneut vornehmen.' },
  JIRA_UNAVAILABLE: { en: 'Jira did not answer (status {status}). Try again in a minute.', de: 'Jira hat nicht geantwortet (Status {status}). Bitte in einer Minute erneut versuchen.' },
};

/** The sentence a user reads for a coded error, in their language. */
export function errorMessage(language: Language, error: AppError): string {
  const params: Record<string, string | number> = { field: error.field ?? '', ...error.params };
  return ERRORS[error.code][language].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
