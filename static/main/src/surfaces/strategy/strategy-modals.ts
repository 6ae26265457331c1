import { Modal } from '@forge/bridge';
import { flagResult } from '../../host-flags';
import type { Language } from '../../i18n/messages';
import { strategyDialogText } from './strategy-dialog-messages';
import { st } from './strategy-messages';
import { StrategyModalOutcome, type StrategyModalContext } from './strategy-modal-context';

/**
 * Opens a strategy dialog as a Forge modal, drawn by the host over the whole page, so it is in view from the bottom
 * of a long tree. When it closes with a stored change, flags it and hands the change to `onStored` (the tab reloads);
 * Cancel, Escape or anything unreadable changed nothing.
 */
export async function openStrategyModal(language: Language, context: StrategyModalContext, title: string, onStored: (outcome: StrategyModalOutcome) => void): Promise<void> {
  // The host gives focus back to the frame; within it, the keyboard returns to the button that opened the dialog.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const modal = new Modal({
    context,
    size: context.kind === 'strategy-delete' ? 'small' : 'large',
    title,
    onClose: (payload: unknown) => {
      if (opener?.isConnected) opener.focus();
      const outcome = StrategyModalOutcome.safeParse(payload);
      if (!outcome.success) return;
      flagResult({ title: st(language, outcome.data.done, { title: outcome.data.title }), appearance: 'success' });
      onStored(outcome.data);
    },
  });
  try {
    await modal.open();
  } catch (error) {
    flagResult({ title: strategyDialogText(language, 'dialog.failed'), description: error instanceof Error ? error.message : undefined, appearance: 'error' });
  }
}
