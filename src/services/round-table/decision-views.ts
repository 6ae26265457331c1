import type { DecisionLogView, DecisionView } from '../../contract/round-table';
import type { CalendarDate } from '../../domain/calendar-date';
import type { StatusCategory } from '../../domain/programme';
import { DECISION_STATES, type Decision, type DecisionState } from '../../domain/round-table/decision-types';
import { decisionLog, decisionState, supersededIds } from '../../domain/round-table/decisions';
import type { IssueStatus } from '../../platform/jira-create-issue';

export interface DecisionFacts {
  /** Follow-up issues the viewer may browse, by key (one bulk fetch as the viewer). */
  followUps: ReadonlyMap<string, IssueStatus>;
  /** Titles of the submissions the decisions answered that the viewer may read (a declined one only for its submitter and managers). */
  submissionTitles: ReadonlyMap<string, string>;
  /** The id of the agenda item as the viewer is shown it (opaque when it names a project they cannot browse). */
  itemIdOf: (agendaItemId: string) => string;
  today: CalendarDate;
}

/**
 * One decision as the viewer sees it: its state (done from the follow-up issue's status category), the follow-up as
 * they may see it — one they cannot browse is `followUpHidden`, never named — and the submissions it answered that they may read.
 */
function viewOf(decision: Decision, state: DecisionState, facts: DecisionFacts): DecisionView {
  const followUp = decision.followUpKey ? (facts.followUps.get(decision.followUpKey) ?? null) : null;
  return {
    ...decision,
    state,
    followUp: followUp ? { key: followUp.key, summary: followUp.summary, statusCategory: followUp.statusCategory, status: followUp.status } : null,
    // A follow-up the viewer cannot browse is not named: its key would tell the hidden project and its count.
    followUpKey: followUp ? decision.followUpKey : null,
    agendaItemId: facts.itemIdOf(decision.agendaItemId),
    followUpHidden: decision.followUpKey !== null && followUp === null,
    submissions: decision.submissionIds.flatMap((id) => {
      const title = facts.submissionTitles.get(id);
      return title === undefined ? [] : [{ id, title }];
    }),
  };
}

const categoryOf = (decision: Decision, facts: DecisionFacts): StatusCategory | null =>
  decision.followUpKey ? (facts.followUps.get(decision.followUpKey)?.statusCategory ?? null) : null;

/** The given decisions in their order; `all` decides which are superseded. */
export function decisionViews(decisions: readonly Decision[], all: readonly Decision[], facts: DecisionFacts): DecisionView[] {
  const supersededBy = supersededIds(all);
  return decisions.map((decision) => viewOf(decision, decisionState(decision, { followUpCategory: categoryOf(decision, facts), supersededBy, today: facts.today }), facts));
}

/** The log: every decision worst first (overdue, open, done, superseded), then by due date, with the counts by state. */
export function decisionLogView(all: readonly Decision[], facts: DecisionFacts): DecisionLogView {
  const followUpCategories = new Map([...facts.followUps].map(([key, issue]) => [key, issue.statusCategory] as const));
  const entries = decisionLog(all, { followUpCategories, today: facts.today });
  const counts = Object.fromEntries(DECISION_STATES.map((state) => [state, 0])) as Record<DecisionState, number>;
  for (const entry of entries) counts[entry.state] += 1;
  return { decisions: entries.map((entry) => viewOf(entry.decision, entry.state, facts)), counts };
}
