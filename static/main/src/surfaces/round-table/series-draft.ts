import type { Cadence, MeetingDate, Series, StandingSection } from '../../../../../src/domain/round-table/series';
import { isKnownTimeZone, nextMeetings } from '../../../../../src/domain/round-table/cadence';
import { DEFAULT_SECTIONS } from '../../../../../src/domain/round-table/sections';
import type { RoundTableMessageKey } from './rt-messages';

/** The series form's fields as typed; `series` turns them into what `round-table/series-save` takes. */
export interface SeriesDraft {
  id: string;
  name: string;
  kind: Cadence['kind'];
  week: '1' | '2' | '3' | '4' | '5' | 'last';
  weekday: number;
  day: number;
  time: string;
  timeZone: string;
  sections: StandingSection[];
  members: Array<{ accountId: string; name: string }>;
  language: 'en' | 'de';
  publish: boolean;
}

export type DraftProblem = { field: 'name' | 'time' | 'timeZone' | 'sections'; message: RoundTableMessageKey };

const randomId = () => `rt-${Math.random().toString(36).slice(2, 10).padEnd(6, '0')}`;

export function draftOf(series: Series | null, names: ReadonlyMap<string, string>): SeriesDraft {
  if (!series) {
    return { id: randomId(), name: '360 Round Table', kind: 'nth-weekday', week: 'last', weekday: 4, day: 1, time: '14:00', timeZone: 'Europe/Berlin', sections: DEFAULT_SECTIONS.map((s) => ({ ...s, labels: { ...s.labels } })), members: [], language: 'de', publish: true };
  }
  const { cadence } = series;
  return {
    id: series.id,
    name: series.name,
    kind: cadence.kind,
    week: cadence.kind === 'nth-weekday' ? (String(cadence.week) as SeriesDraft['week']) : 'last',
    weekday: cadence.kind === 'nth-weekday' ? cadence.weekday : 4,
    day: cadence.kind === 'day-of-month' ? cadence.day : 1,
    time: cadence.time,
    timeZone: cadence.timeZone,
    sections: series.sections.map((s) => ({ ...s, labels: { ...s.labels } })),
    members: series.memberAccountIds.map((accountId) => ({ accountId, name: names.get(accountId) ?? accountId })),
    language: series.language,
    publish: series.publish,
  };
}

export function cadenceOf(draft: SeriesDraft): Cadence {
  const common = { time: draft.time.trim(), timeZone: draft.timeZone.trim() };
  if (draft.kind === 'day-of-month') return { kind: 'day-of-month', day: draft.day, ...common };
  return { kind: 'nth-weekday', week: draft.week === 'last' ? 'last' : (Number(draft.week) as 1 | 2 | 3 | 4 | 5), weekday: draft.weekday, ...common };
}

/** What the form can tell before asking the server; the server's own checks still answer with a field. */
export function draftProblems(draft: SeriesDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.name.trim() === '') problems.push({ field: 'name', message: 'problem.name' });
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.time.trim())) problems.push({ field: 'time', message: 'problem.time' });
  if (!isKnownTimeZone(draft.timeZone.trim())) problems.push({ field: 'timeZone', message: 'problem.zone' });
  if (draft.sections.some((s) => s.labels.en.trim() === '' || s.labels.de.trim() === '')) problems.push({ field: 'sections', message: 'problem.labels' });
  else if (draft.sections.every((s) => s.retired)) problems.push({ field: 'sections', message: 'problem.noActive' });
  return problems;
}

/** The next six dates as typed, or the problem that keeps the cadence from having any. */
export function previewOf(draft: SeriesDraft, now: Date): { dates: MeetingDate[] } | { problem: RoundTableMessageKey } {
  const problem = draftProblems(draft).find((p) => p.field === 'time' || p.field === 'timeZone');
  if (problem) return { problem: problem.message };
  return { dates: nextMeetings(cadenceOf(draft), now, 6) };
}

export function seriesOf(draft: SeriesDraft): Omit<Series, 'version'> {
  return {
    id: draft.id,
    name: draft.name.trim(),
    cadence: cadenceOf(draft),
    sections: draft.sections.map((s) => ({ ...s, labels: { en: s.labels.en.trim(), de: s.labels.de.trim() } })),
    memberAccountIds: draft.members.map((m) => m.accountId),
    language: draft.language,
    publish: draft.publish,
  };
}

/** A new section's id from its English label, unique in the list and valid as a section id. */
export function newSectionId(label: string, taken: readonly StandingSection[]): string {
  const base = label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'section';
  const ids = new Set(taken.map((s) => s.id));
  let candidate = /^[a-z0-9]/.test(base) ? base : `s-${base}`;
  for (let n = 2; ids.has(candidate); n += 1) candidate = `${base.slice(0, 30)}-${n}`;
  return candidate;
}

export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}
