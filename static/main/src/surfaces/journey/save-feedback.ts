import type { AppError } from '../../../../../src/contract/errors';
import { errorMessage, type Language } from '../../i18n/messages';
import { jt } from './journey-messages';

/** Where a save stands: nothing yet, on its way, stored (perhaps merged, perhaps not yet confirmed by Jira), or refused. */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; merged: boolean; confirmed: boolean }
  | { state: 'failed'; error: AppError };

/**
 * The words after a save Jira accepted. Not confirmed is said first and never as a failure: the change went to Jira,
 * only its confirmation is missing.
 */
export function savedMessage(saved: { merged: boolean; confirmed: boolean }, issueKey: string, language: Language): { appearance: 'success' | 'information' | 'warning'; text: string } {
  if (!saved.confirmed) return { appearance: 'warning', text: jt(language, 'panel.unconfirmed', { issueKey }) };
  if (saved.merged) return { appearance: 'information', text: jt(language, 'panel.merged') };
  return { appearance: 'success', text: jt(language, 'panel.saved', { issueKey }) };
}

/** Why a save was refused, in words; a lost race on the issue's tags is explained in the panel's own terms. */
export function failureText(error: AppError, issueKey: string, language: Language): string {
  return error.code === 'CONFLICT' ? jt(language, 'panel.conflict', { issueKey }) : errorMessage(language, error);
}
