import { InvocationError, InvocationErrorCode } from '@forge/events';
import { searchIssueKeys } from '../../platform/jira-search-keys';
import { PlatformError } from '../../platform/platform-error';
import type { SnapshotStorage } from '../snapshot/snapshot-store';
import { refreshStrategyJql } from './strategy-jql';

/**
 * The queued re-read after an edit changed a node's JQL (`{ kind: 'strategy-jql' }` on the snapshot queue), as the app.
 * Jira rate limiting or unavailable: Forge retries the job later; anything else is logged, and the next build reads again.
 */
export async function rereadStrategyJql(storage: SnapshotStorage, now: () => Date): Promise<InvocationError | undefined> {
  try {
    await refreshStrategyJql(storage, (jql, limit) => searchIssueKeys('app', jql, limit), now);
    return undefined;
  } catch (error) {
    if (error instanceof PlatformError && (error.kind === 'rate-limited' || (error.kind === 'server' && error.status !== 500))) {
      const retryAfter = Math.min(900, Math.max(30, error.rateLimit?.retryAfterSeconds ?? 60));
      return new InvocationError({ retryAfter, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
    }
    console.warn('the strategy JQL could not be re-read:', error instanceof Error ? error.message : 'unknown error');
    return undefined;
  }
}
