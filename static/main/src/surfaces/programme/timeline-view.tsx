import { useMemo, useReducer, useRef, useState } from 'react';
import type { DependencyView, ProgrammeView } from '../../../../../src/contract/programme';
import type { WhatIfView } from '../../../../../src/contract/what-if';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import type { Language } from '../../i18n/messages';
import { EmptyState } from '../../states';
import { IssueLink } from './issue-link';
import { dependencyName, formatDay } from './labels';
import { pt } from './messages';
import { PathsList } from './paths-list';
import { buildTimeAxis, type Zoom } from './time-axis';
import { layoutArrows } from './timeline-arrow-layout';
import { TimelineChart } from './timeline-chart';
import type { Mark } from './timeline-colours';
import { TimelineControls } from './timeline-controls';
import { layoutTimeline } from './timeline-layout';
import { TimelineLegend } from './timeline-legend';
import { tt } from './timeline-messages';
import { usePendingScroll, useViewportWidth, type ScrollTarget } from './timeline-scroll';
import { conflictOrder, fitScale, spanOf, stepConflict } from './timeline-viewport';
import { WhatIfPanel } from './what-if-panel';

// The skip link stays out of sight until it has keyboard focus.
const SKIP_STYLE = '.timeline-skip{position:absolute;left:-10000px}.timeline-skip:focus{position:static;display:inline-block;margin:4px 0;padding:4px 8px}';

/**
 * The timeline: one lane per stream, epics as bars from start to due, arrows from each blocker's end to the
 * waiting epic's start. `shown` are the dependencies the current filter lets through; the others are not drawn.
 * It opens on today (or on the filtered epics); `zoom` is controlled when given (the URL keeps it).
 */
export function TimelineView({ language, view, shown, filtered, focusKey, today, onOpen, zoom: zoomProp, onZoomChange }: {
  language: Language;
  view: ProgrammeView;
  shown: DependencyView[];
  filtered: boolean;
  focusKey: string | null;
  today: CalendarDate;
  onOpen: (key: string) => void;
  zoom?: Zoom | undefined;
  onZoomChange?: ((zoom: Zoom) => void) | undefined;
}) {
  const [ownZoom, setOwnZoom] = useState<Zoom>('month');
  const zoom = zoomProp ?? ownZoom;
  const [highlight, setHighlight] = useState(true);
  const [conflictIndex, setConflictIndex] = useState(-1);
  const [whatIf, setWhatIf] = useState<WhatIfView | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const pending = useRef<ScrollTarget | null>(filtered ? { kind: 'span' } : { kind: 'today' });
  const legend = useRef<HTMLElement>(null);

  const scopeStream = view.projectScope?.streamId ?? null;
  const streams = useMemo(() => (scopeStream === null ? view.streams : view.streams.filter((s) => s.id === scopeStream || view.epics.some((e) => e.streamId === s.id))), [view.streams, view.epics, scopeStream]);
  const ends = useMemo(() => new Set<string>(view.dependencies.flatMap((d) => [d.blocker, d.blocked]).flatMap((e) => (e.hidden ? [] : [e.key]))), [view.dependencies]);
  const priority = useMemo(() => (focusKey ? new Set([...ends, focusKey]) : ends), [ends, focusKey]);
  const shownKeys = useMemo(() => new Set<string>(shown.flatMap((d) => [d.blocker, d.blocked]).flatMap((e) => (e.hidden ? [] : [e.key]))), [shown]);
  // Fit and the first scroll show the filtered epics when a filter is on, else all of them.
  const span = useMemo(() => (filtered ? spanOf(view.epics.filter((e) => shownKeys.has(e.key) || e.key === focusKey)) : null) ?? spanOf(view.epics), [filtered, view.epics, shownKeys, focusKey]);
  const ghosts = useMemo(() => (whatIf ? [whatIf.slipped, ...whatIf.pushed] : []), [whatIf]);
  const [scroller, viewportWidth] = useViewportWidth();
  const fitPx = span && viewportWidth > 0 ? fitScale(span, viewportWidth) : undefined;
  const axis = useMemo(
    () => buildTimeAxis([...view.epics, ...ghosts.map((g) => ({ startDate: g.newStartDate, dueDate: g.newDueDate }))].flatMap((e) => (e.startDate && e.dueDate ? [e.startDate, e.dueDate] : [])), today, zoom, fitPx),
    [view.epics, ghosts, today, zoom, fitPx],
  );
  const layout = useMemo(() => layoutTimeline(streams, view.epics, axis, priority), [streams, view.epics, axis, priority]);
  const arrows = useMemo(() => layoutArrows(shown, layout.barsByKey), [shown, layout]);
  const conflicts = useMemo(() => conflictOrder(arrows), [arrows]);
  const marks = useMemo(() => {
    const byKey = new Map<string, Mark>();
    for (const key of view.criticalPath.keys) if (key !== null) byKey.set(key, 'critical');
    for (const cycle of view.cycles) for (const key of cycle.members) if (key !== null) byKey.set(key, 'cycle');
    return byKey;
  }, [view.cycles, view.criticalPath]);

  usePendingScroll(scroller, pending, { axis, today, span, conflicts });
  const scrollTo = (target: ScrollTarget) => {
    pending.current = target;
    rerender();
  };
  const setZoom = (next: Zoom) => {
    if (zoomProp === undefined) setOwnZoom(next);
    onZoomChange?.(next);
  };
  const current = conflicts[conflictIndex];
  const announcement = current ? tt(language, 'conflict.position', { index: conflictIndex + 1, count: conflicts.length, name: dependencyName(language, current.dependency) }) : '';

  return (
    <div>
      <style>{SKIP_STYLE}</style>
      <PathsList language={language} view={view} />
      <WhatIfPanel language={language} view={view} focusKey={focusKey} answer={whatIf} onAnswer={setWhatIf} />
      <TimelineControls
        language={language}
        zoom={zoom}
        onZoom={(next) => {
          setZoom(next);
          scrollTo({ kind: 'today' });
        }}
        onFit={() => {
          setZoom('fit');
          scrollTo({ kind: 'span' });
        }}
        onToday={() => scrollTo({ kind: 'today' })}
        conflicts={conflicts.length}
        onStep={(direction) => {
          const next = stepConflict(conflictIndex, conflicts.length, direction);
          setConflictIndex(next);
          const arrow = conflicts[next];
          if (arrow) scrollTo({ kind: 'conflict', id: arrow.dependency.id });
        }}
        highlight={highlight}
        onHighlight={setHighlight}
        announcement={announcement}
      />
      {layout.barsByKey.size === 0 ? <EmptyState>{pt(language, 'timeline.noEpics')}</EmptyState> : null}
      <a
        href="#timeline-legend"
        className="timeline-skip"
        data-testid="timeline-skip"
        onClick={(event) => {
          event.preventDefault();
          legend.current?.focus();
        }}
      >
        {tt(language, 'skip')}
      </a>
      <TimelineChart
        ref={scroller}
        language={language}
        axis={axis}
        layout={layout}
        arrows={arrows}
        today={today}
        isShown={(key) => shownKeys.has(key)}
        filtered={filtered}
        focusKey={focusKey}
        markOf={(key) => marks.get(key) ?? null}
        highlight={highlight}
        isOtherLane={(streamId) => scopeStream !== null && streamId !== scopeStream}
        ghosts={ghosts}
        onOpen={onOpen}
      />
      <TimelineLegend ref={legend} language={language} />
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
    </div>
  );
}
