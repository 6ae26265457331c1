import type { Language } from '../../i18n/messages';
import { formatDay } from './labels';
import { pt } from './messages';
import { FOCUS, HIGHLIGHT } from './timeline-colours';
import { BAR_HEIGHT, type BarLayout } from './timeline-layout';

/** One epic bar: focusable, named for screen readers, Enter or a click opens the epic in Jira. */
export function EpicBar({ language, bar, colour, dimmed, focused, highlighted, onOpen }: {
  language: Language;
  bar: BarLayout;
  colour: string;
  dimmed: boolean;
  focused: boolean;
  highlighted: boolean;
  onOpen: (key: string) => void;
}) {
  const { item } = bar;
  const name = pt(language, 'timeline.epic', { key: item.key, summary: item.summary, start: formatDay(language, item.startDate), due: formatDay(language, item.dueDate) });
  const done = item.statusCategory === 'done';
  return (
    <g
      role="link"
      tabIndex={0}
      aria-label={name}
      data-testid={`bar-${item.key}`}
      data-focused={focused || undefined}
      className="programme-focusable"
      style={{ cursor: 'pointer', opacity: dimmed ? 0.3 : 1 }}
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
        stroke={focused ? FOCUS : highlighted ? HIGHLIGHT : 'none'}
        strokeWidth={focused || highlighted ? 3 : 0}
      />
      <rect x={bar.x} y={bar.y} width={Math.min(4, bar.width)} height={BAR_HEIGHT} fill={colour} />
      <svg x={bar.x} y={bar.y} width={Math.max(bar.width, 0)} height={BAR_HEIGHT}>
        <text x={4} y={BAR_HEIGHT / 2 + 4} fontSize={11} fill="var(--ds-text, #172b4d)">{item.key}</text>
      </svg>
    </g>
  );
}
