import { z } from 'zod';
import { AgendaItemSchema, AgendaSchema, AgendaSectionSchema, type Agenda } from '../domain/round-table/agenda-types';
import { DecisionIdSchema, type Decision, type DecisionState } from '../domain/round-table/decision-types';
import { MeetingIdSchema, SectionIdSchema, SeriesSchema, type MeetingDate, type Series } from '../domain/round-table/series';
import { SubmissionIdSchema, SubmissionInputSchema, SUBMISSION_STATUSES, type Submission } from '../domain/round-table/submission';
import type { StatusCategory } from '../domain/programme';
import { CalendarDateSchema } from '../domain/calendar-date';
import { accountIdField, jiraIdField, projectKeyField } from './bounds';

/**
 * The 360 round table (issue #11): payloads and views shared by `src/resolvers` and `static/`. Anyone who may use the
 * app submits and sees their own submissions; programme managers run the series, triage, build agendas, take minutes
 * and record decisions (checked on the server). One series per installation in this version.
 */

/** A meeting is named by its local date: `m-20261229`. */
export const meetingIdOf = (localDate: string) => `m-${localDate.replaceAll('-', '')}`;

// ---- series (programme managers) ----
export const SeriesSavePayload = z.object({ expectedVersion: z.number().int().min(0), series: SeriesSchema.omit({ version: true }) }).strict();

export interface MeetingSummary {
  meetingId: string;
  localDate: string;
  startsAt: string;
  /** Whether an agenda was assembled, published, and whether minutes were published. */
  agenda: 'none' | 'draft' | 'published';
  minutes: 'none' | 'published';
  decisions: number;
}

export interface RoundTableOverview {
  series: Series | null;
  /** The next meeting dates from today (six), in the series' time zone. */
  upcoming: MeetingDate[];
  /** The meeting dates of the last 35 days that have begun, newest first: minutes can be taken after a meeting. */
  recent: MeetingDate[];
  /** Meetings that have an agenda or minutes, newest first. */
  meetings: MeetingSummary[];
  canManage: boolean;
  /** Submissions waiting for triage (programme managers only; 0 for others). */
  untriaged: number;
}

// ---- submissions (anyone) ----
export const SubmissionCreatePayload = z.object({ input: SubmissionInputSchema }).strict();

/** A submission as its submitter (or a programme manager) sees it, with names resolved for the status line. */
export interface SubmissionView extends Submission {
  meetingDate: string | null;
  sectionLabel: string | null;
  mergedIntoTitle: string | null;
  /** The decisions that answered it: text, state and follow-up issue. */
  decisions: Array<{ id: string; text: string; state: DecisionState; followUpKey: string | null }>;
}

/** One page, newest first; `cursor` is the `nextCursor` of the page before (opaque, from the store). */
export const SubmissionListPayload = z.object({ status: z.enum(SUBMISSION_STATUSES).optional(), meetingId: MeetingIdSchema.optional(), cursor: z.string().min(1).max(2000).optional() }).strict();

export const TriageAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('schedule'), meetingId: MeetingIdSchema, sectionId: SectionIdSchema }).strict(),
  z.object({ kind: z.literal('merge'), into: SubmissionIdSchema }).strict(),
  z.object({ kind: z.literal('decline'), reason: z.string().trim().min(1, 'must not be empty').max(1000) }).strict(),
  z.object({ kind: z.literal('reopen') }).strict(),
]);
export const SubmissionTriagePayload = z.object({ id: SubmissionIdSchema, baseRev: z.number().int().min(0), action: TriageAction }).strict();

// ---- meetings: agenda and minutes (programme managers) ----
export const MeetingPayload = z.object({ meetingId: MeetingIdSchema }).strict();
/** A hidden item comes back as it was shown, without a title: only a manual item's words are taken (checked on the server). */
const AgendaSaveItemSchema = AgendaItemSchema.extend({ title: z.string().trim().max(300) });
const AgendaSaveSchema = AgendaSchema.extend({ sections: z.array(AgendaSectionSchema.extend({ items: z.array(AgendaSaveItemSchema).max(100) })).max(30) });
export const AgendaSavePayload = z.object({ meetingId: MeetingIdSchema, expectedRev: z.number().int().min(0), agenda: AgendaSaveSchema }).strict();
export const NoteSavePayload = z.object({ meetingId: MeetingIdSchema, itemId: z.string().min(1).max(200), expectedRev: z.number().int().min(0), note: z.string().max(5000) }).strict();
export const MeetingPublishPayload = z.object({ meetingId: MeetingIdSchema, what: z.enum(['agenda', 'minutes']) }).strict();

/**
 * An agenda item as one viewer sees it: `hidden` when it names an issue of a project they cannot browse or a declined
 * submission that is not theirs — then it keeps its place, source and topic, its id is opaque and it says nothing else.
 */
export type AgendaItemView = Agenda['sections'][number]['items'][number] & { hidden?: boolean };
export interface AgendaView extends Omit<Agenda, 'sections'> {
  sections: Array<{ sectionId: Agenda['sections'][number]['sectionId']; items: AgendaItemView[] }>;
}

export interface MeetingView {
  meetingId: string;
  localDate: string;
  startsAt: string;
  /** Rises with every save of the agenda or a note. */
  rev: number;
  agenda: AgendaView | null;
  agendaState: MeetingSummary['agenda'];
  minutesState: MeetingSummary['minutes'];
  decisions: DecisionView[];
  /** The submissions scheduled for this meeting, by id (null-prototype record). */
  submissions: Record<string, SubmissionView>;
  canManage: boolean;
}

// ---- decisions ----
export const DecisionRecordPayload = z
  .object({
    meetingId: MeetingIdSchema,
    agendaItemId: z.string().min(1).max(200),
    text: z.string().trim().min(1, 'must not be empty').max(2000),
    ownerAccountId: accountIdField.nullable(),
    dueDate: CalendarDateSchema.nullable(),
    supersedes: DecisionIdSchema.nullable().default(null),
    submissionIds: z.array(SubmissionIdSchema).max(50).default([]),
  })
  .strict();
export const FollowUpPayload = z.object({ decisionId: DecisionIdSchema, projectKey: projectKeyField, issueTypeId: jiraIdField, summary: z.string().trim().min(1).max(255).optional() }).strict();

export interface DecisionView extends Decision {
  state: DecisionState;
  /** The follow-up issue as the viewer sees it (null: none, or one they cannot browse — then `followUpHidden`). */
  followUp: { key: string; summary: string; statusCategory: StatusCategory; status: string } | null;
  followUpHidden: boolean;
  submissions: Array<{ id: string; title: string }>;
}

export interface DecisionLogView {
  decisions: DecisionView[];
  counts: Record<DecisionState, number>;
}

