import { showFlag } from '@forge/bridge';

export interface FlagResult {
  /** what happened, in the user's words (the flag's title) */
  title: string;
  description?: string;
  appearance: 'success' | 'error' | 'warning' | 'info';
}

let shown = 0;

/**
 * Reports the result of an action ("Dependency created", "Link removed", a failure) as a Forge flag: the host page
 * draws it in its own corner, so it is in view however far the frame is scrolled. Success goes by itself after a
 * few seconds; a failure stays until the user dismisses it.
 */
export function flagResult({ title, description, appearance }: FlagResult): void {
  shown += 1;
  try {
    showFlag({ id: `app-${appearance}-${Date.now()}-${shown}`, title, ...(description ? { description } : {}), type: appearance, appearance, isAutoDismiss: appearance === 'success' || appearance === 'info' });
  } catch {
    // A host that cannot show flags loses only the note: the page itself shows the change (it reloads).
  }
}
