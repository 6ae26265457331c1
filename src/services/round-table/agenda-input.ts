import type { Baseline } from '../../domain/baseline/baseline-types';
import { takeBaseline } from '../../domain/baseline/take-baseline';
import type { CalendarDate } from '../../domain/calendar-date';
import type { AgendaDependency, AgendaEpic, AgendaFigures, AgendaInput } from '../../domain/round-table/agenda-input';
import { AppFailure } from '../errors';
import { assessView } from '../dependencies/load-programme-view';
import { addProgress, progressOf, streamFacts } from '../publishing/publication-streams';
import { loadStoredSettings } from '../settings/stored-settings';
import { readMeta, readView, type SnapshotStorage } from '../snapshot/snapshot-store';
import { decodeView } from '../snapshot/view-codec';
import { epicFactsOf } from '../strategy/node-views';

/** What the programme snapshot gives the agenda: the live facts for the meeting day and the baseline to store with it. */
export type ProgrammeFacts = Pick<AgendaInput, 'epics' | 'dependencies' | 'cycles' | 'figures'> & { baseline: Baseline | null };

const NO_FACTS: ProgrammeFacts = { epics: [], dependencies: [], cycles: [], figures: { shareDone: null, epics: 0, epicsDone: 0, streams: [] }, baseline: null };

/**
 * Reads the programme snapshot as the strategy tab reads it (settings, meta, then the view's chunks in one batch) and
 * assesses it for the meeting's day: the epics, the dependencies with their status that day, the cycles, the roll-up
 * figures (whole programme and each stream, as the published stream pages count them), and a baseline of it all. The
 * baseline carries no strategy nodes: the agenda compares epics and dependencies between meetings.
 * A programme without streams is NOT_CONFIGURED; before the first snapshot build the agenda has no live facts (and
 * no baseline is taken), so submissions can still be put on it.
 */
export async function programmeFacts(storage: SnapshotStorage, meetingDay: CalendarDate, language: 'en' | 'de', now: Date): Promise<ProgrammeFacts> {
  const [settings, meta] = await Promise.all([loadStoredSettings(storage.store), readMeta(storage.store)]);
  if (!settings) throw new AppFailure({ code: 'NOT_CONFIGURED', params: {} });
  const current = meta.current;
  if (!current) return NO_FACTS;
  const view = assessView(decodeView(await readView(storage.batch, current)), meetingDay, settings.atRiskThresholdDays);
  const epics: AgendaEpic[] = view.epics.map((epic) => ({ key: epic.key, summary: epic.summary, streamId: epic.streamId, statusCategory: epic.statusCategory, start: epic.startDate, due: epic.dueDate }));
  const dependencies: AgendaDependency[] = view.dependencies.map((d) => ({ blocker: d.blocker.key, blocked: d.blocked.key, status: d.status, crossStream: d.crossStream, overlapDays: d.overlapDays }));
  const streamNames = new Map(view.streams.map((stream) => [stream.id as string, stream.name]));
  const streams = view.streams.map((stream) =>
    streamFacts({ stream, epics: view.epics, dependencies: view.dependencies, coverage: null, language, today: meetingDay, streamNames, pageTitle: null }),
  );
  const progress = view.epics.map(progressOf).reduce(addProgress, { todo: 0, inProgress: 0, done: 0 });
  const total = progress.todo + progress.inProgress + progress.done;
  const figures: AgendaFigures = {
    shareDone: total === 0 ? null : progress.done / total,
    epics: view.epics.length,
    epicsDone: view.epics.filter((epic) => epic.statusCategory === 'done').length,
    streams: streams.map((stream) => ({ streamId: stream.id, name: stream.name, health: stream.health, shareDone: stream.shareDone })),
  };
  const baseline = takeBaseline({
    takenAt: now.toISOString(),
    day: meetingDay,
    epics: view.epics.map(epicFactsOf),
    dependencies: view.dependencies.map((d) => ({ blocker: d.blocker.key, blocked: d.blocked.key, status: d.status })),
    nodes: [],
  });
  return { epics, dependencies, cycles: view.cycles.map((cycle) => ({ members: cycle.members })), figures, baseline };
}
