import { Queue } from '@forge/events';
import { SNAPSHOT_QUEUE_KEY } from './snapshot-queue';

/** The body of the job that re-reads the strategy nodes' JQL (handled by the snapshot consumer). */
export const STRATEGY_JQL_JOB = { kind: 'strategy-jql' } as const;

/** Queues the re-read of the strategy nodes' JQL on the snapshot queue, as the app. */
export async function pushStrategyJqlJob(): Promise<void> {
  await new Queue({ key: SNAPSHOT_QUEUE_KEY }).push([{ body: { ...STRATEGY_JQL_JOB } }]);
}
