import type { AppStore } from '../../platform/app-store';
import { callerHoldsGlobalPermission } from '../../platform/jira-global-permission';
import { parseJqlQueries, type JqlVerdict } from '../../platform/jira-jql-parse';
import { fetchAllProjects, fetchFields, fetchLinkTypes, type JiraField, type JiraLinkType, type JiraProject } from '../../platform/jira-metadata';

/**
 * What the settings use cases need from Jira, all asked as the admin at the keyboard: the admin page shows Jira's
 * choices as that person sees them, and JQL is validated with their rights, as Jira's own filter editor would.
 */
export interface SettingsJira {
  callerIsJiraAdmin(): Promise<boolean>;
  fields(): Promise<JiraField[]>;
  linkTypes(): Promise<JiraLinkType[]>;
  projects(): Promise<JiraProject[]>;
  /** One verdict per query, in the order given, from a single request. */
  parseJql(queries: readonly string[]): Promise<JqlVerdict[]>;
}

export interface SettingsPorts {
  store: AppStore;
  jira: SettingsJira;
  /** Asks for the programme snapshot to be rebuilt with the new settings. */
  requestSnapshotRebuild(): Promise<void>;
}

export const forgeSettingsJira: SettingsJira = {
  callerIsJiraAdmin: () => callerHoldsGlobalPermission('ADMINISTER'),
  fields: () => fetchFields('user'),
  linkTypes: () => fetchLinkTypes('user'),
  projects: () => fetchAllProjects('user'),
  parseJql: (queries) => parseJqlQueries('user', queries),
};
