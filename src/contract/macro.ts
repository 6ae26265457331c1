import type { CalendarDate } from '../domain/calendar-date';
import type { Health, HealthReasons, Progress } from '../domain/strategy/roll-up-types';
import type { MacroTarget } from './publishing';
import type { SnapshotState } from './programme';

/**
 * The live "Programme status" macro on a Confluence page: the roll-up of what the sponsor picked (the programme, a
 * stream or a strategy node), for the person viewing the page — figures count only what they may browse.
 */
export interface MacroStatusView {
  target: MacroTarget;
  /** False when the picked stream or node no longer exists (the macro then says so). */
  found: boolean;
  /** The programme's, stream's or node's name. */
  title: string;
  state: SnapshotState;
  asOf: string | null;
  today: CalendarDate | null;
  progress: Progress | null;
  shareDone: number | null;
  health: Health;
  reasons: HealthReasons;
  dependencies: { total: number; conflicts: number; atRisk: number };
  earliestStart: CalendarDate | null;
  latestDue: CalendarDate | null;
  /** Epics left out because the viewer cannot browse their project. */
  hiddenEpics: number;
  /** The programme page in Jira. */
  programmeUrl: string;
}
