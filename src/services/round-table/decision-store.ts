import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DecisionSchema, type Decision } from '../../domain/round-table/decision-types';
import type { AppStore } from '../../platform/app-store';
import type { AppStoreBatch } from '../../platform/app-store-batch';
import { AppFailure } from '../errors';

/**
 * Decisions are kept in one KVS record per meeting (`round-table:decisions:<meetingId>`), not in the Custom Entity
 * Store: a meeting takes a handful of decisions, the log reads every meeting with decisions anyway (the meeting index
 * names them), so one batch read of ≤16 records serves a year and more, and a meeting's decisions are written together
 * with compare-and-set. A decision's id carries its meeting's date (`d-20261229k3f9a2`), so `decision/follow-up` finds
 * its record without any scan.
 */
export const decisionsKey = (meetingId: string) => `round-table:decisions:${meetingId}`;

/** 50 decisions of ≤2,000 characters stay below a KVS value's 240 KiB even in three-byte characters. */
export const MAX_DECISIONS_PER_MEETING = 50;

const RecordSchema = z.object({ rev: z.number().int().min(0), decisions: z.array(DecisionSchema).max(MAX_DECISIONS_PER_MEETING) });
export type MeetingDecisions = z.infer<typeof RecordSchema>;

export function newDecisionId(meetingId: string): string {
  return `d-${meetingId.slice(2)}${randomBytes(4).toString('hex').slice(0, 6)}`;
}

/** The meeting a decision id belongs to, or null for an id this app did not make. */
export function meetingOfDecision(decisionId: string): string | null {
  const match = /^d-(\d{8})[a-z0-9]+$/.exec(decisionId);
  return match ? `m-${match[1]}` : null;
}

function parseRecord(key: string, raw: unknown): MeetingDecisions {
  if (raw === undefined) return { rev: 0, decisions: [] };
  const parsed = RecordSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppFailure({ code: 'STORED_DATA_INVALID', field: [key, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
}

export async function readMeetingDecisions(store: AppStore, meetingId: string): Promise<MeetingDecisions> {
  return parseRecord(decisionsKey(meetingId), await store.get(decisionsKey(meetingId)));
}

/** The decisions of many meetings in one batch read (16 keys a request), in the order of the meeting ids given. */
export async function readDecisionsOf(batch: AppStoreBatch, meetingIds: readonly string[]): Promise<Decision[]> {
  if (meetingIds.length === 0) return [];
  const found = await batch.getMany(meetingIds.map(decisionsKey));
  return meetingIds.flatMap((meetingId) => parseRecord(decisionsKey(meetingId), found.get(decisionsKey(meetingId))).decisions);
}

/** Compare-and-set on the meeting's decisions (a claim of `rev + 1`), so two managers recording at once both keep theirs after a retry. */
export async function writeMeetingDecisions(store: AppStore, meetingId: string, expectedRev: number, decisions: Decision[]): Promise<MeetingDecisions> {
  const key = decisionsKey(meetingId);
  if (!(await store.setIfAbsent(`${key}:claim:${expectedRev + 1}`, { claimed: true }, 60))) {
    throw new AppFailure({ code: 'MEETING_CHANGED', params: { meetingId, currentRev: expectedRev + 1 } });
  }
  const record = { rev: expectedRev + 1, decisions };
  await store.set(key, record);
  return record;
}
