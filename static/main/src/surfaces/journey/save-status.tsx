import SectionMessage from '@atlaskit/section-message';
import type { Language } from '../../i18n/messages';
import { jt } from './journey-messages';
import { failureText, savedMessage, type SaveStatus } from './save-feedback';

export type { SaveStatus } from './save-feedback';

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
    const { appearance, text } = savedMessage(status, issueKey, language);
    return (
      <div role="status" data-testid="save-status" data-confirmed={String(status.confirmed)} style={{ margin: '8px 0' }}>
        <SectionMessage appearance={appearance}>
          <p>{text}</p>
        </SectionMessage>
      </div>
    );
  }
  return (
    <div role="alert" data-testid="save-status" style={{ margin: '8px 0' }}>
      <SectionMessage appearance="error">
        <p>
          {jt(language, 'panel.saveFailed')} <span data-testid="error-message">{failureText(status.error, issueKey, language)}</span>
        </p>
      </SectionMessage>
    </div>
  );
}
