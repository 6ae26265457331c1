import { route } from '@forge/api';
import { z } from 'zod';
import { JOURNEY_PROPERTY_KEY } from '../domain';
import { requestProduct, type Principal } from './product-client';

/** The few fields of an issue the journey panel shows (Jira IssueBean, unknown fields let through). */
const IssueJourneySchema = z.object({
  key: z.string(),
  fields: z.object({
    summary: z.string(),
    issuetype: z.object({ name: z.string(), hierarchyLevel: z.number().int().default(0) }),
    parent: z.object({ key: z.string(), fields: z.object({ summary: z.string() }).partial().optional() }).nullish(),
  }),
  properties: z.record(z.string(), z.unknown()).default({}),
});
export type IssueJourneyRecord = z.infer<typeof IssueJourneySchema>;

/** One issue with its journey property, in one request. */
export async function fetchIssueJourney(principal: Principal, issueKey: string): Promise<IssueJourneyRecord> {
  return requestProduct(
    'jira',
    principal,
    route`/rest/api/3/issue/${issueKey}?fields=summary,issuetype,parent&properties=${JOURNEY_PROPERTY_KEY}`,
    IssueJourneySchema,
  );
}
