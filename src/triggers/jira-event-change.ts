import { z } from 'zod';
import { JOURNEY_PROPERTY_KEY } from '../domain';
import type { SnapshotChange } from '../services/snapshot/patch-snapshot';

/**
 * What a Jira event changes in the programme snapshot. Events carry ids (and sometimes keys), never what the
 * snapshot needs, so every change is "read these issues again" or "these issues are gone". Payloads are parsed
 * leniently (extra fields ignored, ids as strings or numbers) and anything unrecognised changes nothing.
 */

const jiraId = z.union([z.string().min(1), z.number().int().nonnegative()]).transform(String);

const IssueEvent = z.object({
  eventType: z.enum(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue']),
  issue: z.object({ id: jiraId, key: z.string().min(1) }),
  changelog: z.object({ items: z.array(z.object({ field: z.string() }).loose()) }).loose().optional(),
});

const LinkEvent = z.object({
  eventType: z.enum(['avi:jira:created:issuelink', 'avi:jira:deleted:issuelink']),
  sourceIssueId: jiraId,
  destinationIssueId: jiraId,
});

// The issue is named by `entityId`; an `issue.id` is taken as well, so a payload that names it that way still works.
const PropertyEvent = z
  .object({
    eventType: z.enum(['avi:jira:set:issue-property', 'avi:jira:deleted:issue-property']),
    propertyKey: z.string(),
    entityId: jiraId.optional(),
    issue: z.object({ id: jiraId }).loose().optional(),
  })
  .transform((event) => ({ propertyKey: event.propertyKey, issueId: event.entityId ?? event.issue?.id }));

/**
 * A link created or deleted also updates both its issues, with a changelog of `Link` items only. The link event
 * itself names both issues, so such an update would only make the same change a second time.
 */
function onlyLinks(changelog: z.infer<typeof IssueEvent>['changelog']): boolean {
  const items = changelog?.items ?? [];
  return items.length > 0 && items.every((item) => item.field === 'Link');
}

/** The key of the issue an issue event is about (created, updated, deleted); null for other events. */
export function issueKeyOf(event: unknown): string | null {
  const issue = IssueEvent.safeParse(event);
  return issue.success ? issue.data.issue.key : null;
}

export function changeOf(event: unknown): SnapshotChange | null {
  const issue = IssueEvent.safeParse(event);
  if (issue.success) {
    const { eventType, issue: { id, key }, changelog } = issue.data;
    if (eventType === 'avi:jira:deleted:issue') return { reread: [], deleted: [{ id, key }] };
    if (eventType === 'avi:jira:updated:issue' && onlyLinks(changelog)) return null;
    return { reread: [id], deleted: [] };
  }
  const link = LinkEvent.safeParse(event);
  if (link.success) return { reread: [link.data.sourceIssueId, link.data.destinationIssueId], deleted: [] };
  // Journey tags written or removed by someone else (a script, another app): the snapshot's coverage reads them.
  const property = PropertyEvent.safeParse(event);
  if (property.success && property.data.propertyKey === JOURNEY_PROPERTY_KEY && property.data.issueId !== undefined) {
    return { reread: [property.data.issueId], deleted: [] };
  }
  return null;
}
