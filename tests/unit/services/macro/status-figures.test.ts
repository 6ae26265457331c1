import type { TimelineItem } from '../../../../src/contract/programme';
import type { CalendarDate, StreamId } from '../../../../src/domain';
import { statusFigures } from '../../../../src/services/macro/status-figures';

const TODAY = '2026-03-10' as CalendarDate;
const epic = (key: string, statusCategory: TimelineItem['statusCategory'], startDate: string | null, dueDate: string | null, progress?: TimelineItem['progress']): TimelineItem => ({
  key, summary: key, streamId: 'ema' as StreamId, statusCategory, startDate: startDate as CalendarDate | null, dueDate: dueDate as CalendarDate | null, ...(progress ? { progress } : {}),
});

describe('the status macro figures', () => {
  it('sums issue progress, spans the dates and counts only dependencies touching the epics', () => {
    const figures = statusFigures(
      [epic('EMA-1', 'indeterminate', '2026-01-05', '2026-06-30', { todo: 2, inProgress: 1, done: 1 }), epic('EMA-2', 'done', '2025-11-01', '2026-02-01')],
      [
        { blockerKey: 'MI-5', blockedKey: 'EMA-1', status: 'conflict' },
        { blockerKey: 'EMA-2', blockedKey: 'COM-7', status: 'at-risk' },
        { blockerKey: 'MI-5', blockedKey: 'COM-7', status: 'conflict' },
      ],
      TODAY,
    );
    expect(figures.progress).toEqual({ todo: 2, inProgress: 1, done: 2 });
    expect(figures.shareDone).toBeCloseTo(2 / 5, 10);
    expect(figures.dependencies).toEqual({ total: 2, conflicts: 1, atRisk: 1 });
    expect(figures).toMatchObject({ earliestStart: '2025-11-01', latestDue: '2026-06-30', health: 'off-track' });
  });

  it('is off track for an overdue epic that is not done, at risk for an at-risk dependency, unknown with no epics', () => {
    expect(statusFigures([epic('EMA-3', 'new', null, '2026-03-09')], [], TODAY)).toMatchObject({ health: 'off-track', reasons: { overdueEpics: 1 } });
    expect(statusFigures([epic('EMA-4', 'done', null, '2026-03-09')], [], TODAY)).toMatchObject({ health: 'on-track', reasons: { overdueEpics: 0 } });
    expect(statusFigures([epic('EMA-5', 'new', null, '2026-03-10')], [{ blockerKey: 'EMA-5', blockedKey: 'X-1', status: 'at-risk' }], TODAY).health).toBe('at-risk');
    expect(statusFigures([], [{ blockerKey: 'A-1', blockedKey: 'B-1', status: 'conflict' }], TODAY)).toMatchObject({ health: 'unknown', shareDone: null, dependencies: { total: 0 } });
  });
});
