import type { CalendarDate } from '../calendar-date';
import type { BaselineDiff } from '../baseline/baseline-types';
import type { DependencyStatus } from '../dependencies/types';
import type { StatusCategory } from '../programme';
import type { Health } from '../strategy/roll-up-types';
import type { Agenda } from './agenda-types';
import type { Decision, DecisionState } from './decision-types';
import type { StandingSection } from './series';
import type { Submission } from './submission';

/** An epic of the programme snapshot, as the agenda names it. */
export interface AgendaEpic {
  key: string;
  summary: string;
  streamId: string | null;
  statusCategory: StatusCategory;
  start: CalendarDate | null;
  due: CalendarDate | null;
}

/** A dependency assessed for the meeting day: `blocked` waits on `blocker`. */
export interface AgendaDependency {
  blocker: string;
  blocked: string;
  status: DependencyStatus;
  /** The two ends sit in different streams (or one outside every stream). */
  crossStream: boolean;
  overlapDays: number | null;
}

/** The roll-up figures the results section reports: the whole programme, and each stream. */
export interface AgendaFigures {
  /** done / all issues, 0..1; null with no issues. */
  shareDone: number | null;
  epics: number;
  epicsDone: number;
  streams: Array<{ streamId: string; name: string; health: Health; shareDone: number | null }>;
}

export interface AgendaInput {
  /** The series' sections in agenda order (retired ones take nothing). */
  sections: readonly StandingSection[];
  language: 'en' | 'de';
  meetingDate: CalendarDate;
  /** The following meeting's local date; null when the series lists none. */
  nextMeetingDate: CalendarDate | null;
  epics: readonly AgendaEpic[];
  dependencies: readonly AgendaDependency[];
  /** Circles of epics waiting on each other: one concrete path through each. */
  cycles: ReadonlyArray<{ members: readonly string[] }>;
  figures: AgendaFigures;
  /** What changed since the last meeting's baseline; null for the first meeting. */
  diff: BaselineDiff | null;
  /** The submissions scheduled to this meeting. */
  submissions: ReadonlyArray<Pick<Submission, 'id' | 'kind' | 'title' | 'text' | 'sectionId' | 'issueKeys'>>;
  /** Decisions with their state on the meeting day (the assembly keeps those due before the next meeting or overdue). */
  decisions: ReadonlyArray<{ decision: Pick<Decision, 'id' | 'text' | 'dueDate' | 'followUpKey'>; state: DecisionState }>;
  /** The agenda of this meeting as last saved: its manual items, order, notes and drops are kept. */
  previous: Agenda | null;
}
