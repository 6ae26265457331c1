import type { AgendaInput } from './agenda-input';
import type { AgendaItem } from './agenda-types';
import { agendaWords, percentText, type AgendaWords } from './agenda-words';

/** A live fact and the standing section (by id, whatever its label now) it belongs to. */
export interface PlacedItem {
  sectionId: string;
  item: AgendaItem;
}

const TITLE_MAX = 300;
const DETAIL_MAX = 2000;
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const pair = (blocker: string, blocked: string) => `${blocker}>${blocked}`;

function live(id: string, topic: NonNullable<AgendaItem['topic']>, title: string, detail: string, issueKeys: readonly string[], decisionId: string | null = null): AgendaItem {
  return {
    id, source: 'live', topic, title: cut(title.trim() === '' ? id : title, TITLE_MAX), detail: cut(detail, DETAIL_MAX),
    issueKeys: issueKeys.slice(0, 20), submissionId: null, decisionId, note: '',
  };
}

/** Epics in progress, and epics not started whose start falls before the next meeting (or has passed). */
function measures(input: AgendaInput, words: AgendaWords): PlacedItem[] {
  const byDue = [...input.epics].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.key.localeCompare(b.key));
  const inProgress = byDue.filter((epic) => epic.statusCategory === 'indeterminate')
    .map((epic) => live(`in-progress:${epic.key}`, 'epic-in-progress', `${epic.key} ${epic.summary}`, words.inProgress(epic.due), [epic.key]));
  const horizon = input.nextMeetingDate;
  const starting = byDue.filter((epic) => epic.statusCategory === 'new' && epic.start !== null && (horizon === null || epic.start < horizon))
    .map((epic) => live(`starting:${epic.key}`, 'epic-starting', `${epic.key} ${epic.summary}`, words.starting(epic.start ?? '', (epic.start ?? '') < input.meetingDate, epic.due), [epic.key]));
  return [...inProgress, ...starting].map((item) => ({ sectionId: 'measures', item }));
}

/** The roll-up figures, and what slipped or was completed since the last meeting. */
function results(input: AgendaInput, words: AgendaWords, summaryOf: (key: string) => string): PlacedItem[] {
  const { figures, language } = input;
  const percent = (share: number | null) => (share === null ? null : percentText(share, language));
  const streams = figures.streams.map((stream) => words.streamFigure(stream.name, stream.health, percent(stream.shareDone))).join('; ');
  const items = [live('results:figures', 'results', words.figures(percent(figures.shareDone), figures.epicsDone, figures.epics), streams, [])];
  for (const slip of input.diff?.slipped ?? []) items.push(live(`slip:${slip.key}`, 'slip', words.slipped(slip.key, slip.days, slip.from, slip.to), summaryOf(slip.key), [slip.key]));
  for (const key of input.diff?.completed ?? []) items.push(live(`completed:${key}`, 'results', words.completed(key), summaryOf(key), [key]));
  return items.map((item) => ({ sectionId: 'results', item }));
}

/** Open date conflicts and cycles between streams, and decisions due before the next meeting or overdue. */
function businessDecisions(input: AgendaInput, words: AgendaWords, summaryOf: (key: string) => string): PlacedItem[] {
  const items = input.dependencies.filter((d) => d.status === 'conflict' && d.crossStream)
    .map((d) => live(`conflict:${pair(d.blocker, d.blocked)}`, 'conflict', words.conflict(d.blocked, d.blocker, d.overlapDays), `${d.blocked} ${summaryOf(d.blocked)} · ${d.blocker} ${summaryOf(d.blocker)}`, [d.blocked, d.blocker]));
  const streamOf = new Map(input.epics.map((epic) => [epic.key, epic.streamId ?? '']));
  for (const cycle of input.cycles) {
    const members = [...new Set(cycle.members)].sort();
    if (new Set(members.map((key) => streamOf.get(key) ?? '')).size < 2) continue;
    items.push(live(`cycle:${cut(members.join('+'), 190)}`, 'cycle', words.cycle(members.join(', ')), '', members));
  }
  for (const { decision, state } of input.decisions) {
    if (state === 'done' || state === 'superseded' || decision.dueDate === null) continue;
    const overdue = decision.dueDate < input.meetingDate;
    if (!overdue && input.nextMeetingDate !== null && decision.dueDate >= input.nextMeetingDate) continue;
    const when = overdue ? words.decisionOverdue(decision.dueDate) : words.decisionDue(decision.dueDate);
    const detail = decision.followUpKey === null ? when : `${when} · ${words.followUp(decision.followUpKey)}`;
    items.push(live(`decision:${decision.id}`, overdue ? 'decision-overdue' : 'decision-due', decision.text, detail, decision.followUpKey === null ? [] : [decision.followUpKey], decision.id));
  }
  return items.map((item) => ({ sectionId: 'business-decisions', item }));
}

/**
 * Dependencies added or removed since the last meeting, and those whose blocker slipped — unless the dependency is an
 * open conflict now: then it is a business decision, said once there.
 */
function otherProjects(input: AgendaInput, words: AgendaWords): PlacedItem[] {
  const diff = input.diff;
  if (diff === null) return [];
  const items = [
    ...diff.added.map((d) => live(`added:${pair(d.blocker, d.blocked)}`, 'dependency-added', words.dependencyAdded(d.blocked, d.blocker), '', [d.blocked, d.blocker])),
    ...diff.removed.map((d) => live(`removed:${pair(d.blocker, d.blocked)}`, 'dependency-removed', words.dependencyRemoved(d.blocked, d.blocker), '', [d.blocked, d.blocker])),
  ];
  const slipDays = new Map(diff.slipped.map((slip) => [slip.key, slip.days]));
  const added = new Set(diff.added.map((d) => pair(d.blocker, d.blocked)));
  for (const d of input.dependencies) {
    const days = slipDays.get(d.blocker);
    const key = pair(d.blocker, d.blocked);
    if (days === undefined || !d.crossStream || added.has(key) || d.status === 'conflict') continue;
    items.push(live(`dependency-slip:${key}`, 'slip', words.dependencySlipped(d.blocked, d.blocker, days), '', [d.blocked, d.blocker]));
  }
  return items.map((item) => ({ sectionId: 'other-projects', item }));
}

/** Every live fact of the meeting, each once, with the default section it belongs to, in reading order. */
export function liveItems(input: AgendaInput): PlacedItem[] {
  const words = agendaWords(input.language);
  const summaries = new Map(input.epics.map((epic) => [epic.key, epic.summary]));
  const summaryOf = (key: string) => summaries.get(key) ?? '';
  return [...measures(input, words), ...results(input, words, summaryOf), ...businessDecisions(input, words, summaryOf), ...otherProjects(input, words)];
}
