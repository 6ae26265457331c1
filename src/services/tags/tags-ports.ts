import type { AppStore } from '../../platform/app-store';
import {
  editableIssueIds, fetchJourneyProperties, fetchJourneyProperty, putJourneyProperty, searchJourneyProperties, writeJourneyPropertiesMulti,
  type IssueJourneyProperty, type MultiWriteOutcome,
} from '../../platform/jira-properties';

/**
 * What tagging needs from Jira, always asked as the user at the keyboard: Jira then applies their Browse and Edit
 * permissions, so the app never tags an issue its user could not edit by hand.
 */
export interface TagsJira {
  readOne(issueKey: string): Promise<IssueJourneyProperty>;
  readMany(issueKeys: readonly string[]): Promise<IssueJourneyProperty[]>;
  /** At most `limit + 1` issues, so the caller can tell that a query selects too many. */
  search(jql: string, limit: number): Promise<IssueJourneyProperty[]>;
  writeOne(issueKey: string, value: unknown): Promise<void>;
  writeMany(entries: ReadonlyArray<{ issueId: string; value: unknown }>): Promise<MultiWriteOutcome>;
  editable(issueIds: readonly string[]): Promise<Set<string>>;
}

export interface TagsPorts {
  store: AppStore;
  jira: TagsJira;
}

export const forgeTagsJira: TagsJira = {
  readOne: (issueKey) => fetchJourneyProperty('user', issueKey),
  readMany: (issueKeys) => fetchJourneyProperties('user', issueKeys),
  search: (jql, limit) => searchJourneyProperties('user', jql, limit),
  writeOne: (issueKey, value) => putJourneyProperty('user', issueKey, value),
  writeMany: (entries) => writeJourneyPropertiesMulti('user', entries),
  editable: (issueIds) => editableIssueIds(issueIds),
};
