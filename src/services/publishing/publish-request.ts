import { randomUUID } from 'node:crypto';
import type { PublishingStatusView, PublishReport } from '../../contract/publishing';
import type { AppStore } from '../../platform/app-store';
import type { PushPublishJob } from '../../platform/publish-queue';
import { AppFailure } from '../errors';
import { currentPublishLease } from './publish-lease';
import { loadLatestReport, saveReport } from './publish-reports';
import { loadPublishingSettings } from './publishing-settings-store';

/** A queued run that has not started after this long was lost (Forge keeps events 24 h, but retries within minutes). */
const QUEUED_STALE_MS = 15 * 60 * 1000;

export interface PublishRequest {
  trigger: 'schedule' | 'manual';
  requestedBy: string | null;
  overwriteEdited: string[];
}

/**
 * Queues a publication run unless one is queued or running already (then the caller sees that one). The run's report
 * is stored as `queued` at once, so the programme page shows it before the consumer picks it up.
 */
export async function requestPublication(store: AppStore, push: PushPublishJob, request: PublishRequest, now: Date): Promise<{ queued: boolean; report: PublishReport | null }> {
  const settings = await loadPublishingSettings(store);
  if (!settings.target) throw new AppFailure({ code: 'PUBLISHING_NOT_CONFIGURED', params: {} });
  const latest = await loadLatestReport(store);
  const waiting = latest?.state === 'queued' && now.getTime() - Date.parse(latest.startedAt) < QUEUED_STALE_MS;
  if (waiting || (await currentPublishLease(store, now))) return { queued: false, report: latest };
  const report: PublishReport = {
    runId: randomUUID(), trigger: request.trigger, requestedBy: request.requestedBy, startedAt: now.toISOString(), finishedAt: null,
    state: 'queued', failure: null, pages: [], changesSince: null, requests: { reads: 0, writes: 0 },
  };
  await saveReport(store, report);
  await push({ runId: report.runId, trigger: request.trigger, requestedBy: request.requestedBy, overwriteEdited: request.overwriteEdited });
  return { queued: true, report };
}

/**
 * The programme page's publishing panel: where the app publishes, the latest run, and whether the viewer may publish.
 * A run shown `running` whose lease is gone died mid-way (its function timed out): it is shown failed.
 */
export async function loadPublishingStatus(store: AppStore, canPublish: () => Promise<boolean>, wikiBaseUrl: string, now: Date): Promise<PublishingStatusView> {
  const settings = await loadPublishingSettings(store);
  let lastReport = await loadLatestReport(store);
  if (lastReport?.state === 'running' && !(await currentPublishLease(store, now))) {
    lastReport = { ...lastReport, state: 'failed', failure: { code: 'INTERRUPTED', detail: 'The run stopped before it finished; the next run picks up where it left off.' } };
  }
  return { configured: settings.target !== null, target: settings.target, schedule: settings.schedule, lastReport, canPublish: await canPublish(), wikiBaseUrl };
}
