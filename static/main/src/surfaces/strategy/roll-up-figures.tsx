import type { NodeRollUp } from '../../../../../src/domain/strategy/roll-up-types';
import type { Language } from '../../i18n/messages';
import { formatDay } from '../programme/labels';
import { HealthBadge, ProgressBar } from './health';
import { st } from './strategy-messages';

/** The node's figures with its sub-strategies': issues by status, share done, health, dates and slip. */
export function RollUpFigures({ language, rollUp }: { language: Language; rollUp: NodeRollUp | null }) {
  if (!rollUp) return <p style={{ fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{st(language, 'detail.noRollUp')}</p>;
  const slip = rollUp.slipDays === null ? st(language, 'rollup.noBaseline') : st(language, 'rollup.days', { days: rollUp.slipDays });
  const rows: Array<[string, string]> = [
    [st(language, 'rollup.todo'), String(rollUp.progress.todo)],
    [st(language, 'rollup.inProgress'), String(rollUp.progress.inProgress)],
    [st(language, 'rollup.done'), String(rollUp.progress.done)],
    [st(language, 'rollup.epics'), String(rollUp.epicKeys.length)],
    [st(language, 'rollup.start'), formatDay(language, rollUp.earliestStart)],
    [st(language, 'rollup.due'), formatDay(language, rollUp.latestDue)],
    [st(language, 'rollup.slip'), slip],
  ];
  return (
    <div data-testid="roll-up">
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', margin: '4px 0 8px' }}>
        <ProgressBar language={language} shareDone={rollUp.shareDone} />
        <HealthBadge language={language} health={rollUp.health} reasons={rollUp.reasons} />
      </div>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: 0, fontSize: 13 }}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt style={{ color: 'var(--ds-text-subtle, #44546f)' }}>{term}</dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
