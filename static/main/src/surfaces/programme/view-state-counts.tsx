import type { ProgrammeView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import type { DependencyFilter } from './dependency-filter';
import { pt, type ProgrammeMessageKey } from './messages';

/** A headline count, the number it shows and the part of the filter that lists exactly those dependencies. */
interface HeadlineCount {
  key: ProgrammeMessageKey;
  value: (view: ProgrammeView) => number;
  narrows: Pick<DependencyFilter, 'status' | 'only'>;
  tone?: string;
}

export const HEADLINE_COUNTS: readonly HeadlineCount[] = [
  { key: 'count.dependencies', value: (v) => v.counts.dependencies, narrows: { status: null, only: null } },
  { key: 'count.crossStream', value: (v) => v.counts.crossStream, narrows: { status: null, only: 'cross-stream' } },
  { key: 'count.conflicts', value: (v) => v.counts.byStatus.conflict, narrows: { status: 'conflict', only: null }, tone: 'var(--ds-text-danger, #ae2e24)' },
  { key: 'count.atRisk', value: (v) => v.counts.byStatus['at-risk'], narrows: { status: 'at-risk', only: null }, tone: 'var(--ds-text-warning, #a54800)' },
  { key: 'count.cycles', value: (v) => v.counts.cycles, narrows: { status: null, only: 'cycle' }, tone: 'var(--ds-text-discovery, #5e4db2)' },
];

/**
 * The headline counts as buttons: each narrows the list to what it counts (the other filters stay) and opens it;
 * the one matching the current filter is pressed.
 */
export function HeadlineCounts({ language, view, filter, onChoose }: {
  language: Language;
  view: ProgrammeView;
  filter: DependencyFilter | undefined;
  onChoose: ((narrows: HeadlineCount['narrows']) => void) | undefined;
}) {
  return (
    <ul data-testid="counts" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0', padding: 0, listStyle: 'none' }}>
      {HEADLINE_COUNTS.map(({ key, value, narrows, tone }) => {
        const count = value(view);
        const pressed = filter !== undefined && filter.status === narrows.status && filter.only === narrows.only;
        return (
          <li key={key}>
            <button
              type="button"
              data-testid={`${key}.button`}
              aria-pressed={pressed}
              disabled={!onChoose}
              onClick={() => onChoose?.(narrows)}
              style={{
                display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 88, minHeight: 44, padding: '4px 10px', cursor: 'pointer', font: 'inherit', textAlign: 'left',
                color: 'inherit', borderRadius: 6, border: `1px solid ${pressed ? 'var(--ds-border-selected, #0c66e4)' : 'var(--ds-border, #dcdfe4)'}`,
                background: pressed ? 'var(--ds-background-selected, #e9f2ff)' : 'var(--ds-surface, #ffffff)',
              }}
            >
              <span data-testid={key} style={{ fontSize: 20, fontWeight: 600, color: count > 0 && tone ? tone : undefined }}>{count}</span>
              <span style={{ fontSize: 12, color: 'var(--ds-text-subtle, #44546f)' }}>{pt(language, key)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
