import type { AppError, ErrorCode } from '../../../../src/contract/errors';
import { formatMessage } from './format';
import { validationText } from './validation';

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
    'slot.category': 'Automatisierungskategorien',
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
  return formatMessage(language, MESSAGES[language][key], params);
}

const ERRORS: Record<ErrorCode, Record<Language, string>> = {
  INVALID_PAYLOAD: { en: 'The request was refused: {field} {message}.', de: 'Die Anfrage wurde abgelehnt: {field} {message}.' },
  STORED_DATA_INVALID: { en: 'Stored data at {field} is damaged ({message}). Ask a Jira admin to repair it.', de: 'Gespeicherte Daten bei {field} sind beschädigt ({message}). Bitten Sie eine Jira-Administration, sie zu reparieren.' },
  PERMISSION_DENIED: { en: 'You do not have permission for this in Jira. Ask a Jira admin for access.', de: 'Dafür fehlt Ihnen die Berechtigung in Jira. Bitten Sie eine Jira-Administration um Zugriff.' },
  ADMIN_REQUIRED: { en: 'Only Jira administrators can change the programme settings.', de: 'Nur Jira-Administratoren können die Programmeinstellungen ändern.' },
  JQL_INVALID: { en: 'Jira refused the JQL of {streamId}: {message}', de: 'Jira hat die JQL von {streamId} abgelehnt: {message}' },
  NOT_CONFIGURED: { en: 'The programme has no streams yet. A Jira administrator sets them up under Apps → Programme settings.', de: 'Das Programm hat noch keine Streams. Eine Jira-Administration legt sie unter Apps → Programmeinstellungen an.' },
  NOT_FOUND: { en: '{issueKey} does not exist or you do not have permission to see it.', de: '{issueKey} existiert nicht oder Sie dürfen den Vorgang nicht sehen.' },
  CONFLICT: { en: 'Someone else saved a change in the meantime (now version {currentVersion}). Reload, then make your change again.', de: 'Jemand anderes hat zwischenzeitlich gespeichert (jetzt Version {currentVersion}). Neu laden und die Änderung erneut vornehmen.' },
  JIRA_UNAVAILABLE: { en: 'Jira did not answer (status {status}). Try again in a minute.', de: 'Jira hat nicht geantwortet (Status {status}). Bitte in einer Minute erneut versuchen.' },
  JIRA_REJECTED: { en: 'Jira refused the request: {message}', de: 'Jira hat die Anfrage abgelehnt: {message}' },
  RATE_LIMITED: { en: 'Jira is busy: try again in {retryAfterSeconds} s.', de: 'Jira ist ausgelastet: Bitte in {retryAfterSeconds} s erneut versuchen.' },
  SIGN_IN_REQUIRED: { en: 'Sign in to Atlassian to use the programme app.', de: 'Bitte bei Atlassian anmelden, um die Programm-App zu nutzen.' },
  PROGRAMME_MANAGER_REQUIRED: { en: 'Only the programme managers (named by a Jira administrator in the programme settings, as people or a group) and Jira administrators can do this; the owners of the streams may also rebuild the programme, which otherwise happens every night and after every change in Jira.', de: 'Nur die Programmverantwortlichen (von einer Jira-Administration in den Programmeinstellungen als Personen oder Gruppe benannt) und Jira-Administratoren können das tun; die Verantwortlichen der Streams können das Programm außerdem neu aufbauen, was sonst jede Nacht und nach jeder Änderung in Jira geschieht.' },
  TERM_UNKNOWN: { en: '“{termId}” is not a term of {dimension}. Reload to get the current taxonomy.', de: '„{termId}“ ist kein Begriff von {dimension}. Neu laden, um die aktuelle Taxonomie zu erhalten.' },
  TERM_RETIRED: { en: '“{termId}” ({dimension}) is retired and cannot be added any more. Choose an active term.', de: '„{termId}“ ({dimension}) ist außer Gebrauch und kann nicht mehr hinzugefügt werden. Bitte einen aktiven Begriff wählen.' },
  TERM_ID_INVALID: { en: 'The id “{termId}” is not allowed: use lowercase letters, digits and dashes.', de: 'Die ID „{termId}“ ist nicht zulässig: nur Kleinbuchstaben, Ziffern und Bindestriche.' },
  TERM_ID_RESERVED: { en: 'The id “{termId}” is reserved: it names a built-in of JavaScript objects. Choose another id for this term of {dimension}.', de: 'Die ID „{termId}“ ist reserviert, weil sie ein Standardelement von JavaScript-Objekten bezeichnet. Bitte eine andere ID für diesen Begriff von {dimension} wählen.' },
  TERM_ID_TAKEN: { en: '{dimension} already has a term with the id “{termId}”. Choose another id.', de: '{dimension} hat bereits einen Begriff mit der ID „{termId}“. Bitte eine andere ID wählen.' },
  LABEL_EMPTY: { en: 'The {language} label of “{termId}” must not be empty.', de: 'Die Bezeichnung ({language}) von „{termId}“ darf nicht leer sein.' },
  LABEL_TAKEN: { en: '“{label}” is already the {language} label of another term in {dimension}. Choose another label.', de: '„{label}“ ist bereits die Bezeichnung ({language}) eines anderen Begriffs in {dimension}. Bitte eine andere wählen.' },
  PHASE_REQUIRED: { en: 'Choose the phase (NEED, BUY or USE) the lifecycle stage “{termId}” falls into.', de: 'Bitte die Phase (NEED, BUY oder USE) wählen, zu der die Lifecycle-Phase „{termId}“ gehört.' },
  PHASE_UNKNOWN: { en: 'The phase “{phase}” does not exist. Choose NEED, BUY or USE.', de: 'Die Phase „{phase}“ gibt es nicht. Bitte NEED, BUY oder USE wählen.' },
  REORDER_MISMATCH: { en: 'The new order of {dimension} must list every term once. Reload and try again.', de: 'Die neue Reihenfolge von {dimension} muss jeden Begriff genau einmal enthalten. Neu laden und erneut versuchen.' },
  USE_CASE_UNKNOWN: { en: 'The use case {useCaseId} does not exist. Reload to get the current catalogue.', de: 'Den Use Case {useCaseId} gibt es nicht. Neu laden, um den aktuellen Katalog zu erhalten.' },
  USE_CASE_RETIRED: { en: 'The use case {useCaseId} is retired and cannot be added any more.', de: 'Der Use Case {useCaseId} ist außer Gebrauch und kann nicht mehr hinzugefügt werden.' },
  USE_CASE_ID_TAKEN: { en: 'There is already a use case with the id {useCaseId}. Choose another id.', de: 'Es gibt bereits einen Use Case mit der ID {useCaseId}. Bitte eine andere ID wählen.' },
  USE_CASE_ID_RESERVED: { en: 'The id {useCaseId} is reserved: it names a built-in of JavaScript objects. Choose another id.', de: 'Die ID {useCaseId} ist reserviert, weil sie ein Standardelement von JavaScript-Objekten bezeichnet. Bitte eine andere ID wählen.' },
  STREAM_ID_RESERVED: { en: 'The stream id “{streamId}” is reserved: it names a built-in of JavaScript objects. Rename the stream so it gets another id.', de: 'Die Stream-ID „{streamId}“ ist reserviert, weil sie ein Standardelement von JavaScript-Objekten bezeichnet. Bitte den Stream umbenennen, damit er eine andere ID erhält.' },
  USE_CASE_TERM_UNKNOWN: { en: 'Use case {useCaseId}: “{termId}” in {field} is not a term of {dimension}.', de: 'Use Case {useCaseId}: „{termId}“ in {field} ist kein Begriff von {dimension}.' },
  CSV_UNREADABLE: { en: 'The file could not be read as CSV: {message}. Save it from Excel as “CSV UTF-8”.', de: 'Die Datei ist kein lesbares CSV: {message}. Bitte in Excel als „CSV UTF-8“ speichern.' },
  CSV_COLUMN_MISSING: { en: 'The column “{column}” is missing from the first row. Use the columns of an exported catalogue.', de: 'Die Spalte „{column}“ fehlt in der ersten Zeile. Bitte die Spalten eines exportierten Katalogs verwenden.' },
  CSV_VALUE_INVALID: { en: 'The value {message}.', de: 'Der Wert {message}.' },
  CSV_EMPTY: { en: 'The file has no use cases below the header row.', de: 'Die Datei enthält unter der Kopfzeile keine Use Cases.' },
  BULK_TOO_MANY: { en: 'At most {limit, plural, one {# issue} other {# issues}} can be tagged at once. Narrow the search and try again.', de: '{limit, plural, one {Höchstens # Vorgang kann} other {Höchstens # Vorgänge können}} auf einmal getaggt werden. Bitte die Suche eingrenzen und erneut versuchen.' },
  STRATEGY_NODE_UNKNOWN: { en: 'This strategy no longer exists: someone deleted it. Reload the tree.', de: 'Diese Strategie gibt es nicht mehr: Jemand hat sie gelöscht. Bitte den Baum neu laden.' },
  STRATEGY_NODE_ID_TAKEN: { en: 'A strategy with this id exists already. Reload the tree and add it again.', de: 'Eine Strategie mit dieser ID gibt es bereits. Bitte den Baum neu laden und erneut anlegen.' },
  STRATEGY_PARENT_UNKNOWN: { en: 'The strategy you chose as parent no longer exists. Reload the tree.', de: 'Die als übergeordnet gewählte Strategie gibt es nicht mehr. Bitte den Baum neu laden.' },
  STRATEGY_MOVE_CYCLE: { en: 'A strategy cannot move under itself or one of its own sub-strategies.', de: 'Eine Strategie kann nicht unter sich selbst oder eine ihrer Unterstrategien verschoben werden.' },
  STRATEGY_NODE_CHANGED: { en: 'Someone else changed this strategy in the meantime. Reload it, then make your change again.', de: 'Jemand anderes hat diese Strategie zwischenzeitlich geändert. Bitte neu laden und die Änderung erneut vornehmen.' },
  STRATEGY_TREE_FULL: { en: 'The strategy tree has reached its limit of 300 strategies.', de: 'Der Strategiebaum hat seine Grenze von 300 Strategien erreicht.' },
  PUBLISHING_NOT_CONFIGURED: { en: 'No Confluence space is chosen yet. A Jira administrator picks one under Apps → Programme settings → Publishing.', de: 'Es ist noch kein Confluence-Bereich gewählt. Eine Jira-Administration wählt ihn unter Apps → Programmeinstellungen → Veröffentlichung.' },
  CONFLUENCE_UNAVAILABLE: { en: 'Confluence did not answer (status {status}). Try again in a minute.', de: 'Confluence hat nicht geantwortet (Status {status}). Bitte in einer Minute erneut versuchen.' },
  CONFLUENCE_REJECTED: { en: 'Confluence refused the request: {message}', de: 'Confluence hat die Anfrage abgelehnt: {message}' },
  PUBLISHING_TARGET_INVALID: { en: 'The app cannot publish to the chosen place in space {spaceKey} ({problem}): the space must exist, the parent page must be in it, and the app must be allowed to add pages there. “Check” names the problem.', de: 'Die App kann nicht an den gewählten Ort im Bereich {spaceKey} veröffentlichen ({problem}): Der Bereich muss existieren, die übergeordnete Seite muss darin liegen und die App muss dort Seiten anlegen dürfen. „Prüfen“ nennt das Problem.' },
  SERIES_NOT_CONFIGURED: { en: 'The round table is not set up yet. A programme manager sets its dates and sections on the Round table tab.', de: 'Der Round Table ist noch nicht eingerichtet. Eine programmverantwortliche Person legt Termine und Abschnitte im Reiter „Round Table“ fest.' },
  SUBMISSION_UNKNOWN: { en: 'This submission no longer exists. Reload the list.', de: 'Diese Einreichung gibt es nicht mehr. Bitte die Liste neu laden.' },
  MEETING_UNKNOWN: { en: 'There is no meeting on this date. Reload the round table.', de: 'Zu diesem Termin gibt es keine Sitzung. Bitte den Round Table neu laden.' },
  DECISION_UNKNOWN: { en: 'This decision no longer exists. Reload the meeting.', de: 'Diese Entscheidung gibt es nicht mehr. Bitte die Sitzung neu laden.' },
  SECTION_UNKNOWN: { en: 'The agenda section “{sectionId}” does not exist or is retired. Choose another section.', de: 'Den Tagesordnungsabschnitt „{sectionId}“ gibt es nicht, oder er ist außer Gebrauch. Bitte einen anderen wählen.' },
  SUBMISSION_CHANGED: { en: 'Someone else triaged this submission in the meantime. Reload it, then decide again.', de: 'Jemand anderes hat diese Einreichung zwischenzeitlich bearbeitet. Bitte neu laden und erneut entscheiden.' },
  MEETING_CHANGED: { en: 'Someone else changed this meeting in the meantime. Reload it, then make your change again.', de: 'Jemand anderes hat diese Sitzung zwischenzeitlich geändert. Bitte neu laden und die Änderung erneut vornehmen.' },
  MERGE_INVALID: { en: 'This merge is not possible: a submission goes only into another one that is not merged itself, and only while nothing is merged into it.', de: 'Diese Zusammenführung ist nicht möglich: Eine Einreichung geht nur in eine andere, die nicht selbst zusammengeführt ist, und nur solange nichts in sie zusammengeführt ist.' },
  FOLLOW_UP_REFUSED: { en: 'Jira did not create the follow-up issue in {projectKey}: {message}', de: 'Jira hat den Folgevorgang in {projectKey} nicht angelegt: {message}' },
  SNAPSHOT_NOT_READY: { en: 'The programme is still being read from Jira. Try again in a moment.', de: 'Das Programm wird gerade aus Jira gelesen. Bitte gleich noch einmal versuchen.' },
  EPIC_NOT_IN_PROGRAMME: { en: '{issueKey} is not in the programme as last read: it belongs to no stream, or was added after the last refresh.', de: '{issueKey} ist nicht im zuletzt gelesenen Stand des Programms: Der Vorgang gehört zu keinem Stream oder kam nach der letzten Aktualisierung hinzu.' },
};

/** MERGE_INVALID names its reason (the server's `reason` param); each reason has its own words, the code's fit any. */
const MERGE_REASONS = new Map<string, Record<Language, string>>([
  ['itself', { en: 'A submission cannot be merged into itself. Choose another one.', de: 'Eine Einreichung kann nicht mit sich selbst zusammengeführt werden. Bitte eine andere wählen.' }],
  ['merged', { en: 'The chosen submission has been merged into another one itself. Merge into that one instead.', de: 'Die gewählte Einreichung ist selbst bereits mit einer anderen zusammengeführt. Bitte stattdessen mit jener zusammenführen.' }],
  ['has-duplicates', { en: 'Other submissions were merged into this one, so it cannot be merged itself. Reopen them first, or merge the other way round.', de: 'In diese Einreichung wurden bereits andere zusammengeführt, daher kann sie nicht selbst zusammengeführt werden. Bitte jene zuerst wieder öffnen oder umgekehrt zusammenführen.' }],
]);

/** The sentence a user reads for a coded error, in their language. */
export function errorMessage(language: Language, error: AppError): string {
  const params: Record<string, string | number> = { field: error.field ?? '', ...error.params };
  // A validator's finding arrives as data; its words are ours, in the user's language (never zod's English).
  if (error.code === 'INVALID_PAYLOAD' || error.code === 'CSV_VALUE_INVALID') params.message = validationText(language, error.params);
  const words = (error.code === 'MERGE_INVALID' ? MERGE_REASONS.get(String(params.reason)) : undefined) ?? ERRORS[error.code];
  return formatMessage(language, words[language], params, '');
}
