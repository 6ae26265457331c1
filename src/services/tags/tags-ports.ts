import type { AppStore } from '../../platform/app-store';
import { fetchJourneyProperties, fetchJourneyProperty, searchJourneyProperties, type IssueJourneyProperty } from '../../platform/jira-properties';
import { updateJourneyProperties, type ChangeOf, type UpdateOutcome } from '../../platform/jira-property-update';

/**
 * What tagging needs from Jira, always asked as the user at the keyboard: Jira then applies their Browse and Edit
 * permissions, so the app never tags an issue its user could not edit by hand.
 */
export interface TagsJira {
  readOne(issueKey: string): Promise<IssueJourneyProperty>;
  readMany(issueKeys: readonly string[]): Promise<IssueJourneyProperty[]>;
  /** At most `limit + 1` issues, so the caller can tell that a query selects too many. */
  search(jql: string, limit: number): Promise<IssueJourneyProperty[]>;
  /** Compare-and-set of the property on the issues as read (see updateJourneyProperties); outcomes by issue id. */
  update(issues: readonly IssueJourneyProperty[], changeOf: ChangeOf): Promise<Map<string, UpdateOutcome>>;
}

export interface TagsPorts {
  store: AppStore;
  jira: TagsJira;
}

export const forgeTagsJira: TagsJira = {
  readOne: (issueKey) => fetchJourneyProperty('user', issueKey),
  readMany: (issueKeys) => fetchJourneyProperties('user', issueKeys),
  search: (jql, limit) => searchJourneyProperties('user', jql, limit),
  update: (issues, changeOf) => updateJourneyProperties('user', issues, changeOf),
};
