import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { IssueDependenciesView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { useResolver } from '../../use-resolver';
import { ScopeSection } from './dependency-list';
import { dependencyText } from './dependency-messages';
import { dependencyGroups } from './dependency-rows';
import { openProgrammePage } from './navigation';

const subtle = { color: 'var(--ds-text-subtle, #44546f)', fontSize: 12, margin: '4px 0' } as const;

function asOfText(language: Language, asOf: string | null): string {
  if (!asOf) return dependencyText(language, 'panel.neverBuilt');
  const time = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(asOf));
  return dependencyText(language, 'panel.asOf', { time });
}

function NotReady({ language, view, onReload }: { language: Language; view: IssueDependenciesView; onReload: () => void }) {
  const key = view.state === 'not-configured' ? 'state.notConfigured' : view.state === 'building' ? 'state.building' : 'state.failed';
  return (
    <div data-testid={`state-${view.state}`}>
      <SectionMessage appearance={view.state === 'failed' ? 'warning' : 'information'} actions={view.state === 'not-configured' ? [] : [<SectionMessageAction key="reload" onClick={onReload}>{dependencyText(language, 'reload')}</SectionMessageAction>]}>
        <p>{dependencyText(language, key)}</p>
      </SectionMessage>
    </div>
  );
}

/**
 * The issue view's dependency panel: what the issue's epic waits on and what waits on it, across streams and within
 * its own stream, each group worst first.
 */
export function IssueDependenciesPanel({ issueKey, language }: { issueKey: string; language: Language }) {
  const [result, reload] = useResolver('issue/dependencies', { issueKey });
  if (result.state === 'loading') return <Loading language={language} />;
  if (result.state === 'error') {
    // NOT_CONFIGURED is a state of the programme, not a failure: explain it the same way as the view's state.
    if (result.error.code === 'NOT_CONFIGURED') return <NotReady language={language} view={{ issueKey, epicKey: issueKey, epicHidden: false, epicStreamId: null, asOf: null, state: 'not-configured', waitsOn: [], waitedOnBy: [], streams: [] }} onReload={reload} />;
    return <ErrorState language={language} error={result.error} onRetry={reload} />;
  }
  const view = result.data;
  if (view.state !== 'ready') return <NotReady language={language} view={view} onReload={reload} />;
  if (view.epicKey === null) {
    return (
      <div data-testid="epic-hidden">
        <SectionMessage appearance="information">
          <p>{dependencyText(language, 'panel.epicHidden', { key: view.issueKey })}</p>
        </SectionMessage>
      </div>
    );
  }
  const epicKey = view.epicKey;
  const groups = dependencyGroups(view);
  return (
    <div>
      <p style={{ margin: '0 0 4px' }} data-testid="panel-subject">
        {groups.viaEpic ? dependencyText(language, 'panel.viaEpic', { epic: groups.viaEpic, key: view.issueKey }) : dependencyText(language, 'panel.forIssue', { key: epicKey })}
      </p>
      {groups.any ? (
        <>
          <ScopeSection language={language} title={dependencyText(language, 'scope.across')} scope={groups.across} />
          <ScopeSection
            language={language}
            title={groups.within.stream ? dependencyText(language, 'scope.within', { stream: groups.within.stream.name }) : dependencyText(language, 'scope.withinNoStream')}
            scope={groups.within}
          />
        </>
      ) : (
        <EmptyState>{dependencyText(language, 'empty')}</EmptyState>
      )}
      <div style={{ display: 'flex', gap: 12, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <span style={subtle} data-testid="as-of">{asOfText(language, view.asOf)}</span>
        <a
          href={`?focus=${encodeURIComponent(epicKey)}`}
          onClick={(event) => {
            event.preventDefault();
            void openProgrammePage(epicKey);
          }}
        >
          {dependencyText(language, 'panel.open')}
        </a>
      </div>
    </div>
  );
}
