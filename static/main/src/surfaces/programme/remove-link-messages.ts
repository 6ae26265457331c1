import { formatMessage } from '../../i18n/format';
import type { Language } from '../../i18n/messages';

const EN = {
  'removeModal.type': 'Link type: {type}',
  'removeModal.failed': 'The link was not removed.',
  'removeModal.unreadable': 'This dialog was opened without a link to remove. Close it and choose the link again.',
} as const;
export type RemoveLinkMessageKey = keyof typeof EN;

const DE: Record<RemoveLinkMessageKey, string> = {
  'removeModal.type': 'Verknüpfungstyp: {type}',
  'removeModal.failed': 'Die Verknüpfung wurde nicht entfernt.',
  'removeModal.unreadable': 'Dieser Dialog wurde ohne zu entfernende Verknüpfung geöffnet. Schließen Sie ihn und wählen Sie die Verknüpfung erneut.',
};

/** The remove-link dialog's own words, beside the programme page's (messages.ts). */
export function removeLinkText(language: Language, key: RemoveLinkMessageKey, params: Record<string, string> = {}): string {
  const table: Record<RemoveLinkMessageKey, string> = language === 'de' ? DE : EN;
  return formatMessage(language, table[key], params);
}
