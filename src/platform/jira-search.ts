import { route } from '@forge/api';
import { z } from 'zod';
import { requestProduct, type Principal } from './product-client';

/**
 * The page `/search/jql` serves when fields or properties are asked for: 100 (rest doc §2.1 — 5,000 only for
 * `id`/`key`). We ask for exactly that and follow `nextPageToken` until `isLast`, never assuming a page is full.
 */
export const SEARCH_PAGE_SIZE = 100;

const LinkedIssueSchema = z.object({ id: z.string(), key: z.string() });

/** One `fields.issuelinks` entry; exactly one of the two ends is present (rest doc §5.2). */
export const IssueLinkEntrySchema = z.object({
  id: z.string(),
  type: z.object({ id: z.string(), name: z.string() }),
  inwardIssue: LinkedIssueSchema.optional(),
  outwardIssue: LinkedIssueSchema.optional(),
});
export type IssueLinkEntry = z.infer<typeof IssueLinkEntrySchema>;

/** The few fields the programme snapshot reads; date fields are looked up by their configured ids. */
export const ProgrammeIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.looseObject({
    summary: z.string().default(''),
    issuetype: z.object({ name: z.string(), hierarchyLevel: z.number().int().default(0) }),
    parent: z.object({ key: z.string() }).nullish(),
    status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
    project: z.object({ key: z.string() }),
    issuelinks: z.array(IssueLinkEntrySchema).default([]),
  }),
  /** Issue properties asked for by key (`properties: [key]`), embedded in the same answer (rest doc §6.1). */
  properties: z.record(z.string(), z.unknown()).default({}),
});
export type ProgrammeIssue = z.infer<typeof ProgrammeIssueSchema>;

const SearchPageSchema = z.object({
  issues: z.array(ProgrammeIssueSchema),
  nextPageToken: z.string().optional(),
  isLast: z.boolean().optional(),
});

const BulkFetchSchema = z.object({ issues: z.array(ProgrammeIssueSchema) });

/** The field ids the snapshot asks for: eight at most, light enough for the largest pages. */
export function programmeFields(dueDateFieldId: string, startDateFieldId: string | null): string[] {
  const fields = ['summary', 'issuetype', 'parent', 'status', 'project', 'issuelinks', dueDateFieldId];
  if (startDateFieldId) fields.push(startDateFieldId);
  return [...new Set(fields)];
}

/**
 * Every issue a (bounded) JQL query returns, page by page through `nextPageToken`. POST, because stream
 * filters can be long (rest doc §11); a search is safe to repeat, so it is retried like a GET. `properties`
 * (at most 5 keys) are embedded in the same pages, so reading them costs no extra request.
 */
export async function searchAllIssues(principal: Principal, jql: string, fields: string[], properties: string[] = []): Promise<ProgrammeIssue[]> {
  const issues: ProgrammeIssue[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = await requestProduct('jira', principal, route`/rest/api/3/search/jql`, SearchPageSchema, {
      method: 'POST',
      idempotent: true,
      body: { jql, fields, maxResults: SEARCH_PAGE_SIZE, ...(properties.length > 0 ? { properties } : {}), ...(nextPageToken ? { nextPageToken } : {}) },
    });
    issues.push(...page.issues);
    nextPageToken = page.isLast === true ? undefined : page.nextPageToken;
  } while (nextPageToken);
  return issues;
}

/** Up to 100 issues by id or key in one request; missing or invisible ones are simply absent (rest doc §3). */
export async function bulkFetchIssues(principal: Principal, idsOrKeys: string[], fields: string[], properties: string[] = []): Promise<ProgrammeIssue[]> {
  const found: ProgrammeIssue[] = [];
  for (let start = 0; start < idsOrKeys.length; start += 100) {
    const page = await requestProduct('jira', principal, route`/rest/api/3/issue/bulkfetch`, BulkFetchSchema, {
      method: 'POST',
      idempotent: true,
      body: { issueIdsOrKeys: idsOrKeys.slice(start, start + 100), fields, ...(properties.length > 0 ? { properties } : {}) },
    });
    found.push(...page.issues);
  }
  return found;
}

const MatchSchema = z.object({ matches: z.array(z.object({ matchedIssues: z.array(z.number()), errors: z.array(z.string()).default([]) })) });

/** For each JQL (in order), which of the given issue ids it matches: one request (rest doc §2.3). */
export async function matchIssues(principal: Principal, issueIds: string[], jqls: string[]): Promise<Array<Set<string>>> {
  if (issueIds.length === 0 || jqls.length === 0) return jqls.map(() => new Set());
  const answer = await requestProduct('jira', principal, route`/rest/api/3/jql/match`, MatchSchema, {
    method: 'POST',
    idempotent: true,
    body: { issueIds: issueIds.map(Number), jqls },
  });
  return answer.matches.map((match) => new Set(match.matchedIssues.map(String)));
}
