import { useEffect, useMemo } from 'react';
import type { DependencyView, ProgrammeView } from '../../../../../src/contract/programme';
import type { CalendarDate } from '../../../../../src/domain/calendar-date';
import type { Language } from '../../i18n/messages';
import { isUnfiltered, timelineEpics, type DependencyFilter } from './dependency-filter';
import { formatInstant } from './labels';
import { MatrixView } from './matrix-view';
import { TimelineView } from './timeline-view';
import { vt } from './view-state-messages';
import { filterParts } from './view-state-summary';

/**
 * While printing, only the print layout is on paper: the timeline (full width, fitted, no controls) and the matrix,
 * each on its own page under a header with the programme, the filter and the snapshot time.
 */
export const PRINT_CSS = `
.programme-print { display: none; }
@media print {
  .programme-printing > :not(.programme-print) { display: none !important; }
  .programme-printing > .programme-print { display: block; }
  .programme-print button, .programme-print [role="group"] > :not(svg):not(div) { display: none !important; }
  .programme-print [data-testid="timeline-scroller"] { overflow: visible !important; }
  .programme-print-page { break-after: page; page-break-after: always; }
  .programme-print-page:last-child { break-after: auto; page-break-after: auto; }
}`;

function PrintHeader({ language, view, title, filter }: { language: Language; view: ProgrammeView; title: string; filter: DependencyFilter }) {
  const parts = filterParts(language, view.streams, filter);
  return (
    <header style={{ marginBottom: 8 }}>
      <h1 style={{ fontSize: 18, margin: 0 }}>{title}</h1>
      <p style={{ margin: '2px 0', fontSize: 12 }}>{isUnfiltered(filter) ? vt(language, 'print.noFilter') : vt(language, 'print.filter', { filter: parts.join(', ') })}</p>
      <p style={{ margin: '2px 0', fontSize: 12 }}>{vt(language, 'print.asOf', { when: view.asOf ? formatInstant(language, view.asOf) : '–' })}</p>
    </header>
  );
}

export function PrintLayout({ language, view, title, filter, shown, today, onDone }: {
  language: Language;
  view: ProgrammeView;
  title: string;
  filter: DependencyFilter;
  shown: DependencyView[];
  today: CalendarDate;
  onDone: () => void;
}) {
  const timeline = useMemo(() => ({ ...view, epics: timelineEpics(view.epics, shown, filter.journey) }), [view, shown, filter.journey]);
  useEffect(() => {
    // Print once the layout is drawn, and leave print mode when the dialog closes.
    window.addEventListener('afterprint', onDone, { once: true });
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', onDone);
    };
  }, [onDone]);
  return (
    <div className="programme-print" data-testid="print-layout">
      <section className="programme-print-page" aria-label={vt(language, 'print.timeline')}>
        <PrintHeader language={language} view={view} title={title} filter={filter} />
        <h2 style={{ fontSize: 14 }}>{vt(language, 'print.timeline')}</h2>
        <TimelineView language={language} view={timeline} shown={shown} filtered={!isUnfiltered(filter)} focusKey={filter.focusKey} today={today} onOpen={() => undefined} zoom="fit" />
      </section>
      <section className="programme-print-page" aria-label={vt(language, 'print.matrix')}>
        <PrintHeader language={language} view={view} title={title} filter={filter} />
        <h2 style={{ fontSize: 14 }}>{vt(language, 'print.matrix')}</h2>
        <MatrixView language={language} streams={view.streams} cells={view.matrix} selected={filter.pair} onSelect={() => undefined} />
      </section>
    </div>
  );
}
