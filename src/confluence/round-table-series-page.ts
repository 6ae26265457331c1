import { pageLink, userMention } from './blocks';
import { cadenceText, meetingDateText, roundTableNotice, type RoundTableContext } from './round-table-common';
import { fragment, h2, p, table, ul, type Content } from './xml';

/**
 * The series page ("360 Round Table"), the home of the round table's pages: the cadence in words, the next dates,
 * the members, the standing sections, every meeting with its agenda and minutes, and the decision log.
 */
export function renderSeriesPage(ctx: RoundTableContext): string {
  const { model, words, titles } = ctx;
  const { series } = model;
  const active = series.sections.filter((section) => !section.retired);
  return fragment(
    roundTableNotice(ctx, true),
    h2(words('series.cadence')),
    p(cadenceText(ctx, series.cadence)),
    h2(words('series.nextDates')),
    model.upcoming.length === 0 ? p(words('empty.nextDates')) : ul(model.upcoming.map((date) => meetingDateText(ctx, date, series.cadence))),
    h2(words('series.members')),
    series.memberAccountIds.length === 0 ? p(words('empty.members')) : ul(series.memberAccountIds.map((accountId) => userMention(accountId))),
    h2(words('series.sections')),
    ul(active.map((section) => section.label)),
    h2(words('series.meetings')),
    meetingsTable(ctx),
    h2(words('series.decisionLog')),
    p(pageLink(titles.decisions)),
  ).xml;
}

function meetingsTable(ctx: RoundTableContext): Content {
  const { model, words, titles } = ctx;
  if (model.meetings.length === 0) return p(words('empty.meetings'));
  const linkOrNot = (title: string | undefined) => (title === undefined ? words('not.published') : pageLink(title));
  const newestFirst = [...model.meetings].reverse();
  return table(
    [words('column.date'), words('column.agenda'), words('column.minutes'), words('column.decisions')],
    newestFirst.map((meeting) => [
      ctx.say.date(meeting.localDate),
      linkOrNot(titles.agenda.get(meeting.meetingId)),
      linkOrNot(titles.minutes.get(meeting.meetingId)),
      ctx.say.number(model.decisions.filter((decision) => decision.meetingId === meeting.meetingId).length),
    ]),
  );
}
