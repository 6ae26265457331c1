import { requestJira } from '@forge/bridge';
import { z } from 'zod';
import { IssueKeySchema } from '../../../../../src/domain/ids';
import { refusalText } from '../bulk-tagging/search-issues';
import type { PickerOption } from '../settings/search-picker';

const Answer = z.object({ issues: z.array(z.object({ key: z.string(), fields: z.object({ summary: z.string().default('') }).loose() }).loose()) }).loose();

/** JQL's string literal: quotes and backslashes escaped, so typed text never becomes JQL syntax. */
function jqlString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * Issues whose summary contains the text, or the issue with that key, as the user sees them: one enhanced search
 * through the bridge, 20 answers. No issue-type filter (type names differ per site and language); a key that is no
 * epic of a stream is flagged by the tab once saved.
 */
export async function searchEpics(text: string): Promise<PickerOption[]> {
  const key = text.trim().toUpperCase();
  const byKey = IssueKeySchema.safeParse(key).success ? ` OR key = ${jqlString(key)}` : '';
  const jql = `summary ~ ${jqlString(text)}${byKey} ORDER BY key`;
  const response = await requestJira('/rest/api/3/search/jql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ jql, fields: ['summary'], maxResults: 20 }),
  });
  if (!response.ok) throw new Error(await refusalText(response));
  return Answer.parse(await response.json()).issues.map((issue) => ({ id: issue.key, label: issue.key, detail: issue.fields.summary }));
}
