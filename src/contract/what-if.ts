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
 * The answer is programme-wide (a slip's knock-on crosses streams); the project page draws what it has bars for.
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
  /** Null unless it is a conflict afterwards, and null when an end is hidden (as `programme/load` withholds days). */
  overlapDaysAfter: number | null;
}

/** A stream the push reaches, from the pushed epics the viewer may browse (a hidden epic's push would give its dates away). */
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
  /**
   * If everyone re-plans just enough to stay conflict-free: epics pushed along the dependency graph (not the slipped
   * one), largest push first. A push is the overlap the slip adds (slack absorbs part of it; at-risk is not pushed
   * away; an overlap that was there before is not the slip's doing). Done epics and done blockers push nothing.
   */
  pushed: PushedEpicView[];
  /**
   * Epics the push reaches that have no start date to move (not done): named so someone plans them, `pushDays` 0.
   */
  unscheduled: PushedEpicView[];
  /**
   * The simulation runs on the epics the viewer may browse and the dependencies between them: were hidden epics in it,
   * asking again with other slips would tell their dates, day by day. This counts the dependencies by which hidden
   * epics wait on the slipped epic or on an epic it pushes or reaches (links, as the view counts them), not simulated.
   */
  hiddenWaiting: number;
  pushedStreams: PushedStreamView[];
  /**
   * If nobody re-plans: only the slipped epic moves, so only its own dependencies can change status (those waiting
   * on it may turn into conflicts; those it waits on gain slack). Worst first.
   */
  changed: ChangedDependencyView[];
  /** The critical path of the work left, on today's plan and on the re-planned dates. */
  criticalPath: { before: CriticalPathView; after: CriticalPathView; changed: boolean };
  /** The slip reaches a cycle: the push stops at the loop and the page says so. */
  reachesCycle: boolean;
}
