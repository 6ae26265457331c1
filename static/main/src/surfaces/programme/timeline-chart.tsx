import { forwardRef } from 'react';
import type { PushedEpicView } from '../../../../../src/contract/what-if';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import type { Language } from '../../i18n/messages';
import { pt } from './messages';
import type { TimeAxis } from './time-axis';
import type { ArrowLayout } from './timeline-arrow-layout';
import { ArrowMarkers, TimelineArrows } from './timeline-arrows';
import { EpicBar } from './timeline-bars';
import { TODAY_COLOUR, type Mark } from './timeline-colours';
import { TimelineGhosts } from './timeline-ghosts';
import type { TimelineLayout } from './timeline-layout';
import { tt } from './timeline-messages';

export const AXIS_HEIGHT = 32;
const LABEL_WIDTH = 180;
const NEUTRAL_LANE = '#8590a2';

export interface ChartProps {
  language: Language;
  axis: TimeAxis;
  layout: TimelineLayout;
  arrows: ArrowLayout[];
  today: CalendarDate;
  /** Epics the filter lets through (the rest are dimmed when `filtered`). */
  isShown: (key: string) => boolean;
  filtered: boolean;
  focusKey: string | null;
  markOf: (key: string) => Mark | null;
  highlight: boolean;
  /** Project page: lanes of other streams, holding only the other ends of the stream's dependencies. */
  isOtherLane: (streamId: string | null) => boolean;
  ghosts: readonly PushedEpicView[];
  onOpen: (key: string) => void;
}

/** The chart: stream names on the left, and a horizontally scrolling SVG (the `ref`) with bars, arrows and today. */
export const TimelineChart = forwardRef<HTMLDivElement, ChartProps>(function TimelineChart(props, scrollerRef) {
  const { language, axis, layout, today } = props;
  const height = AXIS_HEIGHT + layout.height;
  const todayX = axis.x(today);
  const monthName = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { month: 'short' });
  return (
    <div style={{ display: 'flex', border: '1px solid var(--ds-border, #dcdfe4)', borderRadius: 4 }}>
      <div style={{ width: LABEL_WIDTH, flex: 'none', position: 'relative', height, borderRight: '1px solid var(--ds-border, #dcdfe4)' }}>
        {layout.lanes.map((lane) => (
          <div key={lane.streamId ?? '-'} data-testid={`lane-${lane.streamId ?? 'outside'}`} data-other={props.isOtherLane(lane.streamId) || undefined} style={{ position: 'absolute', top: AXIS_HEIGHT + lane.top, height: lane.height, left: 0, right: 0, padding: '4px 8px', borderLeft: `4px solid ${lane.stream?.colour ?? NEUTRAL_LANE}`, boxSizing: 'border-box', overflow: 'hidden' }}>
            <div title={lane.stream?.name} style={{ fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{lane.stream?.name ?? pt(language, 'timeline.outside')}</div>
            {props.isOtherLane(lane.streamId) ? <div style={{ fontSize: 11, color: 'var(--ds-text-subtle, #44546f)' }}>{tt(language, 'lane.other')}</div> : null}
            {lane.notDrawn > 0 ? <div data-testid="lane-capped" style={{ fontSize: 11 }}>{pt(language, 'timeline.capped', { count: lane.notDrawn })}</div> : null}
          </div>
        ))}
      </div>
      <div ref={scrollerRef} data-testid="timeline-scroller" style={{ overflowX: 'auto', flex: 1 }}>
        <svg data-testid="timeline" width={axis.width} height={height} role="group" aria-label={pt(language, 'tab.timeline')}>
          <ArrowMarkers />
          {axis.ticks.map((tick) => (
            <g key={tick.date} aria-hidden="true">
              <line x1={tick.x} x2={tick.x} y1={0} y2={height} stroke="var(--ds-border, #dcdfe4)" />
              <text x={tick.x + 4} y={20} fontSize={11} fill="var(--ds-text-subtle, #44546f)">
                {axis.unit === 'month' ? `${monthName.format(new Date(tick.year, tick.period, 1))} ${tick.year}` : `Q${tick.period} ${tick.year}`}
              </text>
            </g>
          ))}
          <g transform={`translate(0, ${AXIS_HEIGHT})`}>
            {layout.lanes.map((lane) => (
              <g key={lane.streamId ?? '-'} aria-hidden="true">
                {props.isOtherLane(lane.streamId) ? <rect x={0} y={lane.top} width={axis.width} height={lane.height} fill="var(--ds-background-neutral, #091e420f)" /> : null}
                <line x1={0} x2={axis.width} y1={lane.top + lane.height} y2={lane.top + lane.height} stroke="var(--ds-border, #dcdfe4)" />
              </g>
            ))}
            {layout.lanes.flatMap((lane) =>
              lane.bars.map((bar) => (
                <EpicBar
                  key={bar.item.key}
                  language={language}
                  bar={bar}
                  colour={lane.stream?.colour ?? NEUTRAL_LANE}
                  dimmed={(props.filtered && !props.isShown(bar.item.key) && bar.item.key !== props.focusKey) || props.isOtherLane(lane.streamId)}
                  focused={bar.item.key === props.focusKey}
                  mark={props.highlight ? props.markOf(bar.item.key) : null}
                  onOpen={props.onOpen}
                />
              )),
            )}
            <TimelineArrows language={language} arrows={props.arrows} barsByKey={layout.barsByKey} highlight={props.highlight} onOpen={props.onOpen} />
            <TimelineGhosts language={language} epics={props.ghosts} axis={axis} barsByKey={layout.barsByKey} />
          </g>
          {todayX >= 0 && todayX <= axis.width ? (
            <g data-testid="today-line">
              <line x1={todayX} x2={todayX} y1={AXIS_HEIGHT - 6} y2={height} stroke={TODAY_COLOUR} strokeWidth={2} />
              <text x={todayX + 3} y={AXIS_HEIGHT - 2} fontSize={10} fill="var(--ds-text-brand, #0c66e4)">{pt(language, 'today')}</text>
            </g>
          ) : null}
        </svg>
      </div>
    </div>
  );
});
