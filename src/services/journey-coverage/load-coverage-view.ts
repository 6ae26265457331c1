import type { CoverageView } from '../../contract/programme';
import { coverageReport, mergeTallies, type Stream } from '../../domain';
import { ownValue } from '../../domain/id-keyed';
import type { PushSnapshotJob } from '../../platform/snapshot-queue';
import { browsableProjectKeys } from '../../platform/user-projects';
import { projectOfKey } from '../dependencies/redact';
import { snapshotStatus } from '../dependencies/snapshot-status';
import { loadTaxonomy } from '../load-taxonomy';
import { asAppFailure } from '../platform-failures';
import { loadStoredSettings } from '../settings/stored-settings';
import { requestRebuild } from '../snapshot/request-rebuild';
import { tallyOfStored } from '../snapshot/coverage-part';
import { readCoverage, readMeta, type SnapshotStorage } from '../snapshot/snapshot-store';
import { loadCatalogue } from '../use-cases/catalogue-store';

function emptyView(state: CoverageView['state'], siteUrl: string, rest: Partial<CoverageView> = {}): CoverageView {
  return {
    state, asOf: null, refreshing: false, siteUrl, streams: [], issues: 0, withheld: { issues: 0, projects: 0 },
    touchpoints: [], lifecycles: [], heatmap: [], lifecycleMatrix: [], useCasesWithoutWork: [], untaggedEpics: [], ...rest,
  };
}

/**
 * `coverage/load`: journey coverage from the snapshot, for the viewing user. Storage: settings, meta, the coverage
 * chunks, taxonomy and catalogue; Jira: one project search as the user. Projects the user cannot browse are left
 * out of every number and counted in `withheld`; their issue keys never appear in a JQL. `streamFilter` narrows to one stream.
 */
export async function loadCoverageView(
  storage: SnapshotStorage,
  push: PushSnapshotJob,
  projectKey: string | undefined,
  siteUrl: string,
  now: () => Date,
  streamFilter?: string,
): Promise<CoverageView> {
  const [settings, meta] = await Promise.all([loadStoredSettings(storage.store), readMeta(storage.store)]);
  if (!settings) return emptyView('not-configured', siteUrl);
  const status = await snapshotStatus(storage, push, settings, meta, now);
  const base = { refreshing: status.refreshing, streams: settings.streams };
  if (!meta.current) return emptyView(status.state, siteUrl, base);

  try {
    const [stored, browsable, { taxonomy }, catalogue] = await Promise.all([
      readCoverage(storage.batch, meta.current),
      browsableProjectKeys(),
      loadTaxonomy(storage.store),
      loadCatalogue(storage.store),
    ]);
    const asOf = meta.current.asOf;
    if (!stored) {
      // A snapshot from before coverage existed: one rebuild adds it.
      const queued = status.refreshing || (await requestRebuild(storage, push, 'coverage-missing', now)).queued;
      return emptyView('building', siteUrl, { ...base, asOf, refreshing: queued });
    }
    let streams: Stream[] = settings.streams;
    if (projectKey !== undefined) {
      // The key comes from the caller: a project called `constructor` has no stream, it does not find Object.
      const streamId = ownValue(stored.projectStreams, projectKey);
      streams = settings.streams.filter((stream) => stream.id === streamId);
    }
    // The filter bar's stream: compared as a value, so an id nobody has (or `__proto__`) simply finds nothing.
    if (streamFilter !== undefined) streams = streams.filter((stream) => stream.id === streamFilter);
    const shownStreams = new Set(streams.map((stream) => stream.id as string));
    const groups = stored.groups.filter((group) => shownStreams.has(group.streamId));
    const visible = groups.filter((group) => browsable.has(group.project));
    const hidden = groups.filter((group) => !browsable.has(group.project));
    const tally = mergeTallies(visible.map((group) => tallyOfStored(group.tally)));
    const report = coverageReport(tally, { streams, taxonomy, useCases: catalogue.useCases, nameable: (key) => browsable.has(projectOfKey(key)) });
    return {
      ...report,
      state: status.state,
      asOf,
      refreshing: status.refreshing,
      siteUrl,
      streams,
      issues: tally.issues,
      withheld: { issues: hidden.reduce((sum, group) => sum + group.tally.issues, 0), projects: new Set(hidden.map((group) => group.project)).size },
    };
  } catch (error) {
    throw asAppFailure(error, {});
  }
}
