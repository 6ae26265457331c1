import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import { errorMessage, type Language } from '../../i18n/messages';
import { createDependencyText } from './create-dependency-messages';
import type { PreviewViewLoad } from './create-dependency-view';
import { DependencyPreviewNote } from './dependency-preview-note';
import type { PickedIssue } from './issue-picker';

/**
 * The preview below the pickers once the programme's dates are loaded; until then a loading note, and after a
 * failure the reason with "Load again" (creating does not need the preview, so the form stays usable).
 */
export function CreateDependencyPreview({ language, load, today, onRetry, blocker, blocked }: {
  language: Language;
  load: PreviewViewLoad;
  today: CalendarDate;
  onRetry: () => void;
  blocker: PickedIssue;
  blocked: PickedIssue;
}) {
  if (load.state === 'ready') return <DependencyPreviewNote language={language} view={load.view} today={load.view.today ?? today} blocker={blocker} blocked={blocked} />;
  if (load.state === 'loading') {
    return (
      <div role="status" aria-live="polite" style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 12, padding: 8 }}>
        <Spinner size="small" /> <span>{createDependencyText(language, 'createModal.previewLoading')}</span>
      </div>
    );
  }
  return (
    <div style={{ marginTop: 12 }}>
      <SectionMessage appearance="warning" actions={[<SectionMessageAction key="retry" onClick={onRetry}>{createDependencyText(language, 'createModal.retry')}</SectionMessageAction>]}>
        <p data-testid="create-preview-failed">{createDependencyText(language, 'createModal.previewFailed', { reason: errorMessage(language, load.error) })}</p>
      </SectionMessage>
    </div>
  );
}
