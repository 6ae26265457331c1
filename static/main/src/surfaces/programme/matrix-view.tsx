import type { MatrixCell } from '../../../../../src/domain/dependencies/types';
import type { Stream } from '../../../../../src/domain/programme';
import type { Language } from '../../i18n/messages';
import type { StreamPair } from './dependency-filter';
import { matrixGrid, type CellSeverity } from './matrix-model';
import { mt } from './matrix-messages';
import { pt } from './messages';
import { VISUALLY_HIDDEN } from '../../visually-hidden';

/** Read by screen readers, not drawn: the pair a cell stands for comes before what the cell shows. */
const SMALL: React.CSSProperties = { display: 'block', fontSize: 11 };

/**
 * Choosing a cell replaces the matrix with the list filtered to the pair; focus would fall to the page. It follows
 * to the list's tab instead, whose name says how many dependencies it shows ("Dependencies (3)").
 */
function focusTheList(): void {
  window.setTimeout(() => document.querySelector<HTMLElement>('#programme-tabs [role="tab"][aria-selected="true"], [role="tab"][aria-selected="true"]')?.focus(), 0);
}

const CELL_COLOURS: Record<CellSeverity, { background: string; color: string }> = {
  conflict: { background: 'var(--ds-background-danger, #ffeceb)', color: 'var(--ds-text-danger, #ae2e24)' },
  'at-risk': { background: 'var(--ds-background-warning, #fff7d6)', color: 'var(--ds-text-warning, #a54800)' },
  ok: { background: 'var(--ds-background-neutral, #f1f2f4)', color: 'var(--ds-text, #172b4d)' },
  none: { background: 'transparent', color: 'var(--ds-text-subtlest, #626f86)' },
};

/** Stream × stream: each cell counts how often the row's stream waits on the column's; a click filters to the pair. */
export function MatrixView({ language, streams, cells, selected, onSelect }: {
  language: Language;
  streams: Stream[];
  cells: MatrixCell[];
  selected: StreamPair | null;
  onSelect: (pair: StreamPair) => void;
}) {
  const grid = matrixGrid(streams, cells);
  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid="matrix" style={{ borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'left', padding: '4px 0', color: 'var(--ds-text-subtle, #44546f)' }}>{pt(language, 'matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', padding: 4 }}>{pt(language, 'matrix.waits')}</th>
            {streams.map((s) => (
              <th key={s.id} scope="col" title={s.name} style={{ padding: 4, maxWidth: 120, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', borderBottom: `3px solid ${s.colour}` }}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((row) => (
            <tr key={row.waiting.id}>
              <th scope="row" title={row.waiting.name} style={{ textAlign: 'left', padding: 4, maxWidth: 200, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', borderLeft: `3px solid ${row.waiting.colour}` }}>
                {row.waiting.name}
              </th>
              {row.cells.map(({ blocking, cell, severity, diagonal }) => {
                const pair = { waitingStreamId: row.waiting.id, blockingStreamId: blocking.id };
                const isSelected = selected?.waitingStreamId === pair.waitingStreamId && selected.blockingStreamId === pair.blockingStreamId;
                const pairWords = mt(language, 'matrix.pair', { waiting: row.waiting.name, blocking: blocking.name });
                return (
                  <td key={blocking.id} style={{ padding: 2, border: '1px solid var(--ds-border, #dcdfe4)', background: diagonal ? 'var(--ds-background-neutral-subtle-hovered, #f7f8f9)' : undefined }}>
                    {cell ? (
                      <button
                        type="button"
                        data-testid={`cell-${row.waiting.id}-${blocking.id}`}
                        aria-pressed={isSelected}
                        onClick={() => {
                          onSelect(pair);
                          focusTheList();
                        }}
                        style={{
                          ...CELL_COLOURS[severity],
                          position: 'relative',
                          minWidth: 72,
                          minHeight: 24,
                          padding: '4px 6px',
                          border: isSelected ? '2px solid var(--ds-border-selected, #0c66e4)' : '2px solid transparent',
                          borderRadius: 4,
                          cursor: 'pointer',
                          textAlign: 'left',
                        }}
                      >
                        <span style={VISUALLY_HIDDEN}>{`${pairWords} `}</span>
                        <strong>{cell.count}</strong> <span style={{ fontSize: 11 }}>{mt(language, 'matrix.unit', { count: cell.count })}</span>
                        {cell.conflicts > 0 ? <span style={SMALL}> {pt(language, 'matrix.conflicts', { count: cell.conflicts })}</span> : null}
                        {cell.worstOverlapDays !== null ? <span style={SMALL}> {pt(language, 'matrix.worst', { days: cell.worstOverlapDays })}</span> : null}
                      </button>
                    ) : (
                      <span style={{ display: 'block', minWidth: 72, textAlign: 'center', color: CELL_COLOURS.none.color }}>
                        <span aria-hidden="true">·</span>
                        <span style={VISUALLY_HIDDEN}>{`${pairWords} ${mt(language, 'matrix.none')}`}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
