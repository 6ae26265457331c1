import { route } from '@forge/api';
import { z } from 'zod';
import { requestProduct, type Principal } from './product-client';

/** One suggestion of `GET /issue/picker`: the key and the summary as plain text (`summary` carries HTML highlights). */
const SuggestedIssueSchema = z.looseObject({ key: z.string().min(1), summaryText: z.string().default('') });
/** The picker's answer: sections such as the user's history ("hs") and the current search ("cs"), each a list. */
const PickerSchema = z.looseObject({
  sections: z.array(z.looseObject({ id: z.string().optional(), issues: z.array(SuggestedIssueSchema).default([]) })).default([]),
});

export interface PickedIssue {
  key: string;
  summary: string;
}

/**
 * Jira's own issue picker (`GET /rest/api/3/issue/picker`): issues whose key or summary match the text, from the
 * asker's history and the current search, only those they may browse. Sub-tasks included; each key once, in
 * Jira's order.
 */
export async function pickIssues(principal: Principal, query: string): Promise<PickedIssue[]> {
  const answer = await requestProduct('jira', principal, route`/rest/api/3/issue/picker?query=${query}&showSubTasks=true&showSubTaskParent=true`, PickerSchema);
  const seen = new Map<string, PickedIssue>();
  for (const section of answer.sections) {
    for (const issue of section.issues) if (!seen.has(issue.key)) seen.set(issue.key, { key: issue.key, summary: issue.summaryText });
  }
  return [...seen.values()];
}
