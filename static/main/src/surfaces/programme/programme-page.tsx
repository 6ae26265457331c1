import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { format } from 'date-fns';
import { useCallback, useMemo, useState } from 'react';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import { call } from '../../api';
import { errorMessage, type Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { filterDependencies, isUnfiltered, type DependencyFilter } from './dependency-filter';
import { FilterBar } from './filter-bar';
import { JourneyFilterBar } from './journey-filter-bar';
import { openIssue } from './issue-link';
import { pt } from './messages';
import { ProgrammeHeader, type RefreshState } from './programme-header';
import { ProgrammeTabs } from './programme-tabs';
import { sortDependencies } from './dependency-sort';
import { ExportActions } from './export-actions';
import { PRINT_CSS, PrintLayout } from './print-layout';
import { outsideEveryStream, ProjectOutsideStreams } from './project-scope';
import { openRemoveLink } from './remove-link-dialog';
import { openCreateDependency } from './create-dependency-modal';
import { useJourneyChoices } from './use-journey-choices';
import { useProgrammeView } from './use-programme-view';
import { tabAt, tabIndex } from './view-state';
import { useViewHistory, viewOfLocation, type ModuleLocation } from './view-state-history';

// SVG bars and arrows are focusable; give them the same visible focus ring as the design system's controls.
const FOCUS_STYLE = '.programme-focusable:focus-visible { outline: 2px solid var(--ds-border-focused, #388bff); outline-offset: 2px; }';

/**
 * The programme manager's screen: which stream waits for which, where one stream's dates make another's
 * impossible, cycles and the critical path. On a project page `projectKey` narrows it to that project's stream.
 * The tab, filters and zoom live in the module path (`location`), so a view can be shared and back/forward work;
 * the issue view's `/focus/KEY` highlights one epic and filters to its dependencies.
 */
export function ProgrammePage({ language, projectKey, location }: { language: Language; projectKey?: string; location?: ModuleLocation | undefined }) {
  const [load, reload] = useProgrammeView(projectKey);
  const journeyChoices = useJourneyChoices();
  const [refresh, setRefresh] = useState<RefreshState>({ busy: false, queued: false });
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const stopPrinting = useCallback(() => setPrinting(false), []);
  const [viewState, setViewState] = useViewHistory(viewOfLocation(location));
  const { filter } = viewState;
  const setFilter = (next: DependencyFilter) => setViewState({ ...viewState, filter: next });
  const tab = tabIndex(viewState.tab);
  const setTab = (index: number) => setViewState({ ...viewState, tab: tabAt(index) });
  const today = useMemo(() => format(new Date(), 'yyyy-MM-dd') as CalendarDate, []);
  const ready = load.state === 'ready' ? load.view : null;
  const shown = useMemo(() => (ready ? filterDependencies(ready.dependencies, filter) : []), [ready, filter]);
  const shownInOrder = useMemo(() => sortDependencies(shown, viewState.sort), [shown, viewState.sort]);

  const requestRefresh = async () => {
    setRefresh({ busy: true, queued: false });
    setRefreshError(null);
    try {
      const answer = await call('programme/refresh', {});
      if (answer.ok) setRefresh({ busy: false, queued: answer.data.queued });
      else {
        setRefresh({ busy: false, queued: false });
        setRefreshError(errorMessage(language, answer.error));
      }
    } catch (error) {
      setRefresh({ busy: false, queued: false });
      setRefreshError(errorMessage(language, { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } }));
    }
    reload();
  };

  if (load.state === 'loading') return <Loading language={language} />;
  if (load.state === 'error') return <ErrorState language={language} error={load.error} onRetry={reload} />;
  const v = load.view;
  const title = projectKey ? `${pt(language, 'title')} · ${projectKey}` : pt(language, 'title');
  const open = (key: string) => openIssue(v.siteUrl, key);

  return (
    <div style={{ padding: 8 }} className={printing ? 'programme-printing' : undefined}>
      <style>{FOCUS_STYLE + PRINT_CSS}</style>
      {printing ? <PrintLayout language={language} view={v} title={title} filter={filter} shown={shown} today={today} onDone={stopPrinting} /> : null}
      {v.state === 'not-configured' ? (
        <SectionMessage appearance="information">
          <p data-testid="state-message">{pt(language, 'state.notConfigured')}</p>
        </SectionMessage>
      ) : outsideEveryStream(v) ? (
        <ProjectOutsideStreams language={language} view={v} />
      ) : v.state === 'building' && v.asOf === null ? (
        <SectionMessage appearance="information" actions={[<SectionMessageAction key="reload" onClick={reload}>{pt(language, 'reload')}</SectionMessageAction>]}>
          <p data-testid="state-message">{pt(language, 'state.building')}</p>
        </SectionMessage>
      ) : (
        <>
          <ProgrammeHeader language={language} view={v} title={title} refresh={refresh} onRefresh={() => void requestRefresh()} onCreate={v.viewerCan.link ? () => void openCreateDependency(language, { initialBlocked: filter.focusKey ?? '', projectKey }, reload) : null}
            filter={filter}
            onCount={(narrows) => setViewState({ ...viewState, tab: 'list', filter: { ...filter, ...narrows } })}
          />
          {refreshError ? (
            <SectionMessage appearance="error">
              <p role="alert">{refreshError}</p>
            </SectionMessage>
          ) : null}
          {v.state === 'failed' ? (
            <SectionMessage appearance="error" actions={[<SectionMessageAction key="reload" onClick={reload}>{pt(language, 'reload')}</SectionMessageAction>]}>
              <p data-testid="state-message">{pt(language, 'state.failed', { reason: v.failure ?? '' })}</p>
            </SectionMessage>
          ) : null}
          {v.dependencies.length === 0 && v.asOf !== null ? (
            <div data-testid="empty-state">
              <EmptyState>{pt(language, 'state.empty')}</EmptyState>
            </div>
          ) : null}
          <FilterBar language={language} streams={v.streams} filter={filter} onChange={setFilter} />
          <JourneyFilterBar language={language} choices={journeyChoices} value={filter.journey} onChange={(journey) => setFilter({ ...filter, journey })} />
          <ExportActions language={language} streams={v.streams} rows={shownInOrder} today={today} onPrint={() => setPrinting(true)} />
          <ProgrammeTabs
            language={language}
            projectKey={projectKey}
            view={v}
            shown={shown}
            filter={filter}
            filtered={!isUnfiltered(filter)}
            today={today}
            tab={tab}
            onTab={setTab}
            sort={viewState.sort}
            onSort={(sort) => setViewState({ ...viewState, sort })}
            zoom={viewState.zoom ?? undefined}
            onZoomChange={(zoom) => setViewState({ ...viewState, zoom })}
            onSelectPair={(pair) => setViewState({ ...viewState, tab: 'list', filter: { ...filter, pair } })}
            onOpen={open}
            onRemove={v.viewerCan.link ? (link) => void openRemoveLink(language, link, reload) : null}
          />
        </>
      )}
    </div>
  );
}
