import type { ProgrammeView } from '../../../../../src/contract/programme';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import type { Language } from '../../i18n/messages';
import { previewDependency, previewEnd } from './dependency-preview';
import { previewText } from './dependency-preview-text';
import type { PickedIssue } from './issue-picker';
import { pickerText } from './issue-picker-messages';
import { checkNewDependency } from './new-dependency';

/** Below the pickers: whether the dependency would conflict, said again (politely) whenever a choice changes. */
export function DependencyPreviewNote({ language, view, today, blocker, blocked }: { language: Language; view: ProgrammeView; today: CalendarDate; blocker: PickedIssue; blocked: PickedIssue }) {
  const checked = checkNewDependency(blocker.text, blocked.text);
  const text = checked.ok
    ? previewText(language, previewDependency(previewEnd(checked.blockerKey, blocker.choice, view.epics), previewEnd(checked.blockedKey, blocked.choice, view.epics), today, view.atRiskThresholdDays))
    : pickerText(language, 'preview.empty');
  return (
    <section aria-labelledby="create-preview-title" style={{ marginTop: 12, padding: 8, borderRadius: 4, background: 'var(--ds-background-neutral, #091e420f)' }}>
      <h3 id="create-preview-title" style={{ fontSize: 12, margin: 0 }}>{pickerText(language, 'preview.title')}</h3>
      <p data-testid="dependency-preview" aria-live="polite" style={{ margin: '4px 0 0' }}>{text}</p>
    </section>
  );
}
