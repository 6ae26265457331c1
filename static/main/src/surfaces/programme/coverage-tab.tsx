import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { CoverageView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { useResolver } from '../../use-resolver';
import { narrowCoverage } from './coverage-model';
import { CoverageHeatmap, LifecycleMatrix } from './coverage-tables';
import { NO_FILTER, type DependencyFilter } from './dependency-filter';
import { IssueLink } from './issue-link';
import { JqlLink } from './jql-link';
import { streamName } from './labels';
import { pt } from './messages';
import { vt } from './view-state-messages';
import { filterParts } from './view-state-summary';

const SECTION = { marginTop: 16 };
const H3 = { fontSize: 14, margin: '0 0 4px' };

function Gaps({ language, view }: { language: Language; view: CoverageView }) {
  return (
    <>
      <section data-testid="coverage-use-cases" style={SECTION}>
        <h3 style={H3}>{pt(language, 'coverage.useCases.title')} ({view.useCasesWithoutWork.length})</h3>
        {view.useCasesWithoutWork.length === 0 ? (
          <EmptyState>{pt(language, 'coverage.useCases.none')}</EmptyState>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {view.useCasesWithoutWork.map((useCase) => (
              <li key={useCase.id}>
                <JqlLink siteUrl={view.siteUrl} jql={useCase.jql} label={pt(language, 'coverage.useCases.link', { id: useCase.id, title: useCase.title })} testId={`use-case-${useCase.id}`}>
                  {useCase.id}
                </JqlLink>{' '}
                {useCase.title}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section data-testid="coverage-epics" style={SECTION}>
        <h3 style={H3}>{pt(language, 'coverage.epics.title')}</h3>
        <p style={{ margin: '0 0 4px', fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{pt(language, 'coverage.epics.help')}</p>
        {view.untaggedEpics.length === 0 ? <EmptyState>{pt(language, 'coverage.epics.none')}</EmptyState> : null}
        {view.untaggedEpics.map((group) => (
          <div key={group.streamId} style={{ marginBottom: 8 }}>
            <strong>{pt(language, 'coverage.epics.stream', { stream: streamName(language, view.streams, group.streamId), count: group.epics.length })}</strong>{' '}
            <JqlLink siteUrl={view.siteUrl} jql={group.jql} testId={`untagged-${group.streamId}`}>{pt(language, 'coverage.epics.search')}</JqlLink>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {group.epics.map((epic) => (
                <li key={epic.key}>
                  <IssueLink siteUrl={view.siteUrl} issueKey={epic.key} /> {epic.summary}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}

/**
 * The Coverage tab: which parts of the customer journey the programme's work serves, and where the gaps are. It follows
 * the filter bar: its stream (the server counts only that stream) and its journey terms (columns, rows, use cases).
 */
export function CoverageTab({ language, projectKey, filter = NO_FILTER }: { language: Language; projectKey?: string | undefined; filter?: DependencyFilter }) {
  const [load, reload] = useResolver('coverage/load', { ...(projectKey ? { projectKey } : {}), ...(filter.streamId ? { streamId: filter.streamId } : {}) });
  if (load.state === 'loading') return <Loading language={language} />;
  if (load.state === 'error') return <ErrorState language={language} error={load.error} onRetry={reload} />;
  if (load.data.state === 'not-configured') return <EmptyState>{pt(language, 'state.notConfigured')}</EmptyState>;
  const applied = filterParts(language, load.data.streams, { ...NO_FILTER, streamId: filter.streamId, journey: filter.journey });
  const note = (
    <p data-testid="coverage-filter" style={{ margin: '0 0 8px', fontSize: 12 }}>
      {applied.length > 0 ? vt(language, 'coverage.filtered', { filter: applied.join(', ') }) : vt(language, 'coverage.unfiltered')}
    </p>
  );
  if (filter.streamId && load.data.asOf !== null && load.data.heatmap.length === 0) {
    return (
      <div data-testid="coverage">
        {note}
        <EmptyState>{vt(language, 'coverage.noStreams')}</EmptyState>
      </div>
    );
  }
  const view = narrowCoverage(load.data, filter.journey);
  if (view.asOf === null || view.heatmap.length === 0) {
    return (
      <SectionMessage appearance="information" actions={[<SectionMessageAction key="reload" onClick={reload}>{pt(language, 'reload')}</SectionMessageAction>]}>
        <p data-testid="coverage-building">{pt(language, 'coverage.building')}</p>
      </SectionMessage>
    );
  }
  const tagged = view.heatmap.some((row) => row.cells.some((cell) => cell.count > 0));
  return (
    <div data-testid="coverage">
      {note}
      <p style={{ margin: '0 0 8px', fontSize: 12 }}>
        <span data-testid="coverage-total">{pt(language, 'coverage.total', { count: view.issues })}</span>{' '}
        {view.withheld.issues > 0 ? <span data-testid="coverage-withheld">{pt(language, 'coverage.withheld', { count: view.withheld.issues, projects: view.withheld.projects })}</span> : null}
      </p>
      {tagged ? null : (
        <div data-testid="coverage-empty">
          <EmptyState>{pt(language, 'coverage.empty')}</EmptyState>
        </div>
      )}
      <section style={SECTION}>
        <h3 style={H3}>{pt(language, 'coverage.heatmap.title')}</h3>
        <CoverageHeatmap language={language} view={view} />
      </section>
      <section style={SECTION}>
        <h3 style={H3}>{pt(language, 'coverage.matrix.title')}</h3>
        <LifecycleMatrix language={language} view={view} />
      </section>
      <Gaps language={language} view={view} />
    </div>
  );
}
