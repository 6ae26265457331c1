import { z } from 'zod';
import { streamKeys } from './outside-ends';
import { unpackTags } from './tag-codec';
import { CalendarDateSchema, DependencyLinkSchema, IssueKeySchema, StatusCategorySchema, StreamIdSchema, type DependencyLink, type WorkItem } from '../../domain';

/**
 * What incremental refresh needs beside the view: every issue of the programme (epics and lower issues) with its
 * Jira id (events carry ids only), stream, parent, status and dates, the issues outside every stream that its links
 * reach (`streamId` null), and the dependency links read from them.
 * Stored in chunks the panel never reads.
 */
export const SourceIssueSchema = z.object({
  id: z.string(),
  key: IssueKeySchema,
  summary: z.string(),
  streamId: StreamIdSchema.nullable(),
  issueType: z.string(),
  hierarchyLevel: z.number().int(),
  parentKey: IssueKeySchema.nullable(),
  status: z.string(),
  statusCategory: StatusCategorySchema,
  startDate: CalendarDateSchema.nullable(),
  dueDate: CalendarDateSchema.nullable(),
  /** The issue's own journey tags, packed (tag-codec.ts); absent when it has none (and in snapshots from before tags). */
  tags: z.array(z.string()).optional(),
});
export type SourceIssue = z.infer<typeof SourceIssueSchema>;

export const ProgrammeSourceSchema = z.object({
  issues: z.array(SourceIssueSchema),
  links: z.array(DependencyLinkSchema),
});
export type ProgrammeSource = z.infer<typeof ProgrammeSourceSchema>;

export function workItemOf(issue: SourceIssue): WorkItem {
  const { id: _id, tags, ...item } = issue;
  const unpacked = unpackTags(tags);
  return unpacked ? { ...item, tags: unpacked } : item;
}

/**
 * Links the analysis should see: those with at least one end in a stream (a link between two issues outside every
 * stream is no concern of the programme), each once. Issues outside the streams are kept as the far ends of these.
 */
export function relevantLinks(issues: readonly SourceIssue[], links: readonly DependencyLink[]): DependencyLink[] {
  const keys = streamKeys(issues);
  const seen = new Set<string>();
  return links.filter((link) => {
    if (seen.has(link.id) || (!keys.has(link.blocker) && !keys.has(link.blocked))) return false;
    seen.add(link.id);
    return true;
  });
}
