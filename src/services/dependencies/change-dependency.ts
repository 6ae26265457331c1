import type { DependencyLinkType } from '../../contract/programme';
import { createDependencyLink, deleteIssueLink, fetchIssueLink, permissionsOnIssue } from '../../platform/jira-links';
import { PlatformError } from '../../platform/platform-error';
import { AppFailure } from '../errors';
import { asAppFailure } from '../platform-failures';
import { loadStoredSettings } from '../settings/stored-settings';
import { pushApplyJob } from '../../platform/snapshot-queue';
import { recordAndApply } from '../snapshot/apply-changes';
import type { SnapshotStorage } from '../snapshot/snapshot-store';

const denied = (error: unknown) => error instanceof PlatformError && (error.kind === 'not-found' || error.kind === 'forbidden');

/**
 * Jira answers 404 both for an issue the user cannot see and for a missing Link issues permission (rest doc §5.1).
 * Only after such a failure, ask which it was, so the message names the issue and what is missing.
 */
async function explainLinkRefusal(type: DependencyLinkType, blockerKey: string, blockedKey: string, error: unknown): Promise<unknown> {
  // Link issues is needed on the project of the POST's outward issue: the sentence's object.
  const object = type.objectWaits ? blockedKey : blockerKey;
  for (const issueKey of [blockerKey, blockedKey]) {
    let held: Record<string, boolean>;
    try {
      held = await permissionsOnIssue('user', issueKey, ['LINK_ISSUES']);
    } catch (lookup) {
      return lookup instanceof PlatformError && lookup.kind === 'not-found' ? new AppFailure({ code: 'NOT_FOUND', params: { issueKey } }) : asAppFailure(lookup, { issueKey });
    }
    if (issueKey === object && held.LINK_ISSUES !== true) return new AppFailure({ code: 'PERMISSION_DENIED', params: { issueKey, permission: 'LINK_ISSUES' } });
  }
  return asAppFailure(error, { issueKey: object });
}

export interface CreateDependencyInput {
  blockerKey: string;
  blockedKey: string;
  linkTypeId?: string | undefined;
}

/**
 * `dependency/create`: "blocked waits on blocker" as a Jira link created AS THE USER (Jira checks their rights),
 * then the snapshot is patched from both issues so the next load shows it without a rebuild.
 */
export async function createDependency(storage: SnapshotStorage, input: CreateDependencyInput, now: () => Date): Promise<{ created: true }> {
  const settings = await loadStoredSettings(storage.store);
  if (!settings) throw new AppFailure({ code: 'NOT_CONFIGURED', params: {} });
  const type = input.linkTypeId === undefined ? settings.dependencyLinkTypes[0] : settings.dependencyLinkTypes.find((t) => t.linkTypeId === input.linkTypeId);
  if (!type) throw new AppFailure({ code: 'INVALID_PAYLOAD', field: 'linkTypeId', params: { message: 'not a configured dependency link type' } });
  try {
    await createDependencyLink('user', type, input.blockerKey, input.blockedKey);
  } catch (error) {
    throw denied(error) ? await explainLinkRefusal(type, input.blockerKey, input.blockedKey, error) : asAppFailure(error, { issueKey: input.blockedKey });
  }
  await patchOrExplain(storage, [input.blockerKey, input.blockedKey], now);
  return { created: true };
}

/** `dependency/remove`: reads the link as the user (404 → NOT_FOUND), deletes it as the user, then patches. */
export async function removeDependency(storage: SnapshotStorage, linkId: string, now: () => Date): Promise<{ removed: true }> {
  let ends: string[];
  try {
    const link = await fetchIssueLink('user', linkId);
    ends = [link.inwardIssue.id, link.outwardIssue.id];
  } catch (error) {
    throw asAppFailure(error, { linkId });
  }
  try {
    await deleteIssueLink('user', linkId);
  } catch (error) {
    // The user can see both ends (the read succeeded), so a 404 here means Link issues is missing.
    if (denied(error)) throw new AppFailure({ code: 'PERMISSION_DENIED', params: { linkId, permission: 'LINK_ISSUES' } });
    throw asAppFailure(error, { linkId });
  }
  await patchOrExplain(storage, ends, now);
  return { removed: true };
}

async function patchOrExplain(storage: SnapshotStorage, issues: string[], now: () => Date): Promise<void> {
  try {
    await recordAndApply(storage, { reread: issues, deleted: [] }, pushApplyJob, now);
  } catch (error) {
    throw asAppFailure(error, {});
  }
}
