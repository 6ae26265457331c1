import type { CalendarDate } from '../calendar-date';
import type { StatusCategory } from '../programme';
import { DECISION_STATES, type Decision, type DecisionState } from './decision-types';

export interface DecisionFacts {
  /** The status category of the follow-up issue; null when it has none (or the viewer cannot read it). */
  followUpCategory: StatusCategory | null;
  /** Ids of decisions a later decision supersedes. */
  supersededBy: ReadonlySet<string>;
  today: CalendarDate;
}

/**
 * Where a decision stands: superseded when a later one replaces it, done when its follow-up issue is done, overdue when
 * its due date has passed, open otherwise. Calendar dates compare as `YYYY-MM-DD` text.
 */
export function decisionState(decision: Pick<Decision, 'id' | 'dueDate'>, facts: DecisionFacts): DecisionState {
  if (facts.supersededBy.has(decision.id)) return 'superseded';
  if (facts.followUpCategory === 'done') return 'done';
  if (decision.dueDate !== null && decision.dueDate < facts.today) return 'overdue';
  return 'open';
}

/** The ids some decision supersedes. */
export function supersededIds(decisions: ReadonlyArray<Pick<Decision, 'supersedes'>>): Set<string> {
  return new Set(decisions.flatMap((decision) => (decision.supersedes === null ? [] : [decision.supersedes])));
}

export interface DecisionLogFacts {
  /** Status categories of follow-up issues by issue key (the ones the reader may see). */
  followUpCategories: ReadonlyMap<string, StatusCategory>;
  today: CalendarDate;
}

export interface DecisionLogEntry<D extends Decision = Decision> {
  decision: D;
  state: DecisionState;
}

const rank = (state: DecisionState) => DECISION_STATES.indexOf(state);

/** Every decision with its state, worst first (overdue, open, done, superseded), then by due date (none last), then by when decided. */
export function decisionLog<D extends Decision>(decisions: readonly D[], facts: DecisionLogFacts): Array<DecisionLogEntry<D>> {
  const supersededBy = supersededIds(decisions);
  const entries = decisions.map((decision) => {
    const followUpCategory = decision.followUpKey === null ? null : (facts.followUpCategories.get(decision.followUpKey) ?? null);
    return { decision, state: decisionState(decision, { followUpCategory, supersededBy, today: facts.today }) };
  });
  return entries.sort(
    (a, b) =>
      rank(a.state) - rank(b.state) ||
      compareDue(a.decision.dueDate, b.decision.dueDate) ||
      a.decision.decidedAt.localeCompare(b.decision.decidedAt) ||
      a.decision.id.localeCompare(b.decision.id),
  );
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export type SupersedesProblemCode = 'SUPERSEDES_SELF' | 'SUPERSEDES_UNKNOWN' | 'SUPERSEDES_CYCLE';

export interface SupersedesProblem {
  code: SupersedesProblemCode;
  path: ['supersedes'];
  decisionId: string;
  /** In English, for logs and the error's params; the UI words it from `code`. */
  message: string;
}

const SUPERSEDES_MESSAGES: Record<SupersedesProblemCode, string> = {
  SUPERSEDES_SELF: 'a decision cannot supersede itself',
  SUPERSEDES_UNKNOWN: 'only an existing decision can be superseded',
  SUPERSEDES_CYCLE: 'this would make decisions supersede each other in a circle',
};

/**
 * Whether `decision` may supersede what it names: not itself, only a decision that exists, and never so that
 * following "supersedes" from it comes back to it. `decisions` are the stored ones (the decision itself may be among them).
 */
export function validateSupersedes(decisions: ReadonlyArray<Pick<Decision, 'id' | 'supersedes'>>, decision: Pick<Decision, 'id' | 'supersedes'>): SupersedesProblem[] {
  const target = decision.supersedes;
  if (target === null) return [];
  const problem = (code: SupersedesProblemCode): SupersedesProblem[] => [{ code, path: ['supersedes'], decisionId: target, message: SUPERSEDES_MESSAGES[code] }];
  if (target === decision.id) return problem('SUPERSEDES_SELF');
  if (!decisions.some((stored) => stored.id === target)) return problem('SUPERSEDES_UNKNOWN');
  const byId = new Map(decisions.map((stored) => [stored.id, stored]));
  byId.set(decision.id, decision);
  const visited = new Set<string>([decision.id]);
  for (let current: string | null = target; current !== null; current = byId.get(current)?.supersedes ?? null) {
    if (visited.has(current)) return problem('SUPERSEDES_CYCLE');
    visited.add(current);
  }
  return [];
}
