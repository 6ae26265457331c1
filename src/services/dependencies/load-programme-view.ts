import type { ProgrammeView } from '../../contract/programme';
import type { Dependency, StreamId } from '../../domain';
import type { PushSnapshotJob } from '../../platform/snapshot-queue';
import { browsableProjectKeys } from '../../platform/user-projects';
import { asAppFailure } from '../platform-failures';
import { loadStoredSettings } from '../settings/stored-settings';
import { readMeta, readView, type SnapshotStorage } from '../snapshot/snapshot-store';
import { decodeView, type DecodedView } from '../snapshot/view-codec';
import { countDependencies, Redactor } from './redact';
import { snapshotStatus } from './snapshot-status';

export interface ProgrammeFilter {
  streamId?: string;
  projectKey?: string;
}

const EMPTY_COUNTS = countDependencies([], 0);

function emptyView(state: ProgrammeView['state'], siteUrl: string, rest: Partial<ProgrammeView> = {}): ProgrammeView {
  return {
    state, asOf: null, refreshing: false, failure: null, siteUrl, streams: [], epics: [], dependencies: [], cycles: [],
    criticalPath: { keys: [], durationDays: 0 }, matrix: [], streamSummaries: [], counts: EMPTY_COUNTS, redacted: { epics: 0, dependencies: 0 }, ...rest,
  };
}

/** Narrows the decoded view to one stream (the project page): its epics and the dependencies touching it. */
function toStream(view: DecodedView, streamId: StreamId): DecodedView {
  const touches = (d: Dependency) => d.blocker.streamId === streamId || d.blocked.streamId === streamId;
  const dependencies = view.dependencies.filter(touches);
  const keys = new Set(dependencies.flatMap((d) => [d.blocker.key as string, d.blocked.key as string]));
  return {
    ...view,
    epics: view.epics.filter((epic) => epic.streamId === streamId),
    dependencies,
    cycles: view.cycles.filter((cycle) => cycle.members.some((member) => keys.has(member))),
    matrix: view.matrix.filter((cell) => cell.waitingStreamId === streamId || cell.blockingStreamId === streamId),
    streamSummaries: view.streamSummaries.filter((summary) => summary.streamId === streamId),
  };
}

/**
 * `programme/load`: the snapshot as the viewing user may see it. Storage: the settings, the meta record and one
 * batch read of the view chunks; Jira: one project search as the user for redaction.
 */
export async function loadProgrammeView(storage: SnapshotStorage, push: PushSnapshotJob, filter: ProgrammeFilter, siteUrl: string, now: () => Date): Promise<ProgrammeView> {
  const [settings, meta] = await Promise.all([loadStoredSettings(storage.store), readMeta(storage.store)]);
  if (!settings) return emptyView('not-configured', siteUrl);
  const status = await snapshotStatus(storage, push, settings, meta, now);
  if (!meta.current) return emptyView(status.state, siteUrl, { ...status, streams: settings.streams });

  let browsable: Set<string>;
  let stored;
  try {
    [stored, browsable] = await Promise.all([readView(storage.batch, meta.current), browsableProjectKeys()]);
  } catch (error) {
    throw asAppFailure(error, {});
  }
  let view = decodeView(stored);
  const streamId = filter.streamId ?? (filter.projectKey ? view.projectStreams[filter.projectKey] : undefined);
  if (filter.streamId !== undefined || filter.projectKey !== undefined) {
    if (!streamId || !view.streams.some((stream) => stream.id === streamId)) return emptyView('ready', siteUrl, { ...status, asOf: meta.current.asOf, streams: view.streams });
    view = toStream(view, streamId as StreamId);
  }
  const redactor = new Redactor(browsable);
  const dependencies = view.dependencies.map((d) => redactor.dependency(d));
  return {
    ...status,
    asOf: meta.current.asOf,
    siteUrl,
    streams: view.streams,
    epics: redactor.epics(view.epics),
    dependencies,
    cycles: view.cycles.map((cycle) => redactor.cycle(cycle)),
    criticalPath: { keys: redactor.keys(view.criticalPath.keys), durationDays: view.criticalPath.durationDays },
    matrix: view.matrix,
    streamSummaries: view.streamSummaries,
    counts: countDependencies(view.dependencies, view.cycles.length),
    redacted: { epics: redactor.hiddenEpics, dependencies: redactor.hiddenDependencies },
  };
}
