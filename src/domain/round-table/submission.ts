import { z } from 'zod';
import { IssueKeySchema, TermIdSchema, UseCaseIdSchema } from '../ids';
import { MeetingIdSchema, SectionIdSchema } from './series';

/** What anyone may bring to the round table (issue #11 §2). */
export const SUBMISSION_KINDS = [
  'view', 'concern', 'suggestion', 'idea', 'customer-need', 'competitor-example', 'expert-opinion', 'other-project-info', 'decision-request',
] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

export const SubmissionIdSchema = z.string().regex(/^s-[a-z0-9]{4,32}$/, { message: 'expected an id such as s-3f9a2c' });

export const MAX_SUBMISSION_TITLE = 200;
export const MAX_SUBMISSION_TEXT = 5000;

/** What the submitter fills in; everything else is the app's. */
export const SubmissionInputSchema = z
  .object({
    kind: z.enum(SUBMISSION_KINDS),
    title: z.string().trim().min(1, 'must not be empty').max(MAX_SUBMISSION_TITLE),
    text: z.string().trim().min(1, 'must not be empty').max(MAX_SUBMISSION_TEXT),
    touchpoints: z.array(TermIdSchema).max(20).default([]),
    useCases: z.array(UseCaseIdSchema).max(20).default([]),
    streamId: z.string().min(1).max(40).nullable().default(null),
    issueKeys: z.array(IssueKeySchema).max(20).default([]),
  })
  .strict();
export type SubmissionInput = z.infer<typeof SubmissionInputSchema>;

export const SUBMISSION_STATUSES = ['received', 'scheduled', 'discussed', 'merged', 'declined'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SubmissionSchema = SubmissionInputSchema.extend({
  id: SubmissionIdSchema,
  seriesId: z.string().min(1).max(40),
  submittedBy: z.string().min(1).max(128),
  submittedAt: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  /** Scheduled (or discussed) at this meeting, in this section. */
  meetingId: MeetingIdSchema.nullable().default(null),
  sectionId: SectionIdSchema.nullable().default(null),
  /** Merged into this other submission (a duplicate). */
  mergedInto: SubmissionIdSchema.nullable().default(null),
  declineReason: z.string().trim().max(1000).nullable().default(null),
  /** Decisions that answered it. */
  decisionIds: z.array(z.string().max(40)).max(50).default([]),
  /** Rises with every triage step, so two programme managers triaging at once notice each other. */
  rev: z.number().int().min(0).default(0),
}).strict();
export type Submission = z.infer<typeof SubmissionSchema>;

/** The standing section a kind suggests when a programme manager schedules it (ids of DEFAULT_SECTIONS). */
export const SECTION_FOR_KIND: Readonly<Record<SubmissionKind, string>> = {
  view: 'expert-opinions',
  concern: 'business-decisions',
  suggestion: 'ideas',
  idea: 'ideas',
  'customer-need': 'customer-needs',
  'competitor-example': 'competitors',
  'expert-opinion': 'expert-opinions',
  'other-project-info': 'other-projects',
  'decision-request': 'business-decisions',
};
