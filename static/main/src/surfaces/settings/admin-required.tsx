import SectionMessage from '@atlaskit/section-message';
import type { Language } from '../../i18n/messages';
import { errorMessage } from '../../i18n/messages';
import { settingsText } from './settings-messages';

/** Shown when the server refused with ADMIN_REQUIRED: the page offers nothing it could not save. */
export function AdminRequired({ language }: { language: Language }) {
  return (
    <div data-testid="admin-required" style={{ maxWidth: 720 }}>
      <SectionMessage appearance="warning" title={settingsText(language, 'admin.title')}>
        <p>{errorMessage(language, { code: 'ADMIN_REQUIRED', params: {} })}</p>
        <p>{settingsText(language, 'admin.body')}</p>
      </SectionMessage>
    </div>
  );
}
