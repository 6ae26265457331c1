import { z } from 'zod';
import { AgendaSchema } from '../../domain/round-table/agenda-types';
import { BaselineSchema, type Baseline } from '../../domain/baseline/baseline-types';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';

/**
 * One KVS record per meeting (`round-table:meeting:<meetingId>`): the agenda and its state, the minutes state and a
 * `rev` that rises with every save. The baseline taken at assembly lives under its own key, so the record the meeting
 * tab reads stays small (a 1,000-epic baseline is ~50 KB). A meeting's record exists once its agenda was assembled.
 */
export const meetingKey = (meetingId: string) => `round-table:meeting:${meetingId}`;
export const meetingBaselineKey = (meetingId: string) => `round-table:meeting-baseline:${meetingId}`;

export const MeetingRecordSchema = z.object({
  meetingId: z.string(),
  seriesId: z.string(),
  localDate: z.string(),
  startsAt: z.string(),
  rev: z.number().int().min(0),
  agenda: AgendaSchema.nullable(),
  agendaState: z.enum(['none', 'draft', 'published']),
  minutesState: z.enum(['none', 'published']),
  assembledAt: z.string().nullable(),
  agendaPublishedAt: z.string().nullable().default(null),
  minutesPublishedAt: z.string().nullable().default(null),
});
export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;

function invalid(key: string, error: z.ZodError): AppFailure {
  const issue = error.issues[0];
  return new AppFailure({ code: 'STORED_DATA_INVALID', field: [key, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
}

export function parseMeeting(key: string, raw: unknown): MeetingRecord | null {
  if (raw === undefined) return null;
  const parsed = MeetingRecordSchema.safeParse(raw);
  if (!parsed.success) throw invalid(key, parsed.error);
  return parsed.data;
}

export async function readMeeting(store: AppStore, meetingId: string): Promise<MeetingRecord | null> {
  return parseMeeting(meetingKey(meetingId), await store.get(meetingKey(meetingId)));
}

/** A baseline that no longer parses counts as none: the next agenda then shows no "changes since". */
export async function readMeetingBaseline(store: AppStore, meetingId: string): Promise<Baseline | null> {
  const parsed = BaselineSchema.safeParse(await store.get(meetingBaselineKey(meetingId)));
  return parsed.success ? parsed.data : null;
}

export async function writeMeetingBaseline(store: AppStore, meetingId: string, baseline: Baseline): Promise<void> {
  await store.set(meetingBaselineKey(meetingId), baseline);
}

/** Long enough to outlast one save, short so a crashed writer frees the rev soon (as `claimNextVersion`). */
const CLAIM_SECONDS = 60;

/**
 * Compare-and-set: the record is written as `rev + 1` only when storage still holds `expectedRev` and no one else
 * claimed `rev + 1` first (KVS `FAIL_IF_EXISTS` on a claim key). A loser is told MEETING_CHANGED and writes nothing.
 */
export async function saveMeeting(store: AppStore, next: Omit<MeetingRecord, 'rev'>, expectedRev: number): Promise<MeetingRecord> {
  const current = await readMeeting(store, next.meetingId);
  const currentRev = current?.rev ?? 0;
  const changed = () => new AppFailure({ code: 'MEETING_CHANGED', params: { meetingId: next.meetingId, currentRev } });
  if (currentRev !== expectedRev) throw changed();
  if (!(await store.setIfAbsent(`${meetingKey(next.meetingId)}:claim:${expectedRev + 1}`, { claimed: true }, CLAIM_SECONDS))) {
    throw new AppFailure({ code: 'MEETING_CHANGED', params: { meetingId: next.meetingId, currentRev: expectedRev + 1 } });
  }
  const record: MeetingRecord = { ...next, rev: expectedRev + 1 };
  await store.set(meetingKey(next.meetingId), record);
  return record;
}
