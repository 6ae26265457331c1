import type { ProgrammeSettings } from '../../contract/programme';
import { AppFailure } from '../errors';
import { asAppFailure } from '../platform-failures';

/** Asks Jira, as the caller, whether they hold Administer Jira. */
export type CallerIsJiraAdmin = () => Promise<boolean>;

/**
 * Who may queue a full rebuild: a rebuild reads the whole programme from Jira, so it is for the people who run the
 * programme — its programme managers, the owners of its streams and Jira admins — not for every viewer. The first
 * two are known from the settings, so only others cost a question to Jira.
 */
export async function mayRebuild(settings: ProgrammeSettings | null | undefined, accountId: string, isJiraAdmin: CallerIsJiraAdmin): Promise<boolean> {
  if (settings?.programmeManagerAccountIds.includes(accountId) || settings?.streams.some((stream) => stream.ownerAccountId === accountId)) return true;
  try {
    return await isJiraAdmin();
  } catch (error) {
    throw asAppFailure(error, { permission: 'ADMINISTER' });
  }
}

export async function requireMayRebuild(settings: ProgrammeSettings | null | undefined, accountId: string, isJiraAdmin: CallerIsJiraAdmin): Promise<void> {
  if (!(await mayRebuild(settings, accountId, isJiraAdmin))) throw new AppFailure({ code: 'PROGRAMME_MANAGER_REQUIRED', params: {} });
}
