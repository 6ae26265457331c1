import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { useMemo, useState } from 'react';
import type { DependencyView, ProgrammeView } from '../../../../../src/contract/programme';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import type { Language } from '../../i18n/messages';
import { EmptyState } from '../../states';
import { IssueLink } from './issue-link';
import { dependencyName, formatDay } from './labels';
import { pt } from './messages';
import { PathsList } from './paths-list';
import { buildTimeAxis, type Zoom } from './time-axis';
import { EpicBar } from './timeline-bars';
import { ARROW_COLOURS, HIGHLIGHT } from './timeline-colours';
import { layoutArrows, layoutTimeline } from './timeline-layout';

const AXIS_HEIGHT = 32;
const LABEL_WIDTH = 180;
const NEUTRAL_LANE = '#8590a2';

/**
 * The timeline: one lane per stream, epics as bars from start to due, arrows from each blocker's end to the
 * waiting epic's start. `shown` are the dependencies the current filter lets through; the others are not drawn.
 */
export function TimelineView({ language, view, shown, filtered, focusKey, today, onOpen }: {
  language: Language;
  view: ProgrammeView;
  shown: DependencyView[];
  filtered: boolean;
  focusKey: string | null;
  today: CalendarDate;
  onOpen: (key: string) => void;
}) {
  const [zoom, setZoom] = useState<Zoom>('month');
  const [highlight, setHighlight] = useState(true);
  const ends = useMemo(() => new Set<string>(view.dependencies.flatMap((d) => [d.blocker, d.blocked]).flatMap((e) => (e.hidden ? [] : [e.key]))), [view.dependencies]);
  const priority = useMemo(() => (focusKey ? new Set([...ends, focusKey]) : ends), [ends, focusKey]);
  const axis = useMemo(() => buildTimeAxis(view.epics.flatMap((e) => (e.startDate && e.dueDate ? [e.startDate, e.dueDate] : [])), today, zoom), [view.epics, today, zoom]);
  const layout = useMemo(() => layoutTimeline(view.streams, view.epics, axis, priority), [view.streams, view.epics, axis, priority]);
  const arrows = useMemo(() => layoutArrows(shown, layout.barsByKey), [shown, layout]);
  const shownKeys = useMemo(() => new Set<string>(shown.flatMap((d) => [d.blocker, d.blocked]).flatMap((e) => (e.hidden ? [] : [e.key]))), [shown]);
  const marked = useMemo(() => new Set<string>([...view.cycles.flatMap((c) => c.members), ...view.criticalPath.keys].filter((key): key is string => key !== null)), [view.cycles, view.criticalPath]);
  const height = AXIS_HEIGHT + layout.height;
  const todayX = axis.x(today);
  const monthName = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { month: 'short' });

  return (
    <div>
      <div role="group" aria-label={pt(language, 'zoom.label')} style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 8 }}>
        {(['month', 'quarter'] as const).map((z) => (
          <Button key={z} isSelected={zoom === z} aria-pressed={zoom === z} onClick={() => setZoom(z)}>
            {pt(language, z === 'month' ? 'zoom.month' : 'zoom.quarter')}
          </Button>
        ))}
        <Checkbox label={pt(language, 'highlight.toggle')} isChecked={highlight} onChange={(e) => setHighlight(e.target.checked)} />
      </div>
      {layout.barsByKey.size === 0 ? <EmptyState>{pt(language, 'timeline.noEpics')}</EmptyState> : null}
      <div style={{ display: 'flex', border: '1px solid var(--ds-border, #dcdfe4)', borderRadius: 4 }}>
        <div style={{ width: LABEL_WIDTH, flex: 'none', position: 'relative', height, borderRight: '1px solid var(--ds-border, #dcdfe4)' }}>
          {layout.lanes.map((lane) => (
            <div key={lane.streamId ?? '-'} style={{ position: 'absolute', top: AXIS_HEIGHT + lane.top, height: lane.height, left: 0, right: 0, padding: '4px 8px', borderLeft: `4px solid ${lane.stream?.colour ?? NEUTRAL_LANE}`, boxSizing: 'border-box', overflow: 'hidden' }}>
              <div title={lane.stream?.name} style={{ fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{lane.stream?.name ?? pt(language, 'timeline.outside')}</div>
              {lane.notDrawn > 0 ? <div data-testid="lane-capped" style={{ fontSize: 11 }}>{pt(language, 'timeline.capped', { count: lane.notDrawn })}</div> : null}
            </div>
          ))}
        </div>
        <div style={{ overflowX: 'auto', flex: 1 }}>
          <svg data-testid="timeline" width={axis.width} height={height} role="group" aria-label={pt(language, 'tab.timeline')}>
            <defs>
              {Object.entries(ARROW_COLOURS).map(([status, colour]) => (
                <marker key={status} id={`arrow-${status}`} viewBox="0 0 8 8" refX={7} refY={4} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
                  <path d="M0,0 L8,4 L0,8 z" style={{ fill: colour }} />
                </marker>
              ))}
            </defs>
            {axis.ticks.map((tick) => (
              <g key={tick.date} aria-hidden="true">
                <line x1={tick.x} x2={tick.x} y1={0} y2={height} stroke="var(--ds-border, #dcdfe4)" />
                <text x={tick.x + 4} y={20} fontSize={11} fill="var(--ds-text-subtle, #44546f)">
                  {zoom === 'month' ? `${monthName.format(new Date(tick.year, tick.period, 1))} ${tick.year}` : `Q${tick.period} ${tick.year}`}
                </text>
              </g>
            ))}
            <g transform={`translate(0, ${AXIS_HEIGHT})`}>
              {layout.lanes.map((lane) => (
                <line key={lane.streamId ?? '-'} aria-hidden="true" x1={0} x2={axis.width} y1={lane.top + lane.height} y2={lane.top + lane.height} stroke="var(--ds-border, #dcdfe4)" />
              ))}
              {layout.lanes.flatMap((lane) =>
                lane.bars.map((bar) => (
                  <EpicBar
                    key={bar.item.key}
                    language={language}
                    bar={bar}
                    colour={lane.stream?.colour ?? NEUTRAL_LANE}
                    dimmed={filtered && !shownKeys.has(bar.item.key) && bar.item.key !== focusKey}
                    focused={bar.item.key === focusKey}
                    highlighted={highlight && marked.has(bar.item.key as string)}
                    onOpen={onOpen}
                  />
                )),
              )}
              {arrows.map(({ dependency, path, labelX, labelY }) => {
                const marks = highlight && (dependency.inCycle || dependency.onCriticalPath);
                const opener = dependency.blocker.hidden ? null : dependency.blocker.key;
                return (
                  <g
                    key={dependency.id}
                    role="link"
                    tabIndex={0}
                    aria-label={dependencyName(language, dependency)}
                    data-testid={`arrow-${dependency.id}`}
                    data-status={dependency.status}
                    className="programme-focusable"
                    style={{ opacity: dependency.status === 'resolved' ? 0.4 : 1, cursor: 'pointer' }}
                    onClick={() => opener && onOpen(opener)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' && opener) onOpen(opener);
                    }}
                  >
                    <title>{dependencyName(language, dependency)}</title>
                    {/* A wide transparent stroke makes the thin arrow easy to hit with a mouse. */}
                    <path d={path} fill="none" stroke="transparent" strokeWidth={10} />
                    <path d={path} fill="none" style={{ stroke: marks ? HIGHLIGHT : ARROW_COLOURS[dependency.status] }} strokeWidth={dependency.status === 'conflict' || marks ? 2.5 : 1.5} strokeDasharray={dependency.status === 'resolved' ? '4 3' : undefined} markerEnd={`url(#arrow-${dependency.status})`} />
                    {dependency.status === 'conflict' && dependency.overlapDays !== null ? (
                      <text x={labelX} y={labelY - 4} fontSize={11} fontWeight={600} textAnchor="middle" style={{ fill: ARROW_COLOURS.conflict }}>
                        {pt(language, 'list.overlap', { days: dependency.overlapDays })}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>
            {todayX >= 0 && todayX <= axis.width ? (
              <g data-testid="today-line">
                <line x1={todayX} x2={todayX} y1={AXIS_HEIGHT - 6} y2={height} stroke="var(--ds-border-brand, #0c66e4)" strokeWidth={2} />
                <text x={todayX + 3} y={AXIS_HEIGHT - 2} fontSize={10} fill="var(--ds-text-brand, #0c66e4)">{pt(language, 'today')}</text>
              </g>
            ) : null}
          </svg>
        </div>
      </div>
      {layout.undated.length > 0 ? (
        <section data-testid="undated" style={{ marginTop: 12 }}>
          <h3 style={{ fontSize: 14, margin: '0 0 4px' }}>{pt(language, 'timeline.undated')}</h3>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {layout.undated.map((item) => (
              <li key={item.key}>
                <IssueLink siteUrl={view.siteUrl} issueKey={item.key} /> {item.summary} ({formatDay(language, item.startDate)} – {formatDay(language, item.dueDate)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <PathsList language={language} view={view} />
    </div>
  );
}
