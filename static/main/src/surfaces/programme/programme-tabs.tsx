import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { DependencyView, ProgrammeView } from '../../../../../src/contract/programme';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import type { Evidence } from '../../../../../src/domain/dependencies/types';
import type { Language } from '../../i18n/messages';
import { timelineEpics, type DependencyFilter, type StreamPair } from './dependency-filter';
import { DependencyList } from './dependency-list';
import { MatrixView } from './matrix-view';
import { pt } from './messages';
import { publishingText } from '../publishing/publishing-messages';
import { rt } from '../round-table/rt-messages';
import { st } from '../strategy/strategy-messages';
import { TimelineView } from './timeline-view';
import type { SortOrder } from './dependency-sort';
import type { Zoom } from './time-axis';
import { Loading } from '../../states';

// Tabs that load their own data are chunks of their own, fetched when first opened: the page's first download
// carries the timeline, the matrix and the list only.
const CoverageTab = lazy(() => import('./coverage-tab').then((m) => ({ default: m.CoverageTab })));
const StrategyTab = lazy(() => import('../strategy/strategy-tab').then((m) => ({ default: m.StrategyTab })));
const PublishingPanel = lazy(() => import('../publishing/publishing-panel').then((m) => ({ default: m.PublishingPanel })));
const RoundTableTab = lazy(() => import('../round-table/round-table-tab').then((m) => ({ default: m.RoundTableTab })));

function OnOpen({ language, children }: { language: Language; children: ReactNode }) {
  return <Suspense fallback={<Loading language={language} />}>{children}</Suspense>;
}

/**
 * Timeline, matrix and list: three views of the same filtered dependencies; then the journey coverage, the strategy
 * tree, what was published to Confluence and the round table (these load their own data when opened).
 */
export function ProgrammeTabs(props: {
  language: Language;
  projectKey?: string | undefined;
  view: ProgrammeView;
  shown: DependencyView[];
  filter: DependencyFilter;
  filtered: boolean;
  today: CalendarDate;
  tab: number;
  onTab: (index: number) => void;
  onSelectPair: (pair: StreamPair) => void;
  onOpen: (key: string) => void;
  /** The list's order and the timeline's zoom, kept by the page (in the URL). */
  sort?: SortOrder;
  onSort?: (sort: SortOrder) => void;
  zoom?: Zoom | undefined;
  onZoomChange?: (zoom: Zoom) => void;
  /** Null when the viewer may remove no link (then no remove button is drawn). */
  onRemove: ((evidence: Evidence) => void) | null;
}) {
  const { language, view, shown, filter } = props;
  // The journey filter narrows the bars too: matching epics, plus the ends of the dependencies shown.
  const timeline = useMemo(() => ({ ...view, epics: timelineEpics(view.epics, shown, filter.journey) }), [view, shown, filter.journey]);
  return (
    <Tabs id="programme-tabs" selected={props.tab} onChange={props.onTab}>
      <TabList>
        <Tab>{pt(language, 'tab.timeline')}</Tab>
        <Tab>{pt(language, 'tab.matrix')}</Tab>
        <Tab>{`${pt(language, 'tab.list')} (${shown.length})`}</Tab>
        <Tab>{pt(language, 'tab.coverage')}</Tab>
        <Tab>{st(language, 'tab')}</Tab>
        <Tab>{publishingText(language, 'tab')}</Tab>
        <Tab>{rt(language, 'tab')}</Tab>
      </TabList>
      <TabPanel>
        <div style={{ width: '100%', paddingTop: 8 }}>
          <TimelineView language={language} view={timeline} shown={shown} filtered={props.filtered} focusKey={filter.focusKey} today={props.today} onOpen={props.onOpen} zoom={props.zoom} onZoomChange={props.onZoomChange} />
        </div>
      </TabPanel>
      <TabPanel>
        <div style={{ width: '100%', paddingTop: 8 }}>
          <MatrixView language={language} streams={view.streams} cells={view.matrix} selected={filter.pair} onSelect={props.onSelectPair} />
        </div>
      </TabPanel>
      <TabPanel>
        <div style={{ width: '100%', paddingTop: 8 }}>
          <DependencyList language={language} dependencies={shown} streams={view.streams} siteUrl={view.siteUrl} onRemove={props.onRemove} sort={props.sort} onSort={props.onSort} />
        </div>
      </TabPanel>
      <TabPanel>
        <div style={{ width: '100%', paddingTop: 8 }}>
          <OnOpen language={language}><CoverageTab language={language} projectKey={props.projectKey} filter={filter} /></OnOpen>
        </div>
      </TabPanel>
      <TabPanel>
        <div style={{ width: '100%', paddingTop: 8 }}>
          <OnOpen language={language}><StrategyTab language={language} /></OnOpen>
        </div>
      </TabPanel>
      <TabPanel>
        <div style={{ width: '100%', paddingTop: 8 }}>
          <OnOpen language={language}><PublishingPanel language={language} /></OnOpen>
        </div>
      </TabPanel>
      <TabPanel>
        <div style={{ width: '100%', paddingTop: 8 }}>
          <OnOpen language={language}><RoundTableTab language={language} siteUrl={view.siteUrl} /></OnOpen>
        </div>
      </TabPanel>
    </Tabs>
  );
}
