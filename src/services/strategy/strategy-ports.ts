import { browsableProjectKeys } from '../../platform/user-projects';
import { displayNames } from '../../platform/jira-users';
import { pushSnapshotJob, type PushSnapshotJob } from '../../platform/snapshot-queue';
import { pushStrategyJqlJob } from '../../platform/strategy-jql-queue';
import { forgeRoleQuestions, type RoleQuestions } from '../roles/programme-manager';

/** What the strategy use cases ask of Jira and the queue, as the calling user; tests may replace any of it. */
export interface StrategyPorts {
  roles: RoleQuestions;
  /** Project keys the caller may browse (one project search). */
  browsableProjectKeys(): Promise<Set<string>>;
  /** Display names of the given accounts, as the caller sees them (one `/user/bulk`). */
  displayNames(accountIds: readonly string[]): Promise<Map<string, string>>;
  /** Queues a snapshot job: a build when none exists, and the JQL re-read after an edit (`kind: 'strategy-jql'`). */
  push: PushSnapshotJob;
  pushStrategyJql(): Promise<void>;
}

export const forgeStrategyPorts: StrategyPorts = {
  roles: forgeRoleQuestions,
  browsableProjectKeys,
  displayNames: (accountIds) => displayNames('user', accountIds),
  push: pushSnapshotJob,
  pushStrategyJql: pushStrategyJqlJob,
};
