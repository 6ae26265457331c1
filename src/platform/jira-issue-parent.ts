import { route } from '@forge/api';
import { z } from 'zod';
import { requestProduct, type Principal } from './product-client';

const IssueTypeSchema = z.object({ hierarchyLevel: z.number().int().default(0) });
const IssueParentSchema = z.object({
  key: z.string(),
  fields: z.object({
    issuetype: IssueTypeSchema,
    // The parent comes with a reduced `fields` that includes its issue type (rest doc §4.1).
    parent: z.object({ key: z.string(), fields: z.object({ issuetype: IssueTypeSchema.optional() }).optional() }).nullish(),
  }),
});
export type IssueParent = z.infer<typeof IssueParentSchema>;

/** An issue's hierarchy level and its parent (with the parent's level), in one request. */
export async function fetchIssueParent(principal: Principal, issueKey: string): Promise<IssueParent> {
  return requestProduct('jira', principal, route`/rest/api/3/issue/${issueKey}?fields=issuetype,parent`, IssueParentSchema);
}
