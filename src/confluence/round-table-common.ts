import { de, enGB } from 'date-fns/locale';
import type { Cadence, MeetingDate } from '../domain/round-table/series';
import { issueLink, pageLink, panel, statusLozenge, userMention, type LozengeColour } from './blocks';
import { speakerFor, type Speaker } from './format';
import type { RoundTableDecisionFacts, RoundTableModel } from './round-table-model';
import { roundTableTitles, type RoundTableTitles } from './round-table-titles';
import { roundTableWords, stateWord, type RoundTableWords } from './words-round-table';
import { fragment, p, type Markup } from './xml';
import type { DecisionState } from '../domain/round-table/decision-types';

/** What every round-table page renderer needs: the model, its titles, and the words of the series' language. */
export interface RoundTableContext {
  model: RoundTableModel;
  titles: RoundTableTitles;
  say: Speaker;
  words: RoundTableWords;
}

export function roundTableContext(model: RoundTableModel, takenTitles: ReadonlySet<string>): RoundTableContext {
  const say = speakerFor(model.language);
  const words = roundTableWords(model.language);
  return { model, say, words, titles: roundTableTitles(model, say, words, takenTitles) };
}

/** Who wrote the page. Agenda and minutes carry no date: they change only when their records do, so the sync skips them. */
export function roundTableNotice(ctx: RoundTableContext, dated: boolean): Markup {
  const body = dated ? ctx.words('notice.dated', { date: ctx.say.date(ctx.model.today) }) : ctx.words('notice.records');
  return panel('info', ctx.words('notice.title'), p(body));
}

export const STATE_COLOURS: Readonly<Record<DecisionState, LozengeColour>> = { overdue: 'Red', open: 'Blue', done: 'Green', superseded: 'Grey' };
export const stateLozenge = (ctx: RoundTableContext, state: DecisionState) => statusLozenge(STATE_COLOURS[state], stateWord(ctx.words, state));

/** "Monthly on the last Thursday at 14:00 (Europe/Berlin)" / "Monatlich am letzten Donnerstag um 14:00 Uhr (…)". */
export function cadenceText(ctx: RoundTableContext, cadence: Cadence): string {
  if (cadence.kind === 'day-of-month') return ctx.words('cadence.day', { day: cadence.day, time: cadence.time, zone: cadence.timeZone });
  const locale = ctx.model.language === 'de' ? de : enGB;
  const weekday = locale.localize.day(cadence.weekday as 0 | 1 | 2 | 3 | 4 | 5 | 6, { width: 'wide' });
  return ctx.words('cadence.nth', { week: ctx.words(`week.${cadence.week}`), weekday, time: cadence.time, zone: cadence.timeZone });
}

/** A planned date in the series' time zone, saying so when the month had no such day. */
export function meetingDateText(ctx: RoundTableContext, date: MeetingDate, cadence: Cadence): string {
  const params = { date: ctx.say.date(date.localDate), time: date.localTime };
  if (date.movedToLastDay && cadence.kind === 'day-of-month') return ctx.words('date.moved', { ...params, day: cadence.day });
  return ctx.words('date.at', params);
}

export const ownerOf = (ctx: RoundTableContext, decision: RoundTableDecisionFacts) =>
  decision.ownerAccountId === null ? ctx.words('owner.none') : userMention(decision.ownerAccountId);

export const dueOf = (ctx: RoundTableContext, decision: RoundTableDecisionFacts) => (decision.dueDate === null ? ctx.words('due.none') : ctx.say.date(decision.dueDate));

/** The follow-up issue as a link to the site's issue page, with its summary and status when the app could read them. */
export function followUpOf(ctx: RoundTableContext, decision: RoundTableDecisionFacts): Markup | string {
  if (decision.followUpKey === null) return ctx.words('followUp.none');
  const issue = decision.followUp ?? { key: decision.followUpKey, summary: '', status: '' };
  return fragment(issueLink(ctx.model.siteUrl, { key: decision.followUpKey, summary: issue.summary }), issue.status === '' ? null : ` (${issue.status})`);
}

/** A decision by id, for "replaces" / "replaced by". */
export function decisionById(ctx: RoundTableContext, id: string | null): RoundTableDecisionFacts | null {
  return id === null ? null : (ctx.model.decisions.find((decision) => decision.id === id) ?? null);
}

/** "360 Round Table · 31.12.2026, 14:00 Uhr", the series' name linking its page. */
export function meetingLine(ctx: RoundTableContext, meeting: { localDate: string; localTime: string }): Markup {
  return p(pageLink(ctx.titles.series), ' · ', ctx.words('date.at', { date: ctx.say.date(meeting.localDate), time: meeting.localTime }));
}

/** Paragraphs as the person wrote them: one per line, empty lines dropped; `empty` when there is nothing. */
export function prose(text: string, empty: string): Markup {
  const paragraphs = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  return paragraphs.length === 0 ? p(empty) : fragment(paragraphs.map((line) => p(line)));
}
