import type { MatrixCell } from '../../../../../src/domain/dependencies/types';
import type { Stream } from '../../../../../src/domain/programme';

/** How a matrix cell is coloured: its worst dependency decides. */
export type CellSeverity = 'conflict' | 'at-risk' | 'ok' | 'none';

export function cellSeverity(cell: MatrixCell | null): CellSeverity {
  if (!cell || cell.count === 0) return 'none';
  if (cell.conflicts > 0) return 'conflict';
  if (cell.atRisk > 0) return 'at-risk';
  return 'ok';
}

export interface MatrixGridCell {
  blocking: Stream;
  cell: MatrixCell | null;
  severity: CellSeverity;
  /** Same stream on both sides: dependencies inside one stream, shown but set apart. */
  diagonal: boolean;
}

export interface MatrixGridRow {
  waiting: Stream;
  cells: MatrixGridCell[];
}

/**
 * The full stream × stream grid in the settings' order: rows are the waiting stream, columns the stream waited
 * on. Every pair gets a cell, empty ones too, so any number of streams reads as a square.
 */
export function matrixGrid(streams: readonly Stream[], cells: readonly MatrixCell[]): MatrixGridRow[] {
  const byPair = new Map(cells.map((cell) => [`${cell.waitingStreamId}\u0000${cell.blockingStreamId}`, cell]));
  return streams.map((waiting) => ({
    waiting,
    cells: streams.map((blocking) => {
      const cell = byPair.get(`${waiting.id}\u0000${blocking.id}`) ?? null;
      return { blocking, cell, severity: cellSeverity(cell), diagonal: waiting.id === blocking.id };
    }),
  }));
}
