import { formatMessage } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

const EN = {
  'createModal.failed': 'The “Create dependency” dialog could not be opened.',
  'createModal.unreadable': 'This dialog was opened without what it needs. Close it and choose “Create dependency” again.',
  'createModal.previewLoading': 'Loading the programme’s dates for the preview…',
  'createModal.previewFailed': 'The preview is unavailable: {reason} You can still create the dependency.',
  'createModal.retry': 'Load the preview again',
} as const;
export type CreateDependencyMessageKey = keyof typeof EN;

const DE: Record<CreateDependencyMessageKey, string> = {
  'createModal.failed': 'Der Dialog „Abhängigkeit anlegen“ konnte nicht geöffnet werden.',
  'createModal.unreadable': 'Dieser Dialog wurde ohne die nötigen Angaben geöffnet. Schließen Sie ihn und wählen Sie erneut „Abhängigkeit anlegen“.',
  'createModal.previewLoading': 'Die Termine des Programms für die Vorschau werden geladen…',
  'createModal.previewFailed': 'Die Vorschau ist nicht verfügbar: {reason} Sie können die Abhängigkeit trotzdem anlegen.',
  'createModal.retry': 'Vorschau erneut laden',
};

/** The create-dependency dialog's own words (its frame and its opener), beside the programme page's (messages.ts). */
export function createDependencyText(language: Language, key: CreateDependencyMessageKey, params: Record<string, string> = {}): string {
  const table: Record<CreateDependencyMessageKey, string> = language === 'de' ? DE : EN;
  return formatMessage(language, table[key], params);
}
