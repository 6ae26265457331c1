import SectionMessage from '@atlaskit/section-message';
import { errorMessage, type Language } from '../../i18n/messages';
import { adminText } from './admin-messages';

/** Shown when the server answered ADMIN_REQUIRED: nothing is offered that could not be saved. */
export function AdminRefusal({ language }: { language: Language }) {
  return (
    <div data-testid="admin-required" style={{ maxWidth: 720, margin: '12px 0' }}>
      <SectionMessage appearance="warning" title={adminText(language, 'admin.title')}>
        <p>{errorMessage(language, { code: 'ADMIN_REQUIRED', params: {} })}</p>
        <p>{adminText(language, 'admin.body')}</p>
      </SectionMessage>
    </div>
  );
}
