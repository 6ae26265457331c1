import { AppFailure } from '../errors';
import { asAppFailure } from '../platform-failures';
import type { SettingsJira } from './settings-ports';

/**
 * Refuses anyone who does not hold Administer Jira, asked of Jira as the calling user. The admin page is hidden
 * from others by Jira, but a resolver can be invoked by any user of the app, so the check is made here, every time.
 */
export async function requireJiraAdmin(jira: SettingsJira): Promise<void> {
  let isAdmin: boolean;
  try {
    isAdmin = await jira.callerIsJiraAdmin();
  } catch (error) {
    throw asAppFailure(error, { permission: 'ADMINISTER' });
  }
  if (!isAdmin) throw new AppFailure({ code: 'ADMIN_REQUIRED', params: { permission: 'ADMINISTER' } });
}
