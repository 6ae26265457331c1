import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { ProgrammeView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { formatInstant } from './labels';
import type { DependencyFilter } from './dependency-filter';
import { pt } from './messages';
import { HeadlineCounts } from './view-state-counts';

export interface RefreshState {
  busy: boolean;
  queued: boolean;
}

/** Programme name, snapshot time, refresh, the headline counts and the redaction note. */
export function ProgrammeHeader({ language, view, title, refresh, onRefresh, onCreate, filter, onCount }: {
  language: Language;
  view: ProgrammeView;
  title: string;
  refresh: RefreshState;
  onRefresh: () => void;
  onCreate: (() => void) | null;
  /** The current filter (the matching count is pressed), and what choosing a count narrows it to. */
  filter?: DependencyFilter;
  onCount?: (narrows: Pick<DependencyFilter, 'status' | 'only'>) => void;
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
      {view.viewerCan.unknown ? (
        <p data-testid="rights-unknown" style={{ margin: '4px 0', color: 'var(--ds-text-subtle, #44546f)' }}>{pt(language, 'rights.unknown')}</p>
      ) : null}
      <HeadlineCounts language={language} view={view} filter={filter} onChoose={onCount} />
      {redacted > 0 ? (
        <SectionMessage appearance="information">
          <p data-testid="redacted-note">{pt(language, 'redacted', { count: redacted })}</p>
        </SectionMessage>
      ) : null}
    </header>
  );
}
