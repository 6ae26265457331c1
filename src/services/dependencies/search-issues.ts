import type { IssueChoice, IssueSearchResult } from '../../contract/issue-search';
import { pickIssues } from '../../platform/jira-issue-picker';
import { bulkFetchIssues, type ProgrammeIssue } from '../../platform/jira-search';
import { asAppFailure } from '../platform-failures';

/** The fields the picker's issues are described by; `status` and `project` complete the shape the bulk fetch reads. */
const FIELDS = ['summary', 'issuetype', 'parent', 'status', 'project'];
const EPIC_LEVEL = 1;
const SUBTASK_LEVEL = -1;

const levelOf = (issue: ProgrammeIssue) => issue.fields.issuetype.hierarchyLevel;

/**
 * `issue/search`: the issues Jira's picker suggests for the text, asked AS THE USER (so only issues they may browse),
 * each with its type and the epic it rolls up to, epics first. One picker request and one bulk fetch; a second bulk
 * fetch only when sub-tasks are among them (their epic is their parent's parent).
 */
export async function searchIssues(query: string): Promise<IssueSearchResult> {
  try {
    const picked = await pickIssues('user', query);
    if (picked.length === 0) return { issues: [] };
    const described = new Map((await bulkFetchIssues('user', picked.map((p) => p.key), FIELDS)).map((issue) => [issue.key, issue]));
    const subtaskParents = [...new Set([...described.values()].flatMap((issue) => (levelOf(issue) <= SUBTASK_LEVEL && issue.fields.parent ? [issue.fields.parent.key] : [])))];
    const parents = new Map(subtaskParents.length > 0 ? (await bulkFetchIssues('user', subtaskParents, FIELDS)).map((issue) => [issue.key, issue]) : []);

    const epicOf = (issue: ProgrammeIssue): string | null => {
      if (levelOf(issue) >= EPIC_LEVEL) return issue.key;
      const parentKey = issue.fields.parent?.key ?? null;
      if (levelOf(issue) > SUBTASK_LEVEL || parentKey === null) return parentKey;
      return parents.get(parentKey)?.fields.parent?.key ?? null;
    };
    const issues: IssueChoice[] = picked.flatMap((p) => {
      const issue = described.get(p.key);
      // An issue the picker named but the bulk fetch did not return was deleted or hidden meanwhile: not offered.
      if (!issue) return [];
      return [{ key: issue.key, summary: issue.fields.summary || p.summary, issueType: issue.fields.issuetype.name, epic: levelOf(issue) >= EPIC_LEVEL, epicKey: epicOf(issue) }];
    });
    // Epics first; otherwise Jira's order (a stable sort keeps it).
    return { issues: issues.sort((a, b) => Number(b.epic) - Number(a.epic)) };
  } catch (error) {
    throw asAppFailure(error, {});
  }
}
