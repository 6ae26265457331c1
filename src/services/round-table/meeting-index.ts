import { z } from 'zod';
import type { MeetingSummary } from '../../contract/round-table';
import type { AppStore } from '../../platform/app-store';

/**
 * The small list of meetings that have an agenda, minutes or decisions (`round-table:meetings`), newest first: what
 * the overview shows and what the decision log reads to find the meetings with decisions, without listing storage.
 * Twelve meetings a year of ~150 bytes each stay far below a value's 240 KiB for decades.
 */
export const MEETING_INDEX_KEY = 'round-table:meetings';

const SummarySchema = z.object({
  meetingId: z.string(),
  localDate: z.string(),
  startsAt: z.string(),
  agenda: z.enum(['none', 'draft', 'published']),
  minutes: z.enum(['none', 'published']),
  decisions: z.number().int().min(0),
});
const IndexSchema = z.object({ version: z.number().int().min(0), meetings: z.array(SummarySchema) });
type MeetingIndex = z.infer<typeof IndexSchema>;

/** A damaged index reads as empty: it is rebuilt entry by entry by the next saves, and no meeting record is lost. */
async function readIndex(store: AppStore): Promise<MeetingIndex> {
  const parsed = IndexSchema.safeParse(await store.get(MEETING_INDEX_KEY));
  return parsed.success ? parsed.data : { version: 0, meetings: [] };
}

export async function readMeetingIndex(store: AppStore): Promise<MeetingSummary[]> {
  return (await readIndex(store)).meetings;
}

const CLAIM_SECONDS = 60;
const ATTEMPTS = 8;

/**
 * Sets one meeting's entry (`change` gets the current entry or undefined). Saves of different meetings race for the
 * same index, so each write claims the next version (KVS `FAIL_IF_EXISTS`) and a loser reads again and retries: the
 * meeting's own write already succeeded, so its index entry must not be lost to another meeting's save.
 */
export async function updateMeetingIndex(store: AppStore, meetingId: string, change: (entry: MeetingSummary | undefined) => MeetingSummary): Promise<void> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const index = await readIndex(store);
    const entry = change(index.meetings.find((candidate) => candidate.meetingId === meetingId));
    const meetings = [...index.meetings.filter((candidate) => candidate.meetingId !== meetingId), entry].sort((a, b) => b.localDate.localeCompare(a.localDate));
    if (await store.setIfAbsent(`${MEETING_INDEX_KEY}:claim:${index.version + 1}`, { claimed: true }, CLAIM_SECONDS)) {
      await store.set(MEETING_INDEX_KEY, { version: index.version + 1, meetings });
      return;
    }
  }
  throw new Error(`meeting index: ${ATTEMPTS} concurrent writers in a row overtook the update of ${meetingId}`);
}
