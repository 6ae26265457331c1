import { requestJira } from '@forge/bridge';
import { z } from 'zod';
import { MAX_BULK_ISSUES } from '../../../../../src/contract/journey';
import { JOURNEY_PROPERTY_KEY, JourneyTagsSchema, emptyTags, type JourneyTags } from '../../../../../src/domain';

/**
 * The issues the action will act on, as the user sees them: key, summary and the journey tags they store now (null
 * when those cannot be read), at most one action's worth.
 */
export interface SearchedIssues {
  issues: Array<{ key: string; summary: string; tags: JourneyTags | null }>;
  /** True when the search finds more than the action takes. */
  more: boolean;
  /** Selected issues Jira did not return to the user (missing, or not theirs to see). */
  unreadable: string[];
}

/** An issue as search and bulkfetch answer it, with the journey property embedded when it has one. */
export const IssueWithTags = z
  .object({ key: z.string(), fields: z.object({ summary: z.string().default('') }).loose(), properties: z.record(z.string(), z.unknown()).default({}) })
  .loose();
type IssueWithTags = z.infer<typeof IssueWithTags>;

/** Key, summary and stored tags: none stored reads as no tags; a value that is not tags reads as null. */
export function listedIssue(issue: IssueWithTags): SearchedIssues['issues'][number] {
  const stored = issue.properties[JOURNEY_PROPERTY_KEY];
  if (stored === undefined) return { key: issue.key, summary: issue.fields.summary, tags: emptyTags() };
  const parsed = JourneyTagsSchema.safeParse(stored);
  return { key: issue.key, summary: issue.fields.summary, tags: parsed.success ? parsed.data : null };
}

/** What the action asks Jira for each issue: its summary and, in the same request, its journey tags. */
export const ISSUE_FIELDS = { fields: ['summary'], properties: [JOURNEY_PROPERTY_KEY] };

const SearchAnswer = z
  .object({
    issues: z.array(IssueWithTags),
    nextPageToken: z.string().optional(),
    isLast: z.boolean().optional(),
  })
  .loose();
const JiraErrors = z.object({ errorMessages: z.array(z.string()).default([]), errors: z.record(z.string(), z.string()).default({}) }).loose();

/** Jira's own words for a refused request, or the status when it gave none. */
export async function refusalText(response: Response): Promise<string> {
  const parsed = JiraErrors.safeParse(await response.json().catch(() => null));
  const words = parsed.success ? [...parsed.data.errorMessages, ...Object.values(parsed.data.errors)] : [];
  return words.length > 0 ? words.join(' ') : `HTTP ${response.status}`;
}

/**
 * Runs the search as the user through the enhanced JQL search (one request, tags included; the page size equals the
 * action's limit, so a next page means "more than the action takes"). Throws an Error with Jira's words when refused.
 */
export async function searchIssues(jql: string): Promise<SearchedIssues> {
  const response = await requestJira('/rest/api/3/search/jql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ jql, ...ISSUE_FIELDS, maxResults: MAX_BULK_ISSUES }),
  });
  if (!response.ok) throw new Error(await refusalText(response));
  const answer = SearchAnswer.parse(await response.json());
  const more = answer.nextPageToken !== undefined && answer.isLast !== true;
  return { issues: answer.issues.slice(0, MAX_BULK_ISSUES).map(listedIssue), more, unreadable: [] };
}
