import type { AgendaInput } from './agenda-input';
import { liveItems, type PlacedItem } from './agenda-live';
import type { Agenda, AgendaItem, AgendaSection } from './agenda-types';
import { agendaWords } from './agenda-words';
import { activeSections, suggestedSection } from './sections';

const MAX_ITEMS = 100;
const MAX_SECTIONS = 30;
const MAX_DROPPED = 1000;

/** A scheduled submission as an agenda item, in its section if that is active, else where its kind suggests. */
function submissionItems(input: AgendaInput, active: ReadonlySet<string>): PlacedItem[] {
  return input.submissions.flatMap((submission) => {
    const sectionId = submission.sectionId !== null && active.has(submission.sectionId) ? submission.sectionId : suggestedSection(submission.kind, input.sections);
    if (sectionId === null) return [];
    const item: AgendaItem = {
      id: `submission:${submission.id}`, source: 'submission', topic: null, title: submission.title.slice(0, 300), detail: submission.text.slice(0, 2000),
      issueKeys: submission.issueKeys.slice(0, 20), submissionId: submission.id, decisionId: null, note: '',
    };
    return [{ sectionId, item }];
  });
}

/** Where the previous agenda had each item, so the programme manager's order (and moves between sections) survive. */
function previousPlacement(previous: Agenda | null): Map<string, { sectionId: string; item: AgendaItem }> {
  const placement = new Map<string, { sectionId: string; item: AgendaItem }>();
  for (const section of previous?.sections ?? []) {
    for (const item of section.items) if (!placement.has(item.id)) placement.set(item.id, { sectionId: section.sectionId, item });
  }
  return placement;
}

/** At most MAX_ITEMS per section: what was already on the agenda and submissions first, then live facts; the rest counted. */
function capped(sectionId: string, kept: AgendaItem[], appended: AgendaItem[], input: AgendaInput): AgendaItem[] {
  if (kept.length + appended.length <= MAX_ITEMS) return [...kept, ...appended];
  const room = MAX_ITEMS - 1;
  const chosen = new Set([...kept, ...appended.filter((item) => item.source !== 'live'), ...appended.filter((item) => item.source === 'live')].slice(0, room));
  const left = kept.length + appended.length - chosen.size;
  const more: AgendaItem = {
    id: `more:${sectionId}`, source: 'live', topic: null, title: agendaWords(input.language).more(left), detail: '', issueKeys: [], submissionId: null, decisionId: null, note: '',
  };
  return [...[...kept, ...appended].filter((item) => chosen.has(item)), more];
}

/**
 * The agenda of one meeting from live programme data and its scheduled submissions. Every fact lands once, in the
 * standing section its id names (a renamed section still takes it; a retired one takes nothing new). On a rebuild,
 * the previous agenda's manual items, order and notes are kept and dropped items stay dropped; a live item whose fact
 * went away leaves the agenda unless a note was taken on it.
 */
export function assembleAgenda(input: AgendaInput): Agenda {
  const active = activeSections(input.sections);
  const activeIds = new Set(active.map((section) => section.id));
  const dropped = new Set(input.previous?.dropped ?? []);
  const fresh = [...liveItems(input), ...submissionItems(input, activeIds)].filter((placed) => activeIds.has(placed.sectionId) && !dropped.has(placed.item.id));
  const freshById = new Map(fresh.map((placed) => [placed.item.id, placed]));
  const placement = previousPlacement(input.previous);
  const emitted = new Set<string>();

  const kept = (sectionId: string): AgendaItem[] =>
    (input.previous?.sections.find((section) => section.sectionId === sectionId)?.items ?? []).flatMap((old) => {
      if (emitted.has(old.id) || dropped.has(old.id)) return [];
      const now = freshById.get(old.id);
      if (old.source === 'manual' || (now === undefined && old.note.trim() !== '')) return [old];
      return now === undefined ? [] : [{ ...now.item, note: old.note }];
    });
  const appended = (sectionId: string): AgendaItem[] =>
    fresh.filter((placed) => placed.sectionId === sectionId && !emitted.has(placed.item.id) && !activeIds.has(placement.get(placed.item.id)?.sectionId ?? '')).map((placed) => ({ ...placed.item, note: placement.get(placed.item.id)?.item.note ?? '' }));

  const sectionOrder = [
    ...active.map((section) => section.id),
    // A section retired since keeps what people typed or noted there.
    ...(input.previous?.sections ?? []).map((section) => section.sectionId).filter((id) => !activeIds.has(id)),
  ];
  const sections: AgendaSection[] = [];
  for (const sectionId of sectionOrder) {
    if (sections.some((section) => section.sectionId === sectionId)) continue;
    const keptItems = kept(sectionId);
    keptItems.forEach((item) => emitted.add(item.id));
    const items = capped(sectionId, keptItems, activeIds.has(sectionId) ? appended(sectionId) : [], input);
    items.forEach((item) => emitted.add(item.id));
    if (activeIds.has(sectionId) || items.length > 0) sections.push({ sectionId, items });
  }
  return { sections: sections.slice(0, MAX_SECTIONS), dropped: [...dropped].slice(-MAX_DROPPED) };
}
