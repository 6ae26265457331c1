import type { Agenda, AgendaItem } from '../../../../../src/domain/round-table/agenda-types';
import { moveInList } from './series-draft';

/** Pure edits of an agenda draft: move an item within its section, drop it (remembered, so assembling again leaves it out), add a manual one. */
export function moveItem(agenda: Agenda, sectionId: string, itemId: string, by: -1 | 1): Agenda {
  return {
    ...agenda,
    sections: agenda.sections.map((section) => {
      if (section.sectionId !== sectionId) return section;
      const from = section.items.findIndex((item) => item.id === itemId);
      return from < 0 ? section : { ...section, items: moveInList(section.items, from, from + by) };
    }),
  };
}

export function dropItem(agenda: Agenda, itemId: string): Agenda {
  const item = agenda.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
  // Manual items are simply gone; live and submission items would come back on the next assembly unless remembered.
  const remember = item !== undefined && item.source !== 'manual' && !agenda.dropped.includes(itemId);
  return {
    ...agenda,
    sections: agenda.sections.map((s) => ({ ...s, items: s.items.filter((i) => i.id !== itemId) })),
    dropped: remember ? [...agenda.dropped, itemId] : agenda.dropped,
  };
}

export function addManualItem(agenda: Agenda, sectionId: string, title: string, detail: string): Agenda {
  const item: AgendaItem = { id: `manual:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, source: 'manual', topic: null, title: title.trim(), detail: detail.trim(), issueKeys: [], submissionId: null, decisionId: null, note: '' };
  return { ...agenda, sections: agenda.sections.map((s) => (s.sectionId === sectionId ? { ...s, items: [...s.items, item] } : s)) };
}

export function positionOf(agenda: Agenda, sectionId: string, itemId: string): { position: number; count: number } {
  const items = agenda.sections.find((s) => s.sectionId === sectionId)?.items ?? [];
  return { position: items.findIndex((i) => i.id === itemId) + 1, count: items.length };
}
