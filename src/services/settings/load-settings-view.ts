import type { SettingsView } from '../../contract/programme';
import { asAppFailure } from '../platform-failures';
import { defaultSettings } from './default-settings';
import { dateFieldChoices } from './jira-choices';
import type { SettingsPorts } from './settings-ports';
import { loadStoredSettings } from './stored-settings';

/**
 * The admin page's data: the stored settings (or first-run defaults) and Jira's choices — link types, date fields
 * and every project the admin can see, for the "one stream per project" offer. Four requests, made together.
 */
export async function loadSettingsView({ store, jira }: SettingsPorts): Promise<SettingsView> {
  const [stored, [fields, linkTypes, projects]] = await Promise.all([
    loadStoredSettings(store),
    Promise.all([jira.fields(), jira.linkTypes(), jira.projects()]).catch((error: unknown) => {
      throw asAppFailure(error, { operation: 'settings/get' });
    }),
  ]);
  return {
    settings: stored ?? defaultSettings(fields, linkTypes),
    stored: stored !== null,
    linkTypes: linkTypes.map(({ id, name, inward, outward }) => ({ id, name, inward, outward })),
    dateFields: dateFieldChoices(fields),
    projects: projects.map(({ id, key, name }) => ({ id, key, name })),
  };
}
