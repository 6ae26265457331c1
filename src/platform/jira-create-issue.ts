import { route } from '@forge/api';
import { z } from 'zod';
import { StatusCategorySchema, type StatusCategory } from '../domain/programme';
import { requestProduct } from './product-client';

/** An Atlassian Document Format document, as `description` takes it (rest doc §7.2). */
export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: unknown[];
}

export interface NewIssue {
  projectKey: string;
  issueTypeId: string;
  /** At most 255 characters (Jira's summary rule). */
  summary: string;
  description: AdfDocument;
}

const CreatedSchema = z.object({ id: z.string(), key: z.string() });

/**
 * Creates an issue **as the signed-in user** (`POST /rest/api/3/issue`), so Jira checks their Create permission and
 * names them reporter. Never retried: a create that timed out may have happened (rest doc §7.2), so a failure is
 * reported, not repeated.
 */
export async function createIssueAsUser(issue: NewIssue): Promise<{ id: string; key: string }> {
  return requestProduct('jira', 'user', route`/rest/api/3/issue`, CreatedSchema, {
    method: 'POST',
    body: {
      fields: {
        project: { key: issue.projectKey },
        issuetype: { id: issue.issueTypeId },
        summary: issue.summary,
        description: issue.description,
      },
    },
  });
}

const StatusIssueSchema = z.object({
  key: z.string(),
  fields: z.object({
    summary: z.string().default(''),
    status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
  }),
});
const BulkStatusSchema = z.object({ issues: z.array(StatusIssueSchema) });

export interface IssueStatus {
  key: string;
  summary: string;
  status: string;
  statusCategory: StatusCategory;
}

/**
 * Summary and status of up to 100 issues per request, as the user (`POST /rest/api/3/issue/bulkfetch`, rest doc §3):
 * issues they cannot browse are simply absent from the answer. Keyed by the key asked for when Jira answers with the
 * same key (a moved issue answers under its new key and is found under that).
 */
export async function issueStatusesAsUser(keys: readonly string[]): Promise<Map<string, IssueStatus>> {
  const found = new Map<string, IssueStatus>();
  for (let start = 0; start < keys.length; start += 100) {
    const page = await requestProduct('jira', 'user', route`/rest/api/3/issue/bulkfetch`, BulkStatusSchema, {
      method: 'POST',
      idempotent: true,
      body: { issueIdsOrKeys: keys.slice(start, start + 100), fields: ['summary', 'status'] },
    });
    for (const issue of page.issues) {
      const category = StatusCategorySchema.safeParse(issue.fields.status.statusCategory.key);
      found.set(issue.key, { key: issue.key, summary: issue.fields.summary, status: issue.fields.status.name, statusCategory: category.success ? category.data : 'new' });
    }
  }
  return found;
}
