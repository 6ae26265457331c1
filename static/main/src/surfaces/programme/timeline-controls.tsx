import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import type { Language } from '../../i18n/messages';
import { pt } from './messages';
import type { Zoom } from './time-axis';
import { tt } from './timeline-messages';

/**
 * The timeline's toolbar: zoom (months, quarters, fit to the shown epics), Today, Previous/Next conflict and the
 * highlight toggle. `announcement` is read out by screen readers ("Conflict 2 of 5: …").
 */
export function TimelineControls(props: {
  language: Language;
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
  onToday: () => void;
  onFit: () => void;
  conflicts: number;
  onStep: (direction: 1 | -1) => void;
  highlight: boolean;
  onHighlight: (on: boolean) => void;
  announcement: string;
}) {
  const { language, zoom } = props;
  const noConflicts = props.conflicts === 0;
  return (
    <div role="group" aria-label={tt(language, 'controls.label')} data-testid="timeline-controls" style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 8 }}>
      <div role="group" aria-label={pt(language, 'zoom.label')} style={{ display: 'flex', gap: 4 }}>
        {(['month', 'quarter'] as const).map((z) => (
          <Button key={z} isSelected={zoom === z} aria-pressed={zoom === z} onClick={() => props.onZoom(z)}>
            {pt(language, z === 'month' ? 'zoom.month' : 'zoom.quarter')}
          </Button>
        ))}
        <Button isSelected={zoom === 'fit'} aria-pressed={zoom === 'fit'} onClick={props.onFit} testId="timeline-fit">
          <span title={tt(language, 'control.fitHint')}>{tt(language, 'control.fit')}</span>
        </Button>
      </div>
      <Button onClick={props.onToday} testId="timeline-today">{tt(language, 'control.today')}</Button>
      <Button onClick={() => props.onStep(-1)} isDisabled={noConflicts} testId="timeline-previous-conflict">{tt(language, 'control.previous')}</Button>
      <Button onClick={() => props.onStep(1)} isDisabled={noConflicts} testId="timeline-next-conflict">{tt(language, 'control.next')}</Button>
      <Checkbox label={pt(language, 'highlight.toggle')} isChecked={props.highlight} onChange={(e) => props.onHighlight(e.target.checked)} />
      <span role="status" aria-live="polite" data-testid="timeline-announcement" style={{ fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>
        {noConflicts ? tt(language, 'conflict.none') : props.announcement}
      </span>
    </div>
  );
}
