import type { ProgrammeSettings } from '../../contract/programme';
import { callerHoldsGlobalPermission } from '../../platform/jira-global-permission';
import { callerGroupIds } from '../../platform/jira-users';
import { AppFailure } from '../errors';
import { asAppFailure } from '../platform-failures';

/** What the role check asks Jira, as the calling user. */
export interface RoleQuestions {
  /** The caller's group ids (`/myself?expand=groups`). */
  callerGroupIds(): Promise<ReadonlySet<string>>;
  /** Whether the caller holds Administer Jira. */
  callerIsJiraAdmin(): Promise<boolean>;
}

export const forgeRoleQuestions: RoleQuestions = {
  callerGroupIds,
  callerIsJiraAdmin: () => callerHoldsGlobalPermission('ADMINISTER'),
};

type ManagerSettings = Pick<ProgrammeSettings, 'programmeManagerAccountIds' | 'programmeManagerGroupIds'>;

/**
 * Whether the caller is a programme manager: named in the settings, a member of a named group, or a Jira admin.
 * The cheapest answer first: a named person costs no request; a group member one (`/myself`); others one more.
 */
export async function isProgrammeManager(settings: ManagerSettings | null, accountId: string, jira: RoleQuestions): Promise<boolean> {
  if (settings?.programmeManagerAccountIds.includes(accountId)) return true;
  try {
    const groups = settings?.programmeManagerGroupIds ?? [];
    if (groups.length > 0) {
      const mine = await jira.callerGroupIds();
      if (groups.some((groupId) => mine.has(groupId))) return true;
    }
    return await jira.callerIsJiraAdmin();
  } catch (error) {
    throw asAppFailure(error, { permission: 'ADMINISTER' });
  }
}

/** Refuses a write by anyone but a programme manager (strategy edits, "Publish now"), checked on the server every time. */
export async function requireProgrammeManager(settings: ManagerSettings | null, accountId: string, jira: RoleQuestions): Promise<void> {
  if (!(await isProgrammeManager(settings, accountId, jira))) throw new AppFailure({ code: 'PROGRAMME_MANAGER_REQUIRED', params: { role: 'programme-manager' } });
}
