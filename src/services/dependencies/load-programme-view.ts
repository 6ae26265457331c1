import type { DependencyView, ProgrammeView } from '../../contract/programme';
import { assessForDay, countDependencies, type CalendarDate, type StreamId } from '../../domain';
import { ownValue } from '../../domain/id-keyed';
import type { PushSnapshotJob } from '../../platform/snapshot-queue';
import { browsableProjects } from '../../platform/user-projects';
import { asAppFailure } from '../platform-failures';
import { loadStoredSettings } from '../settings/stored-settings';
import { mayRebuild, type CallerIsJiraAdmin } from '../snapshot/rebuild-permission';
import { readMeta, readView, type SnapshotStorage } from '../snapshot/snapshot-store';
import { decodeView, type DecodedView } from '../snapshot/view-codec';
import { loadSecret, opaqueIdsFor } from '../viewer/opaque-ids';
import { programmeRights, rightsWithoutProjects, type ViewerRights } from '../viewer/programme-rights';
import { viewerToday } from '../viewer/viewer-day';
import { projectOfKey, Redactor, type AssessedDependency } from './redact';
import { snapshotStatus } from './snapshot-status';

export interface ProgrammeFilter {
  streamId?: string;
  projectKey?: string;
}

/** Who is looking, and when: statuses are those of the viewer's calendar day in their own time zone. */
export interface Viewer {
  accountId: string;
  timeZone: string | undefined;
  isJiraAdmin: CallerIsJiraAdmin;
}

const EMPTY_COUNTS = countDependencies([], 0);
const NO_RIGHTS = { link: false, administer: false, manage: false };

function emptyView(state: ProgrammeView['state'], siteUrl: string, rest: Partial<ProgrammeView> = {}): ProgrammeView {
  return {
    state, asOf: null, refreshing: false, failure: null, siteUrl, today: null, canRefresh: false, viewerCan: NO_RIGHTS, streams: [], epics: [], dependencies: [], cycles: [],
    criticalPath: { keys: [], durationDays: 0 }, matrix: [], streamSummaries: [], counts: EMPTY_COUNTS, redacted: { epics: 0, dependencies: 0 }, ...rest,
  };
}

/** The stored view assessed for one calendar day: the viewer's statuses, critical path, matrix and counts. */
export function assessView(view: DecodedView, today: CalendarDate, atRiskThresholdDays: number) {
  const day = assessForDay(view.dependencies, view.cycles.length, view.streams.map((stream) => stream.id), today, { atRiskThresholdDays });
  return { ...view, dependencies: day.dependencies as AssessedDependency[], criticalPath: day.criticalPath, matrix: day.matrix, streamSummaries: day.streams, counts: day.counts };
}
type AssessedView = ReturnType<typeof assessView>;

/**
 * Narrows the assessed view to one stream (the project page): its epics, the dependencies touching it, and the epics
 * at the other ends of those dependencies, so every one of them can be drawn with its arrow (the page dims them).
 */
function toStream(view: AssessedView, streamId: StreamId): AssessedView {
  const dependencies = view.dependencies.filter((d) => d.blocker.streamId === streamId || d.blocked.streamId === streamId);
  const keys = new Set(dependencies.flatMap((d) => [d.blocker.key as string, d.blocked.key as string]));
  return {
    ...view,
    epics: view.epics.filter((epic) => epic.streamId === streamId || keys.has(epic.key)),
    dependencies,
    cycles: view.cycles.filter((cycle) => cycle.members.some((member) => keys.has(member))),
    matrix: view.matrix.filter((cell) => cell.waitingStreamId === streamId || cell.blockingStreamId === streamId),
    streamSummaries: view.streamSummaries.filter((summary) => summary.streamId === streamId),
    counts: countDependencies(dependencies, view.cycles.filter((cycle) => cycle.members.some((member) => keys.has(member))).length),
  };
}

/**
 * `programme/load`: the snapshot as the viewing user may see it, assessed for their calendar day, with what they may
 * do on it. Storage: the settings, the meta record, the redaction key and one batch read of the view chunks; Jira, as
 * the user: one project search for redaction, one bulk permission check (Administer Jira; Link issues per programme
 * project, which also says per evidence link whether they may remove it), and `/myself` only for a programme manager
 * group member not named in the settings.
 */
export async function loadProgrammeView(storage: SnapshotStorage, push: PushSnapshotJob, filter: ProgrammeFilter, siteUrl: string, viewer: Viewer, now: () => Date): Promise<ProgrammeView> {
  const [settings, meta] = await Promise.all([loadStoredSettings(storage.store), readMeta(storage.store)]);
  if (!settings) return emptyView('not-configured', siteUrl);
  // Everything below is independent: asked at once, the load waits for the slowest, not for the sum.
  const current = meta.current;
  let answers;
  try {
    answers = await Promise.all([
      snapshotStatus(storage, push, settings, meta, now),
      current ? readView(storage.batch, current) : undefined,
      current ? browsableProjects() : undefined,
      current ? (current.redactionKey ?? loadSecret(storage.store)) : undefined,
    ]);
  } catch (error) {
    throw asAppFailure(error, {});
  }
  const [status, stored, browsable, secret] = answers;
  if (!current || !stored || !browsable || !secret) {
    const { rights } = await rightsWithoutProjects(settings, viewer.accountId);
    return emptyView(status.state, siteUrl, { ...status, canRefresh: await refreshRight(settings, viewer, rights.administer), viewerCan: rights, streams: settings.streams });
  }

  const today = viewerToday(viewer.timeZone, now());
  const decoded = decodeView(stored);
  let view = assessView(decoded, today, settings.atRiskThresholdDays);
  const streamId = filter.streamId ?? (filter.projectKey ? ownValue(decoded.projectStreams, filter.projectKey) : undefined);
  const known = streamId !== undefined && view.streams.some((stream) => stream.id === streamId);
  // The project page says which stream it shows, or that the project is in none (the page then says so).
  const scope = filter.projectKey === undefined ? {} : { projectScope: { projectKey: filter.projectKey, streamId: known ? (streamId as StreamId) : null } };
  const narrowed = filter.streamId !== undefined || filter.projectKey !== undefined;
  if (narrowed && known) view = toStream(view, streamId as StreamId);
  const projects = narrowed && !known ? [filter.projectKey ?? ''] : programmeProjects(view);
  const viewerRights = await programmeRights(settings, viewer.accountId, browsable, projects);
  const canRefresh = await refreshRight(settings, viewer, viewerRights.rights.administer);
  if (narrowed && !known) {
    return emptyView('ready', siteUrl, { ...status, canRefresh, viewerCan: viewerRights.rights, today, asOf: current.asOf, streams: view.streams, ...scope });
  }
  const redactor = new Redactor(new Set(browsable.keys()), opaqueIdsFor(secret, viewer.accountId));
  return {
    ...status,
    asOf: current.asOf,
    siteUrl,
    today,
    canRefresh,
    viewerCan: viewerRights.rights,
    streams: view.streams,
    epics: redactor.epics(view.epics),
    dependencies: view.dependencies.map((d) => withRemovable(redactor.dependency(d), viewerRights)),
    cycles: view.cycles.map((cycle) => redactor.cycle(cycle)),
    criticalPath: redactor.criticalPath(view.criticalPath),
    matrix: redactor.matrix(view.matrix, view.dependencies),
    streamSummaries: view.streamSummaries,
    counts: view.counts,
    redacted: { epics: redactor.hiddenEpics, dependencies: redactor.hiddenDependencies },
    atRiskThresholdDays: settings.atRiskThresholdDays,
    ...scope,
  };
}

/** The projects of the programme's epics and of every link behind its dependencies (a link's issues may sit lower). */
function programmeProjects(view: AssessedView): Set<string> {
  const keys = new Set<string>();
  for (const epic of view.epics) keys.add(projectOfKey(epic.key));
  for (const dependency of view.dependencies) for (const link of dependency.evidence) keys.add(projectOfKey(link.blocker)).add(projectOfKey(link.blocked));
  return keys;
}

/** Jira lets a user delete a link with Link issues in the project of either of its issues. */
function withRemovable(dependency: DependencyView, viewer: ViewerRights): DependencyView {
  const mayLink = (key: string) => viewer.linkProjects.has(projectOfKey(key));
  return { ...dependency, evidence: dependency.evidence.map((link) => ({ ...link, removable: mayLink(link.blocker) || mayLink(link.blocked) })) };
}

/** "Refresh now": the Administer Jira answer is already known, so this costs no request of its own. */
const refreshRight = (settings: Parameters<typeof mayRebuild>[0], viewer: Viewer, administer: boolean) => mayRebuild(settings, viewer.accountId, () => Promise.resolve(administer));
