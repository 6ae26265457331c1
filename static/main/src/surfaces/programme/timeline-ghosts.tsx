import type { PushedEpicView } from '../../../../../src/contract/what-if';
import { addCalendarDays } from '../../../../../src/domain/calendar-date';
import type { Language } from '../../i18n/messages';
import { formatDay } from './labels';
import type { TimeAxis } from './time-axis';
import { GHOST } from './timeline-colours';
import { BAR_HEIGHT, type BarLayout } from './timeline-layout';
import { tt } from './timeline-messages';

/**
 * What-if ghosts: each pushed epic (the slipped one too) as a dashed outline at the dates it would need, on its
 * own bar's row. Not focusable (the answer above the chart says the same in words), but named for screen readers.
 */
export function TimelineGhosts({ language, epics, axis, barsByKey }: {
  language: Language;
  epics: readonly PushedEpicView[];
  axis: TimeAxis;
  barsByKey: ReadonlyMap<string, BarLayout>;
}) {
  return (
    <g data-testid="what-if-ghosts">
      {epics.map((epic) => {
        const bar = barsByKey.get(epic.key);
        if (!bar || epic.newStartDate === null || epic.newDueDate === null) return null;
        const x = axis.x(epic.newStartDate);
        const width = Math.max(axis.x(addCalendarDays(epic.newDueDate, 1)) - x, 2);
        const name = tt(language, 'ghost.name', { key: epic.key, start: formatDay(language, epic.newStartDate), due: formatDay(language, epic.newDueDate) });
        return (
          <g key={epic.key} role="img" aria-label={name} data-testid={`ghost-${epic.key}`} style={{ pointerEvents: 'none' }}>
            <title>{name}</title>
            <rect x={x} y={bar.y - 2} width={width} height={BAR_HEIGHT + 4} rx={5} fill="none" stroke={GHOST.colour} strokeWidth={2} strokeDasharray={GHOST.dash} />
          </g>
        );
      })}
    </g>
  );
}
