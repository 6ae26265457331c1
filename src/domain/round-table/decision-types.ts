import { z } from 'zod';
import { CalendarDateSchema } from '../calendar-date';
import { IssueKeySchema } from '../ids';

export const DecisionIdSchema = z.string().regex(/^d-[a-z0-9]{4,32}$/, { message: 'expected an id such as d-3f9a2c' });

/** A decision of the task force: text, owner, due date, the follow-up issue that carries it out. */
export const DecisionSchema = z.object({
  id: DecisionIdSchema,
  seriesId: z.string().min(1).max(40),
  meetingId: z.string().min(1).max(40),
  agendaItemId: z.string().min(1).max(200),
  text: z.string().trim().min(1, 'must not be empty').max(2000),
  ownerAccountId: z.string().min(1).max(128).nullable(),
  dueDate: CalendarDateSchema.nullable(),
  /** An earlier decision this one replaces. */
  supersedes: DecisionIdSchema.nullable().default(null),
  followUpKey: IssueKeySchema.nullable().default(null),
  /** The submissions this decision answers. */
  submissionIds: z.array(z.string().max(40)).max(50).default([]),
  decidedAt: z.string(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** Worst first for a decision log: overdue, open, done, superseded. */
export const DECISION_STATES = ['overdue', 'open', 'done', 'superseded'] as const;
export type DecisionState = (typeof DECISION_STATES)[number];
