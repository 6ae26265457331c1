import type { AgendaItem } from '../domain/round-table/agenda-types';
import { itemOrigin, sectionHeading } from './round-table-agenda-page';
import { decisionById, dueOf, followUpOf, meetingLine, ownerOf, prose, roundTableNotice, stateLozenge, type RoundTableContext } from './round-table-common';
import type { RoundTableDecisionFacts, RoundTableMeetingFacts } from './round-table-model';
import { fragment, h2, h3, p, strong, table, type Content, type Markup } from './xml';

/** The decision's text with the decision it replaces (or that replaced it) beneath. */
export function decisionText(ctx: RoundTableContext, decision: RoundTableDecisionFacts): Content {
  const replaces = decisionById(ctx, decision.supersedes);
  const replacedBy = decisionById(ctx, decision.supersededBy);
  return fragment(
    decision.text,
    replaces === null ? null : fragment(' — ', ctx.words('decision.replaces', { text: replaces.text })),
    replacedBy === null ? null : fragment(' — ', ctx.words('decision.replacedBy', { text: replacedBy.text })),
  );
}

function decisionsTable(ctx: RoundTableContext, decisions: readonly RoundTableDecisionFacts[]): Markup {
  if (decisions.length === 0) return p(ctx.words('empty.itemDecisions'));
  return table(
    [ctx.words('column.decision'), ctx.words('column.owner'), ctx.words('column.due'), ctx.words('column.state'), ctx.words('column.followUp')],
    decisions.map((decision) => [decisionText(ctx, decision), ownerOf(ctx, decision), dueOf(ctx, decision), stateLozenge(ctx, decision.state), followUpOf(ctx, decision)]),
  );
}

function itemMinutes(ctx: RoundTableContext, item: AgendaItem, decisions: readonly RoundTableDecisionFacts[]): Markup {
  const origin = itemOrigin(ctx, item);
  return fragment(
    h3(item.title),
    origin === null ? null : p(origin),
    p(strong(ctx.words('minutes.note'))),
    prose(item.note, ctx.words('empty.note')),
    p(strong(ctx.words('minutes.decisions'))),
    decisionsTable(ctx, decisions),
  );
}

/**
 * The minutes: per agenda item the discussion note and the decisions taken on it (text, owner, due date, the decision
 * it replaces, the follow-up issue as a link). A decision whose item has since left the agenda is still listed.
 */
export function renderMinutesPage(ctx: RoundTableContext, meeting: RoundTableMeetingFacts): string {
  const ofMeeting = ctx.model.decisions.filter((decision) => decision.meetingId === meeting.meetingId);
  const itemIds = new Set(meeting.sections.flatMap((section) => section.items.map((item) => item.id)));
  const orphans = ofMeeting.filter((decision) => !itemIds.has(decision.agendaItemId));
  return fragment(
    roundTableNotice(ctx, false),
    meetingLine(ctx, meeting),
    meeting.sections.map((section) =>
      fragment(
        h2(sectionHeading(ctx, section.sectionId)),
        section.items.length === 0 ? p(ctx.words('empty.section')) : section.items.map((item) => itemMinutes(ctx, item, ofMeeting.filter((decision) => decision.agendaItemId === item.id))),
      ),
    ),
    orphans.length === 0 ? null : fragment(h2(ctx.words('minutes.other')), decisionsTable(ctx, orphans)),
  ).xml;
}
