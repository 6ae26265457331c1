import { useMemo } from 'react';
import type { DependencyStatus } from '../../../../../src/domain/dependencies/types';
import type { Language } from '../../i18n/messages';
import { dependencyName } from './labels';
import { pt } from './messages';
import { labelWidth, placeOverlapLabels, type ArrowLayout } from './timeline-arrow-layout';
import { ARROW_COLOURS, ARROW_DASHES, MARKS, SURFACE } from './timeline-colours';
import { BAR_HEIGHT, type BarLayout } from './timeline-layout';

/** The arrowheads, one per status colour; referenced by `url(#arrow-<status>)`. */
export function ArrowMarkers() {
  return (
    <defs>
      {(Object.entries(ARROW_COLOURS) as Array<[DependencyStatus, string]>).map(([status, colour]) => (
        <marker key={status} id={`arrow-${status}`} viewBox="0 0 8 8" refX={7} refY={4} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" style={{ fill: colour }} />
        </marker>
      ))}
    </defs>
  );
}

const overlapLabel = (language: Language, arrow: ArrowLayout) => pt(language, 'list.overlap', { days: arrow.dependency.overlapDays ?? 0 });

/**
 * The dependency arrows: colour and dash by status, a patterned halo for cycles and the critical path (when
 * highlighting is on), and each conflict's overlap in days on its waiting bar's row, clear of bars and other labels.
 */
export function TimelineArrows({ language, arrows, barsByKey, highlight, onOpen }: {
  language: Language;
  arrows: ArrowLayout[];
  barsByKey: ReadonlyMap<string, BarLayout>;
  highlight: boolean;
  onOpen: (key: string) => void;
}) {
  const labelText = (arrow: ArrowLayout) => overlapLabel(language, arrow);
  const labels = useMemo(
    () =>
      placeOverlapLabels(
        arrows.filter((a) => a.dependency.status === 'conflict' && a.dependency.overlapDays !== null).map((a) => ({ id: a.dependency.id, waiting: a.waiting, width: labelWidth(overlapLabel(language, a)) })),
        barsByKey.values(),
      ),
    [arrows, barsByKey, language],
  );
  return (
    <>
      {arrows.map((arrow) => {
        const { dependency, path } = arrow;
        const opener = dependency.blocker.hidden ? null : dependency.blocker.key;
        const label = labels.get(dependency.id);
        const halos = highlight ? [dependency.onCriticalPath ? MARKS.critical : null, dependency.inCycle ? MARKS.cycle : null].filter((m) => m !== null) : [];
        return (
          <g
            key={dependency.id}
            role="link"
            tabIndex={0}
            aria-label={dependencyName(language, dependency)}
            data-testid={`arrow-${dependency.id}`}
            data-status={dependency.status}
            data-marks={[dependency.inCycle && highlight ? 'cycle' : '', dependency.onCriticalPath && highlight ? 'critical' : ''].filter(Boolean).join(' ') || undefined}
            className="programme-focusable"
            style={{ opacity: dependency.status === 'resolved' ? 0.45 : 1, cursor: 'pointer' }}
            onClick={() => opener && onOpen(opener)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && opener) onOpen(opener);
            }}
          >
            <title>{dependencyName(language, dependency)}</title>
            {/* A wide transparent stroke makes the thin arrow easy to hit with a mouse. */}
            <path d={path} fill="none" stroke="transparent" strokeWidth={12} />
            {halos.map((mark, index) => (
              <path key={mark.dash} d={path} fill="none" stroke={mark.colour} strokeWidth={index === 0 ? 7 : 5} strokeDasharray={mark.dash} strokeLinecap="round" strokeOpacity={0.8} />
            ))}
            <path
              d={path}
              fill="none"
              style={{ stroke: ARROW_COLOURS[dependency.status] }}
              strokeWidth={dependency.status === 'conflict' ? 2.5 : 1.5}
              strokeDasharray={ARROW_DASHES[dependency.status]}
              markerEnd={`url(#arrow-${dependency.status})`}
            />
            {label ? (
              <text x={label.x + label.width / 2} y={label.y + BAR_HEIGHT / 2 + 4} fontSize={11} fontWeight={600} textAnchor="middle" stroke={SURFACE} strokeWidth={3} paintOrder="stroke" style={{ fill: 'var(--ds-text-danger, #ae2a19)' }}>
                {labelText(arrow)}
              </text>
            ) : null}
          </g>
        );
      })}
    </>
  );
}
