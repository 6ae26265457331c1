import type { Health } from '../strategy/roll-up-types';

/**
 * The words of live agenda items, in the series' language: the agenda is stored and published as written, so it is
 * worded once, when it is assembled. Keys and dates are data and stay as they are.
 */
export interface AgendaWords {
  inProgress(due: string | null): string;
  starting(start: string, late: boolean, due: string | null): string;
  /** `percent` is null when there are no issues to count. */
  figures(percent: string | null, done: number, epics: number): string;
  streamFigure(name: string, health: Health, percent: string | null): string;
  slipped(key: string, days: number, from: string, to: string): string;
  completed(key: string): string;
  conflict(blocked: string, blocker: string, overlapDays: number | null): string;
  cycle(members: string): string;
  dependencyAdded(blocked: string, blocker: string): string;
  dependencyRemoved(blocked: string, blocker: string): string;
  dependencySlipped(blocked: string, blocker: string, days: number): string;
  decisionDue(due: string): string;
  decisionOverdue(due: string): string;
  followUp(key: string): string;
  more(count: number): string;
}

const days = (count: number, en: boolean) => (en ? `${count} ${count === 1 ? 'day' : 'days'}` : `${count} ${count === 1 ? 'Tag' : 'Tage'}`);

const HEALTH_EN: Record<Health, string> = { 'off-track': 'off track', 'at-risk': 'at risk', 'on-track': 'on track', unknown: 'not judged' };
const HEALTH_DE: Record<Health, string> = { 'off-track': 'kritisch', 'at-risk': 'gefährdet', 'on-track': 'im Plan', unknown: 'nicht bewertet' };

const EN: AgendaWords = {
  inProgress: (due) => `In progress · ${due === null ? 'no due date' : `due ${due}`}`,
  starting: (start, late, due) => `${late ? `Planned start ${start} has passed, not started` : `Starts ${start}`} · ${due === null ? 'no due date' : `due ${due}`}`,
  figures: (percent, done, epics) => `Programme progress: ${percent === null ? '' : `${percent} done, `}${done} of ${epics} epics done`,
  streamFigure: (name, health, percent) => `${name}: ${HEALTH_EN[health]}, ${percent === null ? 'no issues' : `${percent} done`}`,
  slipped: (key, count, from, to) => `${key} slipped ${days(count, true)} (${from} → ${to})`,
  completed: (key) => `${key} completed`,
  conflict: (blocked, blocker, overlap) => `${blocked} waits on ${blocker}: ${overlap === null ? 'the dates conflict' : `the dates overlap by ${days(overlap, true)}`}`,
  cycle: (members) => `Epics waiting on each other in a circle: ${members}`,
  dependencyAdded: (blocked, blocker) => `New dependency: ${blocked} waits on ${blocker}`,
  dependencyRemoved: (blocked, blocker) => `Dependency removed: ${blocked} no longer waits on ${blocker}`,
  dependencySlipped: (blocked, blocker, count) => `${blocked} waits on ${blocker}, which slipped ${days(count, true)}`,
  decisionDue: (due) => `Due ${due}`,
  decisionOverdue: (due) => `Overdue since ${due}`,
  followUp: (key) => `follow-up ${key}`,
  more: (count) => `… and ${count} more`,
};

const DE: AgendaWords = {
  inProgress: (due) => `In Arbeit · ${due === null ? 'ohne Fälligkeitsdatum' : `fällig am ${due}`}`,
  starting: (start, late, due) => `${late ? `Geplanter Beginn am ${start} verstrichen, nicht begonnen` : `Beginnt am ${start}`} · ${due === null ? 'ohne Fälligkeitsdatum' : `fällig am ${due}`}`,
  figures: (percent, done, epics) => `Programmfortschritt: ${percent === null ? '' : `${percent} erledigt, `}${done} von ${epics} Epics abgeschlossen`,
  streamFigure: (name, health, percent) => `${name}: ${HEALTH_DE[health]}, ${percent === null ? 'keine Vorgänge' : `${percent} erledigt`}`,
  slipped: (key, count, from, to) => `${key} verschiebt sich um ${days(count, false)} (${from} → ${to})`,
  completed: (key) => `${key} abgeschlossen`,
  conflict: (blocked, blocker, overlap) => `${blocked} wartet auf ${blocker}: ${overlap === null ? 'die Termine kollidieren' : `die Termine überschneiden sich um ${days(overlap, false)}`}`,
  cycle: (members) => `Epics warten im Kreis aufeinander: ${members}`,
  dependencyAdded: (blocked, blocker) => `Neue Abhängigkeit: ${blocked} wartet auf ${blocker}`,
  dependencyRemoved: (blocked, blocker) => `Abhängigkeit entfernt: ${blocked} wartet nicht mehr auf ${blocker}`,
  dependencySlipped: (blocked, blocker, count) => `${blocked} wartet auf ${blocker}, das sich um ${days(count, false)} verschoben hat`,
  decisionDue: (due) => `Fällig am ${due}`,
  decisionOverdue: (due) => `Überfällig seit ${due}`,
  followUp: (key) => `Folgeaufgabe ${key}`,
  more: (count) => `… und ${count} weitere`,
};

export function agendaWords(language: 'en' | 'de'): AgendaWords {
  return language === 'de' ? DE : EN;
}

/** A share 0..1 as a whole percentage in the language's way of writing it ("42%", "42 %"). */
export function percentText(share: number, language: 'en' | 'de'): string {
  const whole = Math.round(share * 100);
  return language === 'de' ? `${whole} %` : `${whole}%`;
}
