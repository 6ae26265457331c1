import { z } from 'zod';
import { CalendarDateSchema } from './calendar-date';
import { IssueKeySchema, StreamIdSchema } from './ids';
import { JourneyTagsSchema } from './tags';

/**
 * A stream (Leuchtturmprojekt): a named JQL filter, usually `project = X`, with an owner and a colour.
 * An issue belongs to the first stream, in `order`, whose filter matches.
 */
export const StreamSchema = z.object({
  id: StreamIdSchema,
  name: z.string().trim().min(1, 'must not be empty').max(120),
  jql: z.string().trim().min(1, 'must not be empty').max(2000),
  ownerAccountId: z.string().min(1).max(128).nullable().default(null),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'expected a colour such as #0c66e4' }),
});
export type Stream = z.infer<typeof StreamSchema>;

/** Jira's status categories, by key: to do, in progress, done. */
export const StatusCategorySchema = z.enum(['new', 'indeterminate', 'done']);
export type StatusCategory = z.infer<typeof StatusCategorySchema>;

/**
 * A Jira issue as the programme sees it. Epics sit at hierarchy level 1; stories and tasks at 0 roll up to
 * their epic through `parentKey`, sub-tasks at -1 to their parent.
 */
export const WorkItemSchema = z.object({
  key: IssueKeySchema,
  summary: z.string(),
  streamId: StreamIdSchema.nullable(),
  issueType: z.string(),
  hierarchyLevel: z.number().int(),
  parentKey: IssueKeySchema.nullable(),
  status: z.string().default(''),
  statusCategory: StatusCategorySchema,
  startDate: CalendarDateSchema.nullable(),
  dueDate: CalendarDateSchema.nullable(),
  tags: JourneyTagsSchema.optional(),
});
export type WorkItem = z.infer<typeof WorkItemSchema>;

/**
 * One Jira issue link of a dependency type, already read in the configured direction:
 * `blocked` waits on `blocker`. `id` is the Jira link id, kept as evidence.
 */
export const DependencyLinkSchema = z.object({
  id: z.string().min(1),
  type: z.string(),
  blocker: IssueKeySchema,
  blocked: IssueKeySchema,
});
export type DependencyLink = z.infer<typeof DependencyLinkSchema>;
