import type { DesiredPage } from '../../confluence/desired-page';
import type { PublishingSettings, PublishReport } from '../../contract/publishing';
import type { Baseline } from '../../domain/baseline/baseline-types';
import type { AppStore } from '../../platform/app-store';
import { PlatformError } from '../../platform/platform-error';
import type { PublishJobBody } from '../../platform/publish-queue';
import { loadPublishingSettings } from './publishing-settings-store';
import { loadLastBaseline, saveLastBaseline, type PublishedBaseline } from './publish-baseline';
import { takePublishLease } from './publish-lease';
import { loadReport, saveReport } from './publish-reports';
import { loadPageMap, savePageMap } from './sync/page-map-store';
import { syncPages } from './sync/sync-pages';
import type { SyncPort } from './sync/sync-port';

/** What to publish, rendered from the programme as it stands; `previous` is the last clean publication's baseline. */
export type RenderPublication = (input: { settings: PublishingSettings; previous: PublishedBaseline | null }) => Promise<{ pages: DesiredPage[]; baseline?: Baseline }>;

export interface PublishDeps {
  store: AppStore;
  render: RenderPublication;
  /** Confluence for the sync, in one space, as the app */
  confluence: (spaceId: string) => SyncPort;
  /** the space's homepage (where top-level pages go without a configured parent), null when the space is gone */
  readSpace: (spaceId: string) => Promise<{ homepageId: string | null } | null>;
  now: () => Date;
}

export type RunOutcome =
  | { ran: true; report: PublishReport; retryAfterSeconds: number | null }
  | { ran: false; busy: true };

/**
 * One publication run, as the app: render, sync, remember. Holds the publish lease throughout. The report is saved
 * when the run starts and when it ends; the baseline only when nothing failed, so "Changes since" always compares with
 * what sponsors could actually read. Confluence rate limiting or being unavailable ends the run with a retry time.
 */
export async function runPublication(deps: PublishDeps, job: PublishJobBody): Promise<RunOutcome> {
  const lease = await takePublishLease(deps.store, job.runId, deps.now());
  if (!lease) return { ran: false, busy: true };
  try {
    const previous = await loadLastBaseline(deps.store);
    const queued = await loadReport(deps.store, job.runId);
    const report: PublishReport = {
      runId: job.runId, trigger: job.trigger, requestedBy: job.requestedBy, startedAt: queued?.startedAt ?? deps.now().toISOString(), finishedAt: null,
      state: 'running', failure: null, pages: [], changesSince: previous?.publishedAt ?? null, requests: { reads: 0, writes: 0 },
    };
    await saveReport(deps.store, report);
    const finished = await publish(deps, job, report, previous);
    await saveReport(deps.store, { ...finished.report, finishedAt: deps.now().toISOString() });
    return { ran: true, report: finished.report, retryAfterSeconds: finished.retryAfterSeconds };
  } finally {
    await lease.release();
  }
}

async function publish(deps: PublishDeps, job: PublishJobBody, report: PublishReport, previous: PublishedBaseline | null): Promise<{ report: PublishReport; retryAfterSeconds: number | null }> {
  const fail = (code: string, detail: string, retryAfterSeconds: number | null = null) => ({ report: { ...report, state: 'failed' as const, failure: { code, detail: detail.slice(0, 500) } }, retryAfterSeconds });
  let reads = 0;
  try {
    const settings = await loadPublishingSettings(deps.store);
    if (!settings.target) return fail('PUBLISHING_NOT_CONFIGURED', 'No Confluence space is chosen yet.');
    reads += 1;
    const space = await deps.readSpace(settings.target.spaceId);
    if (!space) return fail('SPACE_NOT_FOUND', `The space ${settings.target.spaceKey} does not exist or the app may not see it.`);
    const rendered = await deps.render({ settings, previous });
    const port = deps.confluence(settings.target.spaceId);
    const loaded = await loadPageMap(deps.store);
    const result = await syncPages(port, { pages: rendered.pages, topParentId: settings.target.parentPageId ?? space.homepageId, map: loaded.map, overwrite: new Set(job.overwriteEdited) });
    await savePageMap(deps.store, loaded, result.map);
    const requests = { reads: reads + port.requests().reads, writes: port.requests().writes };
    const done: PublishReport = { ...report, state: 'done', pages: result.outcomes.slice(0, 1000), requests };
    if (result.rateLimited) {
      return { report: { ...done, state: 'failed', failure: { code: 'RATE_LIMITED', detail: `Confluence asked the app to wait ${result.rateLimited.retryAfterSeconds} s.` } }, retryAfterSeconds: result.rateLimited.retryAfterSeconds };
    }
    if (rendered.baseline && !result.outcomes.some((page) => page.action === 'failed')) await saveLastBaseline(deps.store, report.startedAt, rendered.baseline);
    return { report: done, retryAfterSeconds: null };
  } catch (error) {
    // A rendering bug or a damaged record: retrying would fail the same way, so the report says what broke.
    if (!(error instanceof PlatformError)) return fail('PUBLICATION_FAILED', error instanceof Error ? error.message : String(error));
    const transient = error.kind === 'rate-limited' || (error.kind === 'server' && error.status !== 500);
    return fail(transient ? 'CONFLUENCE_UNAVAILABLE' : 'CONFLUENCE_REJECTED', `${error.product} ${error.status}: ${error.message}`, transient ? (error.rateLimit?.retryAfterSeconds ?? 60) : null);
  }
}
