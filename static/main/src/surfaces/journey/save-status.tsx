import SectionMessage from '@atlaskit/section-message';
import type { AppError } from '../../../../../src/contract/errors';
import { errorMessage, type Language } from '../../i18n/messages';
import { jt } from './journey-messages';

/** Where a save stands: nothing yet, on its way, stored (perhaps merged with someone else's edit), or refused. */
export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; merged: boolean } | { state: 'failed'; error: AppError };

/** The feedback line of a save; errors in words (Jira's refusal to edit included). */
export function SaveStatusMessage({ status, issueKey, language }: { status: SaveStatus; issueKey: string; language: Language }) {
  if (status.state === 'idle') return null;
  if (status.state === 'saving') {
    return (
      <p role="status" data-testid="save-status" style={{ margin: '8px 0' }}>
        {jt(language, 'panel.saving')}
      </p>
    );
  }
  if (status.state === 'saved') {
    return (
      <div role="status" data-testid="save-status" style={{ margin: '8px 0' }}>
        <SectionMessage appearance={status.merged ? 'information' : 'success'}>
          <p>{status.merged ? jt(language, 'panel.merged') : jt(language, 'panel.saved', { issueKey })}</p>
        </SectionMessage>
      </div>
    );
  }
  return (
    <div role="alert" data-testid="save-status" style={{ margin: '8px 0' }}>
      <SectionMessage appearance="error">
        <p>
          {jt(language, 'panel.saveFailed')} <span data-testid="error-message">{errorMessage(language, status.error)}</span>
        </p>
      </SectionMessage>
    </div>
  );
}
