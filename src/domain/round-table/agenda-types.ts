import { z } from 'zod';
import { SectionIdSchema } from './series';

/** Where an agenda item comes from: the programme's live data, a submission, or typed by the programme manager. */
export const AGENDA_SOURCES = ['live', 'submission', 'manual'] as const;

/**
 * What a live item is about, so the same fact never lands twice: `epic-in-progress`, `epic-starting`, `results`,
 * `slip`, `conflict`, `cycle`, `dependency-added`, `dependency-removed`, `decision-due`, `decision-overdue`.
 */
export const LIVE_TOPICS = [
  'epic-in-progress', 'epic-starting', 'results', 'slip', 'conflict', 'cycle', 'dependency-added', 'dependency-removed', 'decision-due', 'decision-overdue',
] as const;

export const AgendaItemSchema = z.object({
  /** Stable within a meeting: live items are keyed by what they are about (`conflict:EMA-3>DATA-4`), so a rebuild of the agenda finds the same item again. */
  id: z.string().min(1).max(200),
  source: z.enum(AGENDA_SOURCES),
  topic: z.enum(LIVE_TOPICS).nullable().default(null),
  title: z.string().trim().min(1).max(300),
  detail: z.string().max(2000).default(''),
  /** Issues the item is about, for links. */
  issueKeys: z.array(z.string().max(255)).max(20).default([]),
  submissionId: z.string().max(40).nullable().default(null),
  decisionId: z.string().max(40).nullable().default(null),
  /** The discussion note taken in the meeting (minutes). */
  note: z.string().max(5000).default(''),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const AgendaSectionSchema = z.object({ sectionId: SectionIdSchema, items: z.array(AgendaItemSchema).max(100) });
export type AgendaSection = z.infer<typeof AgendaSectionSchema>;

export const AgendaSchema = z.object({
  sections: z.array(AgendaSectionSchema).max(30),
  /** Ids of live and submission items the programme manager dropped: a rebuild of the agenda leaves them out. */
  dropped: z.array(z.string().min(1).max(200)).max(1000).default([]),
});
export type Agenda = z.infer<typeof AgendaSchema>;
