import type { StreamId } from '../ids';
import type { Dependency, MatrixCell, StreamDependencySummary, StreamRelation } from './types';

/** Counts dependencies per ordered pair of streams (the waiting stream, the stream it waits on). */
export function buildMatrix(dependencies: readonly Dependency[], streamOrder: readonly StreamId[]): MatrixCell[] {
  const cells = new Map<string, MatrixCell>();
  for (const dependency of dependencies) {
    const waiting = dependency.blocked.streamId;
    const blocking = dependency.blocker.streamId;
    if (waiting === null || blocking === null) continue;
    const id = `${waiting}\u0000${blocking}`;
    const cell = cells.get(id) ?? { waitingStreamId: waiting, blockingStreamId: blocking, count: 0, conflicts: 0, atRisk: 0, worstOverlapDays: null };
    cell.count += 1;
    if (dependency.status === 'conflict') {
      cell.conflicts += 1;
      cell.worstOverlapDays = Math.max(cell.worstOverlapDays ?? 0, dependency.overlapDays ?? 0);
    }
    if (dependency.status === 'at-risk') cell.atRisk += 1;
    cells.set(id, cell);
  }
  const rank = new Map(streamOrder.map((id, index) => [id as string, index]));
  const position = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...cells.values()].sort(
    (a, b) => position(a.waitingStreamId) - position(b.waitingStreamId) || position(a.blockingStreamId) - position(b.blockingStreamId) || a.waitingStreamId.localeCompare(b.waitingStreamId) || a.blockingStreamId.localeCompare(b.blockingStreamId),
  );
}

/** Per stream: which other streams it waits on, and which wait on it (cross-stream only). */
export function summariseStreams(matrix: readonly MatrixCell[], streamOrder: readonly StreamId[]): StreamDependencySummary[] {
  return streamOrder.map((streamId) => {
    const relation = (cell: MatrixCell, other: StreamId): StreamRelation => ({ streamId: other, count: cell.count, conflicts: cell.conflicts });
    const cross = matrix.filter((cell) => cell.waitingStreamId !== cell.blockingStreamId);
    return {
      streamId,
      waitsOn: cross.filter((cell) => cell.waitingStreamId === streamId).map((cell) => relation(cell, cell.blockingStreamId)),
      waitedOnBy: cross.filter((cell) => cell.blockingStreamId === streamId).map((cell) => relation(cell, cell.waitingStreamId)),
    };
  });
}
