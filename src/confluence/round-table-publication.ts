import type { DesiredPage } from './desired-page';
import { renderAgendaPage } from './round-table-agenda-page';
import { roundTableContext } from './round-table-common';
import { renderDecisionLogPage } from './round-table-decision-log';
import { renderMinutesPage } from './round-table-minutes-page';
import type { RoundTableModel } from './round-table-model';
import { renderSeriesPage } from './round-table-series-page';

/** The page keys of the round table (never titles): the series, each meeting's agenda and minutes, the decision log. */
export const seriesPageKey = (seriesId: string) => `rt:${seriesId}`;
export const agendaPageKey = (seriesId: string, meetingId: string) => `rt:${seriesId}:agenda:${meetingId}`;
export const minutesPageKey = (seriesId: string, meetingId: string) => `rt:${seriesId}:minutes:${meetingId}`;
export const decisionLogPageKey = (seriesId: string) => `rt:${seriesId}:decisions`;

/**
 * The round table's pages, parents first: the series page directly under the configured parent, the decision log and
 * every published agenda and minutes below it. `takenTitles` are the titles of the run's other pages, so none is
 * given twice. Pure and deterministic: the same model gives byte-identical pages, so the sync writes nothing again.
 */
export function renderRoundTablePages(model: RoundTableModel, takenTitles: ReadonlySet<string>): DesiredPage[] {
  const ctx = roundTableContext(model, takenTitles);
  const seriesKey = seriesPageKey(model.series.id);
  const pages: DesiredPage[] = [
    { pageKey: seriesKey, title: ctx.titles.series, parentKey: null, storage: renderSeriesPage(ctx) },
    { pageKey: decisionLogPageKey(model.series.id), title: ctx.titles.decisions, parentKey: seriesKey, storage: renderDecisionLogPage(ctx) },
  ];
  for (const meeting of model.meetings) {
    const agenda = ctx.titles.agenda.get(meeting.meetingId);
    if (agenda !== undefined) pages.push({ pageKey: agendaPageKey(model.series.id, meeting.meetingId), title: agenda, parentKey: seriesKey, storage: renderAgendaPage(ctx, meeting) });
    const minutes = ctx.titles.minutes.get(meeting.meetingId);
    if (minutes !== undefined) pages.push({ pageKey: minutesPageKey(model.series.id, meeting.meetingId), title: minutes, parentKey: seriesKey, storage: renderMinutesPage(ctx, meeting) });
  }
  return pages;
}
