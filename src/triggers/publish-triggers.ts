import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { z } from 'zod';
import { forgeAppStore } from '../platform/app-store';
import { getSpaceById } from '../platform/confluence-pages';
import { pushPublishJob } from '../platform/publish-queue';
import { requestPublication } from '../services/publishing/publish-request';
import { runPublication, type RenderPublication } from '../services/publishing/publish-run';
import { loadPublishingSettings } from '../services/publishing/publishing-settings-store';
import { confluenceSyncPort } from '../services/publishing/sync/sync-port';

/** Forge gives up after a few retries; stop one earlier so the last report stays readable. */
const MAX_RETRIES = 4;
/** Forge waits at most 900 s between retries. */
const MAX_RETRY_AFTER_SECONDS = 900;

const JobBody = z.object({
  runId: z.string().regex(/^[a-zA-Z0-9-]{1,64}$/),
  trigger: z.enum(['schedule', 'manual']),
  requestedBy: z.string().max(128).nullable(),
  overwriteEdited: z.array(z.string().max(300)).max(1000).default([]),
});

const retry = (seconds: number) =>
  new InvocationError({ retryAfter: Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(30, Math.ceil(seconds))), retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });

/**
 * The publication job and the weekly schedule, given how the programme is rendered into pages (the composition of
 * snapshot → model → pages lives with whoever wires the app's entry point).
 */
export function publishTriggers(render: RenderPublication) {
  const deps = {
    store: forgeAppStore,
    render,
    confluence: confluenceSyncPort,
    readSpace: (spaceId: string) => getSpaceById('app', spaceId).then((space) => (space ? { homepageId: space.homepageId ?? null } : null)),
    now: () => new Date(),
  };

  /** Queue consumer: one run. Another run holding the lease, or Confluence asking to wait, → Forge retries it later. */
  async function publishConsumer(event: AsyncEvent): Promise<InvocationError | undefined> {
    const job = JobBody.safeParse(event.body);
    if (!job.success) return undefined; // not a job this version understands: nothing to retry
    const outcome = await runPublication(deps, job.data);
    const retries = event.retryContext?.retryCount ?? 0;
    if (!outcome.ran) return retries < MAX_RETRIES ? new InvocationError({ retryAfter: 60, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST }) : undefined;
    return outcome.retryAfterSeconds !== null && retries < MAX_RETRIES ? retry(outcome.retryAfterSeconds) : undefined;
  }

  /** Weekly: publishes when the admin chose the weekly schedule and a target; otherwise does nothing. */
  async function onPublishSchedule(_event?: unknown, _context?: unknown): Promise<{ statusCode: number }> {
    const settings = await loadPublishingSettings(forgeAppStore);
    if (settings.schedule === 'weekly' && settings.target) {
      await requestPublication(forgeAppStore, pushPublishJob, { trigger: 'schedule', requestedBy: null, overwriteEdited: [] }, new Date());
    }
    return { statusCode: 204 };
  }

  return { publishConsumer, onPublishSchedule };
}
