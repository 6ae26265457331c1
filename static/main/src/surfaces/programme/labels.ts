import type { DependencyView, EndView } from '../../../../../src/contract/programme';
import type { Stream } from '../../../../../src/domain/programme';
import { formatCalendarDate, LOCALE } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import { pt } from './messages';

/** The key a user reads for an end; a hidden end is never named. */
export function endLabel(language: Language, end: EndView): string {
  return end.hidden ? pt(language, 'list.hiddenEnd') : end.key;
}

/** "DATA-2 blocks COM-2: conflict, 108 days overlap": the accessible name of an arrow and a list row. */
export function dependencyName(language: Language, dependency: DependencyView): string {
  // English reads "conflict" mid-sentence; German nouns keep their capital ("Konflikt").
  const label = pt(language, `status.${dependency.status}`);
  const status = language === 'en' ? label.toLowerCase() : label;
  const base = pt(language, 'arrow.name', { blocker: endLabel(language, dependency.blocker), blocked: endLabel(language, dependency.blocked), status });
  if (dependency.status === 'conflict' && dependency.overlapDays !== null) return `${base}, ${pt(language, 'arrow.overlap', { days: dependency.overlapDays })}`;
  if (dependency.status === 'at-risk' && dependency.slackDays !== null) return `${base}, ${pt(language, 'arrow.slack', { days: dependency.slackDays })}`;
  return base;
}

export function streamName(language: Language, streams: readonly Stream[], streamId: string | null): string {
  if (streamId === null) return pt(language, 'timeline.outside');
  return streams.find((s) => s.id === streamId)?.name ?? pt(language, 'stream.unknown');
}

/** A calendar date as the user's locale writes it (23 Nov 2026 / 23. Nov. 2026), without time-zone shifts. */
export function formatDay(language: Language, date: string | null): string {
  return date === null ? '–' : formatCalendarDate(language, date);
}

/** The snapshot's instant in the user's locale, e.g. "23 Nov 2026, 14:05". */
export function formatInstant(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
