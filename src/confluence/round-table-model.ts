import type { StatusCategory } from '../domain/programme';
import type { AgendaItem } from '../domain/round-table/agenda-types';
import type { DecisionState } from '../domain/round-table/decision-types';
import type { Cadence, MeetingDate } from '../domain/round-table/series';
import type { SubmissionKind } from '../domain/round-table/submission';
import type { Language } from './words';

/**
 * What the round table's published pages show, as plain data decided before rendering: the series, the meetings
 * whose agenda or minutes a programme manager published, every decision with its state, and the submissions they
 * refer to. Ids are values here (Maps, arrays), never property names.
 */

export interface RoundTableSectionFacts {
  id: string;
  /** In the series' language. */
  label: string;
  retired: boolean;
}

export interface RoundTableSubmissionFacts {
  id: string;
  title: string;
  kind: SubmissionKind;
  submittedBy: string;
}

export interface RoundTableAgendaSection {
  sectionId: string;
  items: AgendaItem[];
}

export interface RoundTableMeetingFacts {
  meetingId: string;
  localDate: string;
  localTime: string;
  /** The agenda as assembled and edited; its items carry the minutes' discussion notes. */
  sections: RoundTableAgendaSection[];
  agendaPublished: boolean;
  minutesPublished: boolean;
}

export interface FollowUpFacts {
  key: string;
  summary: string;
  status: string;
  statusCategory: StatusCategory;
}

export interface RoundTableDecisionFacts {
  id: string;
  meetingId: string;
  agendaItemId: string;
  text: string;
  ownerAccountId: string | null;
  dueDate: string | null;
  /** The earlier decision this one replaces, and the later one that replaced this. */
  supersedes: string | null;
  supersededBy: string | null;
  /** The follow-up issue's key (always linked), and its status as the app read it — null when Jira did not return it. */
  followUpKey: string | null;
  followUp: FollowUpFacts | null;
  state: DecisionState;
  submissionIds: string[];
}

export interface RoundTableModel {
  /** The series' language, whatever the publishing setting says. */
  language: Language;
  siteUrl: string;
  /** The calendar day of the publication (`YYYY-MM-DD`): decides "overdue" and the next dates. */
  today: string;
  series: { id: string; name: string; cadence: Cadence; memberAccountIds: string[]; sections: RoundTableSectionFacts[] };
  /** The next meeting dates from `today`. */
  upcoming: MeetingDate[];
  /** Meetings with a published agenda or published minutes, oldest first. */
  meetings: RoundTableMeetingFacts[];
  /** Every decision, in the decision log's order (worst first, then by due date). */
  decisions: RoundTableDecisionFacts[];
  submissions: ReadonlyMap<string, RoundTableSubmissionFacts>;
}
