import type { JqlCheckResult } from '../../contract/programme';
import { asAppFailure } from '../platform-failures';
import type { SettingsPorts } from './settings-ports';

/** Asks Jira whether a stream filter is valid, as the admin typing it; Jira's own messages come back unchanged. */
export async function checkJql({ jira }: SettingsPorts, jql: string): Promise<JqlCheckResult> {
  try {
    const [verdict] = await jira.parseJql([jql]);
    const errors = verdict?.errors ?? [];
    return { valid: errors.length === 0, errors };
  } catch (error) {
    throw asAppFailure(error, { operation: 'settings/check-jql' });
  }
}
