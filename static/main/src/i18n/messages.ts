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
  NOT_FOUND: { en: '{issueKey} does not exist or you do not have permission to see it.', de: '{issueKey} existiert nicht oder Sie dürfen den Vorgang nicht sehen.' },
  CONFLICT: { en: 'Someone else changed this at the same time. Reload and try again.', de: 'Jemand anderes hat dies gleichzeitig geändert. Neu laden und erneut versuchen.' },
  JIRA_UNAVAILABLE: { en: 'Jira did not answer (status {status}). Try again in a minute.', de: 'Jira hat nicht geantwortet (Status {status}). Bitte in einer Minute erneut versuchen.' },
};

/** The sentence a user reads for a coded error, in their language. */
export function errorMessage(language: Language, error: AppError): string {
  const params: Record<string, string | number> = { field: error.field ?? '', ...error.params };
  return ERRORS[error.code][language].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
