import type { Decision } from '../../domain/round-table/decision-types';
import type { AdfDocument } from '../../platform/jira-create-issue';

/** Jira's summary rule: at most 255 characters, on one line. */
export const MAX_SUMMARY = 255;

/** The decision's text as a summary: whitespace runs (line breaks too) become one space, cut with an ellipsis. */
export function followUpSummary(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= MAX_SUMMARY ? line : `${line.slice(0, MAX_SUMMARY - 1)}…`;
}

const WORDS = {
  en: { decided: (date: string) => `Decision of the round table on ${date}:`, due: 'Due:', log: 'Decision log', back: 'Follow it in the ' },
  de: { decided: (date: string) => `Entscheidung des Round Table vom ${date}:`, due: 'Fällig:', log: 'Entscheidungslog', back: 'Verfolgen im ' },
} as const;

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

/**
 * The follow-up's description in ADF (rest doc §7.2), in the series' language: the decision quoted, its due date, and
 * a link back to the decision log on the programme page. Text nodes carry the strings as data: ADF needs no escaping,
 * and an empty text node is invalid, so empty parts are left out.
 */
export function followUpDescription(decision: Decision, language: 'en' | 'de', programmeUrl: string): AdfDocument {
  const words = WORDS[language];
  const day = decision.meetingId.replace(/^m-(\d{4})(\d{2})(\d{2})$/, language === 'de' ? '$3.$2.$1' : '$1-$2-$3');
  const quoted = decision.text.split(/\n+/).filter((line) => line.trim() !== '').map((line) => paragraph(text(line)));
  const content: unknown[] = [paragraph(text(words.decided(day))), { type: 'blockquote', content: quoted }];
  if (decision.dueDate) content.push(paragraph(text(`${words.due} `, [{ type: 'strong' }]), text(decision.dueDate)));
  if (programmeUrl !== '') content.push(paragraph(text(words.back), text(words.log, [{ type: 'link', attrs: { href: programmeUrl } }])));
  return { type: 'doc', version: 1, content };
}
