import type { MeetingDate, Series } from '../../../../../src/domain/round-table/series';
import type { Language } from '../../i18n/messages';
import { formatDay } from '../programme/labels';
import { rt } from './rt-messages';

export const hint = { fontSize: 12, color: 'var(--ds-text-subtle, #44546f)', margin: '4px 0' } as const;
export const cell = { padding: '4px 8px', borderBottom: '1px solid var(--ds-border, #091e4224)', textAlign: 'left', verticalAlign: 'top' } as const;
export const selectStyle = { font: 'inherit', padding: '4px 6px', borderRadius: 3, border: '1px solid var(--ds-border-input, #8590a2)', background: 'var(--ds-background-input, #fff)', color: 'var(--ds-text, #172b4d)' } as const;

/** The cadence in a sentence: "Every month on the last Thursday, 14:00 (Europe/Berlin)". */
export function cadenceText(language: Language, series: Series): string {
  const { cadence } = series;
  const common = { time: cadence.time, zone: cadence.timeZone };
  if (cadence.kind === 'day-of-month') return rt(language, 'cadence.day', { ...common, day: cadence.day });
  return rt(language, 'cadence.nth', { ...common, week: rt(language, `week.${cadence.week}`), weekday: rt(language, `weekday.${cadence.weekday}` as 'weekday.0') });
}

/** A meeting date with its local time and zone, and the note when the month has no such day. */
export function meetingDateText(language: Language, date: MeetingDate, zone: string): string {
  const when = rt(language, 'upcoming.when', { date: formatDay(language, date.localDate), time: date.localTime, zone });
  return date.movedToLastDay ? `${when} — ${rt(language, 'upcoming.moved')}` : when;
}

/** A section's label in the user's language; an id the series no longer has is shown as it is. */
export function sectionLabel(language: Language, series: Series | null, sectionId: string): string {
  const section = series?.sections.find((s) => s.id === sectionId);
  return section ? section.labels[language] : sectionId;
}

/** A meeting's local date from its id (`m-20261229` → `2026-12-29`); null for an id of another shape. */
export function meetingDateOf(meetingId: string): string | null {
  const match = /^m-(\d{4})(\d{2})(\d{2})$/.exec(meetingId);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}
