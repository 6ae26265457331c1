import Lozenge from '@atlaskit/lozenge';
import type { Health, HealthReasons } from '../../../../../src/domain/strategy/roll-up-types';
import { healthReason } from './health-words';
import type { Language } from '../../i18n/messages';
import { st } from './strategy-messages';

const APPEARANCE = { 'on-track': 'success', 'at-risk': 'moved', 'off-track': 'removed', unknown: 'default' } as const;

/** The health lozenge with its reason beside it, so colour is never the only signal. */
export function HealthBadge({ language, health, reasons }: { language: Language; health: Health; reasons: HealthReasons }) {
  return (
    <span data-testid="health" data-health={health} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      <Lozenge appearance={APPEARANCE[health]}>{st(language, `health.${health}`)}</Lozenge>
      <span style={{ fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{healthReason(language, health, reasons)}</span>
    </span>
  );
}

/** A share done as a bar and a number; a screen reader hears "40 % done". */
export function ProgressBar({ language, shareDone }: { language: Language; shareDone: number | null }) {
  if (shareDone === null) return <span style={{ fontSize: 12, color: 'var(--ds-text-subtlest, #626f86)' }}>{st(language, 'row.noIssues')}</span>;
  const percent = Math.round(shareDone * 100);
  const label = st(language, 'row.done', { percent });
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      <span
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={label}
        style={{ display: 'inline-block', width: 80, height: 6, borderRadius: 3, background: 'var(--ds-background-neutral, #091e420f)', overflow: 'hidden' }}
      >
        <span style={{ display: 'block', height: '100%', width: `${percent}%`, background: 'var(--ds-background-success-bold, #1f845a)' }} />
      </span>
      <span style={{ fontSize: 12 }} data-testid="share-done">{label}</span>
    </span>
  );
}
