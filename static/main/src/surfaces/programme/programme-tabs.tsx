import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import type { DependencyView, ProgrammeView } from '../../../../../src/contract/programme';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import type { Evidence } from '../../../../../src/domain/dependencies/types';
import type { Language } from '../../i18n/messages';
import type { DependencyFilter, StreamPair } from './dependency-filter';
import { DependencyList } from './dependency-list';
import { MatrixView } from './matrix-view';
import { pt } from './messages';
import { TimelineView } from './timeline-view';

/** Timeline, matrix and list: three views of the same filtered dependencies. */
export function ProgrammeTabs(props: {
  language: Language;
  view: ProgrammeView;
  shown: DependencyView[];
  filter: DependencyFilter;
  filtered: boolean;
  today: CalendarDate;
  tab: number;
  onTab: (index: number) => void;
  onSelectPair: (pair: StreamPair) => void;
  onOpen: (key: string) => void;
  onRemove: (evidence: Evidence) => void;
}) {
  const { language, view, shown, filter } = props;
  return (
    <Tabs id="programme-tabs" selected={props.tab} onChange={props.onTab}>
      <TabList>
        <Tab>{pt(language, 'tab.timeline')}</Tab>
        <Tab>{pt(language, 'tab.matrix')}</Tab>
        <Tab>{`${pt(language, 'tab.list')} (${shown.length})`}</Tab>
      </TabList>
      <TabPanel>
        <div style={{ width: '100%', paddingTop: 8 }}>
          <TimelineView language={language} view={view} shown={shown} filtered={props.filtered} focusKey={filter.focusKey} today={props.today} onOpen={props.onOpen} />
        </div>
      </TabPanel>
      <TabPanel>
        <div style={{ width: '100%', paddingTop: 8 }}>
          <MatrixView language={language} streams={view.streams} cells={view.matrix} selected={filter.pair} onSelect={props.onSelectPair} />
        </div>
      </TabPanel>
      <TabPanel>
        <div style={{ width: '100%', paddingTop: 8 }}>
          <DependencyList language={language} dependencies={shown} streams={view.streams} siteUrl={view.siteUrl} onRemove={props.onRemove} />
        </div>
      </TabPanel>
    </Tabs>
  );
}
