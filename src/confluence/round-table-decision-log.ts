import { DECISION_STATES } from '../domain/round-table/decision-types';
import { pageLink, statusLozenge } from './blocks';
import { decisionText } from './round-table-minutes-page';
import { dueOf, followUpOf, ownerOf, roundTableNotice, STATE_COLOURS, stateLozenge, type RoundTableContext } from './round-table-common';
import type { RoundTableDecisionFacts } from './round-table-model';
import { kindWord, stateWord } from './words-round-table';
import { fragment, p, table, type Content } from './xml';

/** The meeting a decision was taken at: its minutes page when published, else its date. */
function meetingOf(ctx: RoundTableContext, decision: RoundTableDecisionFacts): Content {
  const meeting = ctx.model.meetings.find((candidate) => candidate.meetingId === decision.meetingId);
  const minutes = ctx.titles.minutes.get(decision.meetingId);
  if (minutes !== undefined) return pageLink(minutes);
  return meeting ? ctx.say.date(meeting.localDate) : decision.meetingId;
}

/** The submissions a decision answered: "Concern: Checkout loses the basket", one per line. */
function answers(ctx: RoundTableContext, decision: RoundTableDecisionFacts): Content {
  const lines = decision.submissionIds.flatMap((id) => {
    const submission = ctx.model.submissions.get(id);
    return submission ? [`${kindWord(ctx.words, submission.kind)}: ${submission.title}`] : [];
  });
  return lines.length === 0 ? ctx.words('answers.none') : lines.join('; ');
}

/**
 * The decision log across meetings: how many decisions are overdue, open, done (their follow-up issue is done) and
 * superseded, then every decision worst first with its meeting, owner, due date, follow-up and the submissions it answered.
 */
export function renderDecisionLogPage(ctx: RoundTableContext): string {
  const { model, words } = ctx;
  const counts = DECISION_STATES.map((state) => ({ state, count: model.decisions.filter((decision) => decision.state === state).length }));
  return fragment(
    roundTableNotice(ctx, true),
    p(pageLink(ctx.titles.series)),
    model.decisions.length === 0
      ? p(words('empty.decisions'))
      : fragment(
          p(counts.map(({ state, count }, index) => fragment(index > 0 ? ' ' : null, statusLozenge(count > 0 ? STATE_COLOURS[state] : 'Grey', `${stateWord(words, state)} ${ctx.say.number(count)}`)))),
          table(
            [words('column.state'), words('column.decision'), words('column.meeting'), words('column.owner'), words('column.due'), words('column.followUp'), words('column.answers')],
            model.decisions.map((decision) => [
              stateLozenge(ctx, decision.state), decisionText(ctx, decision), meetingOf(ctx, decision), ownerOf(ctx, decision), dueOf(ctx, decision), followUpOf(ctx, decision), answers(ctx, decision),
            ]),
          ),
        ),
  ).xml;
}
