import { forwardRef } from 'react';
import type { Language } from '../../i18n/messages';
import { ARROW_COLOURS, ARROW_DASHES, GHOST, MARKS, PROGRESS_COLOUR, TODAY_COLOUR } from './timeline-colours';
import { tt, type TimelineMessageKey } from './timeline-messages';

type Swatch = { kind: 'line'; colour: string; dash?: string | undefined; width: number; opacity?: number } | { kind: 'box'; colour: string; dash?: string; fill?: string } | { kind: 'today' };

const ENTRIES: Array<{ key: TimelineMessageKey; swatch: Swatch; testId: string }> = [
  { key: 'legend.conflict', testId: 'conflict', swatch: { kind: 'line', colour: ARROW_COLOURS.conflict, width: 2.5 } },
  { key: 'legend.atRisk', testId: 'at-risk', swatch: { kind: 'line', colour: ARROW_COLOURS['at-risk'], dash: ARROW_DASHES['at-risk'], width: 1.5 } },
  { key: 'legend.cycle', testId: 'cycle', swatch: { kind: 'line', colour: MARKS.cycle.colour, dash: MARKS.cycle.dash, width: 5 } },
  { key: 'legend.critical', testId: 'critical', swatch: { kind: 'line', colour: MARKS.critical.colour, dash: MARKS.critical.dash, width: 5 } },
  { key: 'legend.resolved', testId: 'resolved', swatch: { kind: 'line', colour: ARROW_COLOURS.resolved, dash: ARROW_DASHES.resolved, width: 1.5, opacity: 0.45 } },
  { key: 'legend.today', testId: 'today', swatch: { kind: 'today' } },
  { key: 'legend.progress', testId: 'progress', swatch: { kind: 'box', colour: 'var(--ds-border-bold, #7d818a)', fill: PROGRESS_COLOUR } },
  { key: 'legend.ghost', testId: 'ghost', swatch: { kind: 'box', colour: GHOST.colour, dash: GHOST.dash } },
];

function SwatchIcon({ swatch }: { swatch: Swatch }) {
  return (
    <svg width={36} height={14} aria-hidden="true" style={{ flex: 'none' }}>
      {swatch.kind === 'line' ? (
        <line x1={2} x2={34} y1={7} y2={7} stroke={swatch.colour} strokeWidth={swatch.width} strokeDasharray={swatch.dash} strokeLinecap="round" strokeOpacity={swatch.opacity ?? 1} />
      ) : swatch.kind === 'today' ? (
        <line x1={18} x2={18} y1={0} y2={14} stroke={TODAY_COLOUR} strokeWidth={2} />
      ) : (
        <>
          <rect x={2} y={2} width={32} height={10} rx={2} fill="none" stroke={swatch.colour} strokeWidth={1.5} strokeDasharray={swatch.dash} />
          {swatch.fill ? <rect x={2} y={9} width={18} height={3} fill={swatch.fill} /> : null}
        </>
      )}
    </svg>
  );
}

/** What each colour and pattern on the timeline means; the skip link lands here, past the chart. */
export const TimelineLegend = forwardRef<HTMLElement, { language: Language }>(function TimelineLegend({ language }, ref) {
  return (
    <section ref={ref} id="timeline-legend" tabIndex={-1} aria-labelledby="timeline-legend-title" data-testid="timeline-legend" style={{ marginTop: 8, outline: 'none' }}>
      <h3 id="timeline-legend-title" style={{ fontSize: 12, margin: '0 0 4px' }}>{tt(language, 'legend.title')}</h3>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', listStyle: 'none', margin: 0, padding: 0, fontSize: 12 }}>
        {ENTRIES.map(({ key, swatch, testId }) => (
          <li key={key} data-testid={`legend-${testId}`} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            <SwatchIcon swatch={swatch} />
            {tt(language, key)}
          </li>
        ))}
      </ul>
    </section>
  );
});
