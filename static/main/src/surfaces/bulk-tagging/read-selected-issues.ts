import { requestJira } from '@forge/bridge';
import { z } from 'zod';
import { MAX_BULK_ISSUES } from '../../../../../src/contract/journey';
import { ISSUE_FIELDS, IssueWithTags, listedIssue, refusalText, type SearchedIssues } from './search-issues';

const BulkFetchAnswer = z.object({ issues: z.array(IssueWithTags).default([]) }).loose();

/**
 * The issues the user selected with their journey tags, read as the user in one `issue/bulkfetch` (at most one
 * action's worth, which the caller checks first), in the order selected. A key Jira leaves out is listed without a summary and named as
 * unreadable: the action still sends it, and the server answers "not found" for it. Throws with Jira's words.
 */
export async function readSelectedIssues(issueKeys: readonly string[]): Promise<SearchedIssues> {
  if (issueKeys.length > MAX_BULK_ISSUES) throw new Error(`at most ${MAX_BULK_ISSUES} issues can be read at once`);
  const response = await requestJira('/rest/api/3/issue/bulkfetch', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ issueIdsOrKeys: issueKeys, ...ISSUE_FIELDS }),
  });
  if (!response.ok) throw new Error(await refusalText(response));
  const found = new Map(BulkFetchAnswer.parse(await response.json()).issues.map((issue) => [issue.key, listedIssue(issue)]));
  return {
    issues: issueKeys.map((key) => found.get(key) ?? { key, summary: '', tags: null }),
    more: false,
    unreadable: issueKeys.filter((key) => !found.has(key)),
  };
}
