import { z } from 'zod';

/** `issue/search`: the text typed into an issue picker (a key, part of one, or words of a summary). */
export const IssueSearchPayload = z.object({ query: z.string().trim().min(1, 'must not be empty').max(200) }).strict();

/** One issue a picker offers, as the user may see it. */
export interface IssueChoice {
  key: string;
  summary: string;
  /** The issue type's name as Jira gives it ("Epic", "Story", …). */
  issueType: string;
  /** An epic (hierarchy level 1 or above): offered first. */
  epic: boolean;
  /** The epic the issue rolls up to (itself for an epic), or null when it has none or the user cannot see it. */
  epicKey: string | null;
}

export interface IssueSearchResult {
  issues: IssueChoice[];
}
