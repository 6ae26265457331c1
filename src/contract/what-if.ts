import { z } from 'zod';
import type { CalendarDate } from '../domain/calendar-date';
import type { DependencyStatus } from '../domain/dependencies/types';
import type { Stream } from '../domain/programme';
import type { ChainKey, CriticalPathView } from './programme';
import { issueKeyField } from './bounds';

/** The longest slip a person may ask about: two years covers every plan we have seen. */
export const MAX_SLIP_DAYS = 730;

/**
 * `programme/what-if`: "what if this epic slips by N days?", answered from the snapshot without changing Jira.
 * `projectKey` narrows the answer the way the project page narrows the view.
 */
export const WhatIfPayload = z
  .object({ epicKey: issueKeyField, slipDays: z.number().int().min(1).max(MAX_SLIP_DAYS) })
  .strict();

/** An epic the slip pushes: its planned dates and the dates it would need. A hidden epic is counted, never named. */
export interface PushedEpicView {
  key: string;
  summary: string;
  streamId: Stream['id'] | null;
  startDate: CalendarDate | null;
  dueDate: CalendarDate | null;
  /** The dates after the push (both moved by `pushDays`). */
  newStartDate: CalendarDate | null;
  newDueDate: CalendarDate | null;
  pushDays: number;
  /** How many dependency steps from the slipped epic (1 = waits on it directly). */
  depth: number;
}

/** A dependency whose status the slip would change ("ok" → "conflict"), with the days it would then overlap. */
export interface ChangedDependencyView {
  /** The same opaque id the programme view gives this dependency, so the page can point at its row and arrow. */
  id: string;
  blockerKey: ChainKey;
  blockedKey: ChainKey;
  before: DependencyStatus;
  after: DependencyStatus;
  overlapDaysAfter: number | null;
}

export interface PushedStreamView {
  streamId: Stream['id'];
  /** The largest push among the stream's epics. */
  maxPushDays: number;
  epics: number;
}

export interface WhatIfView {
  epicKey: string;
  slipDays: number;
  /** The slipped epic itself, before and after. */
  slipped: PushedEpicView;
  /** Epics pushed along the dependency graph (not the slipped one), largest push first. */
  pushed: PushedEpicView[];
  /** Pushed epics in projects the viewer cannot browse. */
  hiddenPushed: number;
  pushedStreams: PushedStreamView[];
  /** Dependencies that would turn into conflicts or at risk (or out of them), worst first. */
  changed: ChangedDependencyView[];
  criticalPath: { before: CriticalPathView; after: CriticalPathView; changed: boolean };
  /** The slip reaches a cycle: the push stops at the loop and the page says so. */
  reachesCycle: boolean;
}
