import { searchIssueKeys } from '../../platform/jira-search-keys';
import { loadStoredSettings } from '../settings/stored-settings';
import { refreshStrategyJql } from '../strategy/strategy-jql';
import { applyPendingChanges, type ScheduleApply } from './apply-changes';
import { scopeOf } from './programme-scope';
import { BUILD_LEASE_SECONDS, leaseSecondsLeft, takeLease } from './pending-changes';
import { analyseSource, utcDay } from './analyse-source';
import { readProgramme } from './read-programme';
import { publishGeneration, readMeta, sweepUnreferenced, writeMeta, type SnapshotStorage } from './snapshot-store';

export type BuildOutcome = { built: true; asOf: string } | { built: false; reason: string; retryAfterSeconds?: number };

/**
 * The full rebuild the queue consumer runs as the app: read settings, read every stream from Jira, analyse,
 * publish a new generation. Marks the job running first; on failure records a short reason and leaves the
 * last good snapshot readable. `now` is the build instant (its UTC day is the analysis's today).
 */
export async function buildSnapshot(storage: SnapshotStorage, reason: string, scheduleApply: ScheduleApply, now: () => Date): Promise<BuildOutcome> {
  // The build is a writer too: it holds the lease while it reads and publishes, so no patch is overwritten by it;
  // changes recorded meanwhile stay pending and are applied on top of the new generation right after.
  const lease = await takeLease(storage.store, BUILD_LEASE_SECONDS, now());
  if (!lease) return { built: false, reason: 'busy', retryAfterSeconds: Math.min(60, (await leaseSecondsLeft(storage.store, now())) + 1) };
  let outcome: BuildOutcome;
  try {
    outcome = await buildUnderLease(storage, reason, now);
  } finally {
    await lease.release();
  }
  if (outcome.built) {
    await applyPendingChanges(storage, scheduleApply, now);
    await rereadStrategyJql(storage, now);
  }
  return outcome;
}

/**
 * The strategy nodes' epic JQL is re-read with every full build (as the app). Its failure is logged and leaves the
 * last matches in place: the snapshot is built, and the next build or edit reads the JQL again.
 */
async function rereadStrategyJql(storage: SnapshotStorage, now: () => Date): Promise<void> {
  try {
    await refreshStrategyJql(storage, (jql, limit) => searchIssueKeys('app', jql, limit), now);
  } catch (error) {
    console.warn('snapshot built, but the strategy JQL could not be re-read:', error instanceof Error ? error.message : 'unknown error');
  }
}

async function buildUnderLease(storage: SnapshotStorage, reason: string, now: () => Date): Promise<BuildOutcome> {
  const started = now();
  const meta = await readMeta(storage.store);
  await writeMeta(storage.store, { ...meta, job: { status: 'running', reason, since: started.toISOString() } });
  const settings = await loadStoredSettings(storage.store);
  if (!settings) {
    await writeMeta(storage.store, { ...(await readMeta(storage.store)), job: null });
    return { built: false, reason: 'not-configured' };
  }
  const source = await readProgramme(settings);
  const today = utcDay(started);
  const { view, coverage } = analyseSource(settings, source, today);
  const asOf = now().toISOString();
  await publishGeneration(storage, { asOf, today, settingsVersion: settings.version, view, source, coverage, scope: scopeOf(settings, source) }, () => ({ version: 1, job: null, lastFailure: null }));
  await sweepUnreferenced(storage);
  return { built: true, asOf };
}

/** Records that a build gave up, keeping the current generation. */
export async function recordBuildFailure(storage: SnapshotStorage, reason: string, now: () => Date): Promise<void> {
  const meta = await readMeta(storage.store);
  await writeMeta(storage.store, { ...meta, job: null, lastFailure: { at: now().toISOString(), reason: reason.slice(0, 300) } });
}

/** Puts the job back to queued while Forge waits to retry it (rate limited). */
export async function recordBuildRetry(storage: SnapshotStorage, reason: string, now: () => Date): Promise<void> {
  const meta = await readMeta(storage.store);
  await writeMeta(storage.store, { ...meta, job: { status: 'queued', reason, since: now().toISOString() } });
}
