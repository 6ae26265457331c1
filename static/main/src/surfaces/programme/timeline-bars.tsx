import type { Progress } from '../../../../../src/domain/strategy/roll-up-types';
import type { Language } from '../../i18n/messages';
import { formatDay } from './labels';
import { pt } from './messages';
import { FOCUS, MARKS, PROGRESS_COLOUR, type Mark } from './timeline-colours';
import { BAR_HEIGHT, type BarLayout } from './timeline-layout';
import { tt } from './timeline-messages';

/** Height of the done strip along a bar's foot: low enough to leave the key readable above it. */
const PROGRESS_HEIGHT = 4;

/** The share of an epic's issues that are done, 0..1; null when it has none (or the snapshot predates progress). */
export function doneShare(progress: Progress | undefined): number | null {
  if (!progress) return null;
  const total = progress.todo + progress.inProgress + progress.done;
  return total === 0 ? null : progress.done / total;
}

/** "DATA-2 Harmonise ids, 1 Mar 2026 to 30 Nov 2026, 40% done, on the critical path". */
export function barName(language: Language, item: BarLayout['item'], mark: Mark | null): string {
  const parts = [pt(language, 'timeline.epic', { key: item.key, summary: item.summary, start: formatDay(language, item.startDate), due: formatDay(language, item.dueDate) })];
  const share = doneShare(item.progress);
  if (share !== null) parts.push(tt(language, 'bar.done', { percent: Math.round(share * 100) }));
  if (mark) parts.push(tt(language, mark === 'cycle' ? 'bar.cycle' : 'bar.critical'));
  return parts.join(', ');
}

/** One epic bar: focusable, named for screen readers, Enter or a click opens the epic in Jira. */
export function EpicBar({ language, bar, colour, dimmed, focused, mark, onOpen }: {
  language: Language;
  bar: BarLayout;
  colour: string;
  dimmed: boolean;
  focused: boolean;
  /** Drawn as a patterned outline: a cycle dotted, the critical path long-dashed. */
  mark: Mark | null;
  onOpen: (key: string) => void;
}) {
  const { item } = bar;
  const name = barName(language, item, mark);
  const done = item.statusCategory === 'done';
  const share = doneShare(item.progress);
  const outline = focused ? { colour: FOCUS, dash: undefined } : mark ? MARKS[mark] : null;
  return (
    <g
      role="link"
      tabIndex={0}
      aria-label={name}
      data-testid={`bar-${item.key}`}
      data-focused={focused || undefined}
      data-mark={mark ?? undefined}
      className="programme-focusable"
      style={{ cursor: 'pointer', opacity: dimmed ? 0.35 : 1 }}
      onClick={() => onOpen(item.key)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onOpen(item.key);
      }}
    >
      <title>{name}</title>
      <rect
        x={bar.x}
        y={bar.y}
        width={bar.width}
        height={BAR_HEIGHT}
        rx={4}
        fill={colour}
        // A light tint keeps the dark key readable on any stream colour; the solid edge carries the colour.
        fillOpacity={done ? 0.15 : 0.3}
        stroke={outline?.colour ?? 'none'}
        strokeDasharray={outline?.dash}
        strokeLinecap="round"
        strokeWidth={outline ? 3 : 0}
      />
      <rect x={bar.x} y={bar.y} width={Math.min(4, bar.width)} height={BAR_HEIGHT} fill={colour} />
      {share !== null && share > 0 ? (
        <rect data-testid={`progress-${item.key}`} x={bar.x} y={bar.y + BAR_HEIGHT - PROGRESS_HEIGHT} width={bar.width * share} height={PROGRESS_HEIGHT} fill={PROGRESS_COLOUR} />
      ) : null}
      <svg x={bar.x} y={bar.y} width={Math.max(bar.width, 0)} height={BAR_HEIGHT}>
        <text x={6} y={BAR_HEIGHT / 2 + 3} fontSize={11} fill="var(--ds-text, #172b4d)">{item.key}</text>
      </svg>
    </g>
  );
}
