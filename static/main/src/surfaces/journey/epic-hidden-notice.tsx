import SectionMessage from '@atlaskit/section-message';
import type { Language } from '../../i18n/messages';
import { jt } from './journey-messages';

/** Says why no inherited tags are shown when the epic is in a project the viewer cannot browse; never names the epic. */
export function EpicHiddenNotice({ language }: { language: Language }) {
  return (
    <div data-testid="epic-hidden" style={{ margin: '0 0 8px' }}>
      <SectionMessage appearance="information">
        <p>{jt(language, 'panel.epicHidden')}</p>
      </SectionMessage>
    </div>
  );
}
