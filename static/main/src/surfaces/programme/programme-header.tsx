import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { ProgrammeView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { formatInstant } from './labels';
import { pt, type ProgrammeMessageKey } from './messages';

export interface RefreshState {
  busy: boolean;
  queued: boolean;
}

const COUNTS: Array<{ key: ProgrammeMessageKey; value: (view: ProgrammeView) => number; tone?: string }> = [
  { key: 'count.dependencies', value: (v) => v.counts.dependencies },
  { key: 'count.crossStream', value: (v) => v.counts.crossStream },
  { key: 'count.conflicts', value: (v) => v.counts.byStatus.conflict, tone: 'var(--ds-text-danger, #ae2e24)' },
  { key: 'count.atRisk', value: (v) => v.counts.byStatus['at-risk'], tone: 'var(--ds-text-warning, #a54800)' },
  { key: 'count.cycles', value: (v) => v.counts.cycles, tone: 'var(--ds-text-discovery, #5e4db2)' },
];

/** Programme name, snapshot time, refresh, the headline counts and the redaction note. */
export function ProgrammeHeader({ language, view, title, refresh, onRefresh, onCreate }: {
  language: Language;
  view: ProgrammeView;
  title: string;
  refresh: RefreshState;
  onRefresh: () => void;
  onCreate: (() => void) | null;
}) {
  const redacted = view.redacted.epics + view.redacted.dependencies;
  return (
    <header style={{ marginBottom: 12 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 12 }}>
        <h2 style={{ margin: 0, overflowWrap: 'anywhere' }}>{title}</h2>
        <span data-testid="as-of" style={{ color: 'var(--ds-text-subtle, #44546f)' }}>
          {pt(language, 'asOf', { when: view.asOf ? formatInstant(language, view.asOf) : pt(language, 'notBuiltYet') })}
        </span>
        <span style={{ marginLeft: 'auto', display: 'flex', gap: 8 }}>
          {onCreate ? <Button onClick={onCreate}>{pt(language, 'create.open')}</Button> : null}
          {/* A full rebuild is for those who run the programme; others get it nightly and after every change. */}
          {view.canRefresh ? <Button appearance="primary" onClick={onRefresh} isLoading={refresh.busy}>{pt(language, 'refresh')}</Button> : null}
        </span>
      </div>
      {refresh.queued || view.refreshing ? (
        <p role="status" data-testid="refresh-status" style={{ margin: '4px 0' }}>{pt(language, view.refreshing ? 'refreshing' : 'refreshQueued')}</p>
      ) : null}
      <dl data-testid="counts" style={{ display: 'flex', flexWrap: 'wrap', gap: 16, margin: '8px 0' }}>
        {COUNTS.map(({ key, value, tone }) => (
          <div key={key} style={{ display: 'flex', flexDirection: 'column-reverse' }}>
            <dt style={{ fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{pt(language, key)}</dt>
            <dd data-testid={key} style={{ margin: 0, fontSize: 20, fontWeight: 600, color: value(view) > 0 && tone ? tone : undefined }}>{value(view)}</dd>
          </div>
        ))}
      </dl>
      {redacted > 0 ? (
        <SectionMessage appearance="information">
          <p data-testid="redacted-note">{pt(language, 'redacted', { count: redacted })}</p>
        </SectionMessage>
      ) : null}
    </header>
  );
}
