import { z } from 'zod';
import { issueKeyField } from '../../../../../src/contract/bounds';

/**
 * What the bulk action acts on, from the context Jira gives a navigator action (forge-platform.md §1.3, corrected):
 * the issues the user selected (`issueKeys`) when there are any, else the issues of the search (`jql`).
 */
export type BulkScope = { kind: 'selection'; issueKeys: string[]; jql: string } | { kind: 'search'; jql: string } | { kind: 'none' };

// Each field on its own: a malformed one is treated as absent, never as a reason to act on something else.
const NavigatorExtension = z
  .object({
    jql: z.string().optional().catch(undefined),
    issueKeys: z.array(z.unknown()).optional().catch(undefined),
  })
  .loose();

export function scopeOf(extension: unknown): BulkScope {
  const parsed = NavigatorExtension.safeParse(extension ?? {});
  const jql = parsed.success ? (parsed.data.jql?.trim() ?? '') : '';
  const selected = parsed.success ? (parsed.data.issueKeys ?? []) : [];
  const issueKeys = [...new Set(selected.filter((key): key is string => issueKeyField.safeParse(key).success))];
  if (issueKeys.length > 0) return { kind: 'selection', issueKeys, jql };
  return jql ? { kind: 'search', jql } : { kind: 'none' };
}
