import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { z } from 'zod';
import { forgeAppStore } from '../platform/app-store';
import { forgeAppStoreBatch } from '../platform/app-store-batch';
import { PlatformError } from '../platform/platform-error';
import { pushApplyJob, pushSnapshotJob } from '../platform/snapshot-queue';
import { STRATEGY_JQL_JOB } from '../platform/strategy-jql-queue';
import { rereadStrategyJql } from '../services/strategy/reread-jql-job';
import { AppFailure } from '../services/errors';
import { buildSnapshot, recordBuildFailure, recordBuildRetry } from '../services/snapshot/build-snapshot';
import { applyPendingChanges, recordAndSchedule } from '../services/snapshot/apply-changes';
import { requestRebuild } from '../services/snapshot/request-rebuild';
import { concernsProgramme } from '../services/snapshot/event-scope';
import { changeOf, issueKeyOf } from './jira-event-change';

const storage = { store: forgeAppStore, batch: forgeAppStoreBatch };
const now = () => new Date();
/** Forge gives up after a few retries; give up a little earlier so the failure is recorded. */
const MAX_RETRIES = 4;

const JobBody = z.object({ reason: z.string().default('unknown') });
const ApplyJobBody = z.object({ kind: z.literal('apply') });
const StrategyJqlJobBody = z.object({ kind: z.literal(STRATEGY_JQL_JOB.kind) });

function shortReason(error: unknown): string {
  if (error instanceof AppFailure) return `${error.appError.code}${error.appError.field ? ` ${error.appError.field}` : ''}`;
  if (error instanceof PlatformError) return `Jira ${error.status}: ${error.message}`.slice(0, 300);
  return error instanceof Error ? error.message.slice(0, 300) : 'unknown error';
}

/**
 * The queue consumer: a full snapshot build as the app. Jira still rate limiting or unavailable after the
 * client's own retries → ask Forge to retry later (InvocationError); any other failure is recorded and the last
 * good snapshot stays readable.
 */
export async function snapshotConsumer(event: AsyncEvent): Promise<InvocationError | undefined> {
  if (ApplyJobBody.safeParse(event.body).success) {
    await applyPendingChanges(storage, pushApplyJob, now);
    return undefined;
  }
  if (StrategyJqlJobBody.safeParse(event.body).success) return rereadStrategyJql(storage, now);
  const body = JobBody.safeParse(event.body);
  const reason = body.success ? body.data.reason : 'unknown';
  try {
    const outcome = await buildSnapshot(storage, reason, pushApplyJob, now);
    // Another writer holds the lease (a patch, or a build that is still running): try again when it is free.
    if (!outcome.built && outcome.retryAfterSeconds !== undefined) {
      return new InvocationError({ retryAfter: outcome.retryAfterSeconds, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST });
    }
    return undefined;
  } catch (error) {
    const transient = error instanceof PlatformError && (error.kind === 'rate-limited' || error.kind === 'server') && error.status !== 500;
    if (transient && (event.retryContext?.retryCount ?? 0) < MAX_RETRIES) {
      await recordBuildRetry(storage, reason, now);
      // Jira says when its quota resets (up to an hour); Forge waits at most 900 s between retries.
      const retryAfter = Math.min(900, Math.max(60, error.rateLimit?.retryAfterSeconds ?? 60));
      return new InvocationError({ retryAfter, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
    }
    await recordBuildFailure(storage, shortReason(error), now);
    return undefined;
  }
}

export { changeOf };

/**
 * Issue, issue-link and journey-tag property events record what changed; one queued patch applies a window's changes
 * together. The app's own changes never arrive here (`filter.ignoreSelf` in manifest.yml): it takes its tag saves and
 * dependency changes into the snapshot itself.
 */
export async function onJiraEvent(event: unknown, _context?: unknown): Promise<void> {
  const change = changeOf(event);
  if (!change) return;
  // Most of a busy site's events are about issues no stream holds and no programme link reaches.
  const key = issueKeyOf(event);
  if (key !== null && !(await concernsProgramme(storage.store, key))) return;
  await recordAndSchedule(storage, change, pushApplyJob, now);
}

/** The nightly full rebuild (repairs anything an event missed). */
export async function onSchedule(_event?: unknown, _context?: unknown): Promise<{ statusCode: number }> {
  await requestRebuild(storage, pushSnapshotJob, 'nightly', now);
  return { statusCode: 204 };
}
