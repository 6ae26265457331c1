import type { AgendaItem } from '../domain/round-table/agenda-types';
import { issueLink, userMention } from './blocks';
import { meetingLine, prose, roundTableNotice, type RoundTableContext } from './round-table-common';
import type { RoundTableMeetingFacts } from './round-table-model';
import { kindWord } from './words-round-table';
import { em, fragment, h2, p, strong, ul, type Content, type Markup } from './xml';

/** A section's heading in the series' language; a section the series no longer knows keeps its id. */
export function sectionHeading(ctx: RoundTableContext, sectionId: string): string {
  const section = ctx.model.series.sections.find((candidate) => candidate.id === sectionId);
  if (!section) return sectionId;
  return section.retired ? `${section.label} ${ctx.words('section.retired')}` : section.label;
}

/** Where an item comes from: its issues (live), its kind and submitter (a submission), or the programme manager. */
export function itemOrigin(ctx: RoundTableContext, item: AgendaItem): Markup | null {
  const issues = item.issueKeys.length === 0
    ? null
    : fragment(ctx.words('item.issues'), item.issueKeys.map((key, index) => fragment(index > 0 ? ', ' : null, issueLink(ctx.model.siteUrl, { key, summary: '' }))));
  if (item.source === 'submission') {
    const submission = item.submissionId === null ? undefined : ctx.model.submissions.get(item.submissionId);
    const from = submission ? fragment(ctx.words('item.submission', { kind: kindWord(ctx.words, submission.kind) }), userMention(submission.submittedBy)) : null;
    return from === null && issues === null ? null : fragment(from, from !== null && issues !== null ? ' · ' : null, issues);
  }
  if (item.source === 'manual') return fragment(em(ctx.words('item.manual')), issues === null ? null : fragment(' · ', issues));
  return issues;
}

function itemLine(ctx: RoundTableContext, item: AgendaItem): Content {
  const origin = itemOrigin(ctx, item);
  return fragment(p(strong(item.title)), item.detail.trim() === '' ? null : prose(item.detail, ''), origin === null ? null : p(origin));
}

/** The agenda: the sections in the order the programme manager left them, each with its items in order. */
export function renderAgendaPage(ctx: RoundTableContext, meeting: RoundTableMeetingFacts): string {
  return fragment(
    roundTableNotice(ctx, false),
    meetingLine(ctx, meeting),
    meeting.sections.map((section) =>
      fragment(h2(sectionHeading(ctx, section.sectionId)), section.items.length === 0 ? p(ctx.words('empty.section')) : ul(section.items.map((item) => itemLine(ctx, item)))),
    ),
  ).xml;
}
