import { requestJira } from '@forge/bridge';
import { z } from 'zod';
import { IssueKeySchema } from '../../../../../src/domain/ids';
import { refusalText } from '../bulk-tagging/search-issues';
import type { PickerOption } from '../settings/search-picker';

const Answer = z.object({ issues: z.array(z.object({ key: z.string(), fields: z.object({ summary: z.string().default('') }).loose() }).loose()) }).loose();

/** JQL's string literal: quotes and backslashes escaped, so typed text never becomes JQL syntax. */
const jqlString = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/**
 * Issues of any type whose summary contains the text, or the issue with that key — as the person sees them, since
 * `requestJira` from the page runs as its viewer (from a Confluence page too): one enhanced search, newest first, 20 answers.
 */
export async function searchRelatedIssues(text: string): Promise<PickerOption[]> {
  const key = text.trim().toUpperCase();
  const byKey = IssueKeySchema.safeParse(key).success ? ` OR key = ${jqlString(key)}` : '';
  const response = await requestJira('/rest/api/3/search/jql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ jql: `summary ~ ${jqlString(text)}${byKey} ORDER BY updated DESC`, fields: ['summary'], maxResults: 20 }),
  });
  if (!response.ok) throw new Error(await refusalText(response));
  return Answer.parse(await response.json()).issues.map((issue) => ({ id: issue.key, label: issue.key, detail: issue.fields.summary }));
}
