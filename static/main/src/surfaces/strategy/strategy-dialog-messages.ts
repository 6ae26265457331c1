import type { Language } from '../../i18n/messages';

const EN = {
  'dialog.failed': 'The dialog could not be opened.',
  'dialog.unreadable': 'This dialog was opened without a strategy to work on. Close it and choose the strategy again.',
  'dialog.gone': 'This strategy is no longer in the tree: someone else deleted it. Close the dialog to see the tree as it is now.',
  'dialog.close': 'Close',
  'dialog.notSaved': 'Nothing was saved.',
  'dialog.notDeleted': 'Nothing was deleted.',
} as const;
export type StrategyDialogMessageKey = keyof typeof EN;

const DE: Record<StrategyDialogMessageKey, string> = {
  'dialog.failed': 'Der Dialog konnte nicht geöffnet werden.',
  'dialog.unreadable': 'Dieser Dialog wurde ohne Strategie geöffnet. Schließen Sie ihn und wählen Sie die Strategie erneut.',
  'dialog.gone': 'Diese Strategie ist nicht mehr im Baum: Jemand anderes hat sie gelöscht. Schließen Sie den Dialog, um den aktuellen Baum zu sehen.',
  'dialog.close': 'Schließen',
  'dialog.notSaved': 'Es wurde nichts gespeichert.',
  'dialog.notDeleted': 'Es wurde nichts gelöscht.',
};

/** The strategy dialogs' own words (opening, a missing strategy), beside the tab's (`st`). */
export function strategyDialogText(language: Language, key: StrategyDialogMessageKey): string {
  return (language === 'de' ? DE : EN)[key];
}
