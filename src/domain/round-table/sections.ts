import { isReservedId } from '../reserved-ids';
import type { StandingSection } from './series';
import { SECTION_FOR_KIND, type SubmissionKind } from './submission';

/** The eight standing sections of the round table (domain.md §4), in agenda order; the ids decide where live data goes. */
export const DEFAULT_SECTIONS: readonly StandingSection[] = [
  { id: 'measures', labels: { en: 'Overview of current and planned measures', de: 'Übersicht der aktuellen und geplanten Maßnahmen' }, retired: false },
  { id: 'results', labels: { en: 'Results, analyses and reports', de: 'Ergebnisse, Analysen und Reports' }, retired: false },
  { id: 'customer-needs', labels: { en: 'Customer needs', de: 'Kundenbedürfnisse' }, retired: false },
  { id: 'business-decisions', labels: { en: 'Business decisions', de: 'Business-Entscheidungen' }, retired: false },
  { id: 'expert-opinions', labels: { en: 'Expert opinions', de: 'Expertenmeinungen' }, retired: false },
  { id: 'other-projects', labels: { en: 'Information from other technical projects', de: 'Informationen aus anderen technischen Vorhaben' }, retired: false },
  { id: 'ideas', labels: { en: 'Ideas for new campaigns and better customer experiences', de: 'Ideen für neue Kampagnen und bessere Kundenerlebnisse' }, retired: false },
  { id: 'competitors', labels: { en: 'Positive examples from competitors', de: 'Positive Beispiele aus dem Wettbewerb' }, retired: false },
];

export type SectionProblemCode = 'DUPLICATE_SECTION_ID' | 'RESERVED_SECTION_ID' | 'EMPTY_LABEL' | 'NO_ACTIVE_SECTION';

export interface SectionProblem {
  code: SectionProblemCode;
  /** The field it is about, from the series: `['sections', 2, 'labels', 'de']`. */
  path: Array<string | number>;
  sectionId: string | null;
  /** In English, for logs and the error's params; the UI words it from `code`. */
  message: string;
}

/**
 * Why a list of standing sections cannot be saved: a duplicate or reserved id, an empty label, or no active section
 * left to put anything in. Every problem is listed, each with its field path.
 */
export function validateSections(sections: readonly StandingSection[]): SectionProblem[] {
  const problems: SectionProblem[] = [];
  const seen = new Set<string>();
  sections.forEach((section, index) => {
    if (isReservedId(section.id)) problems.push({ code: 'RESERVED_SECTION_ID', path: ['sections', index, 'id'], sectionId: section.id, message: `"${section.id}" is a reserved name and cannot be a section id` });
    else if (seen.has(section.id)) problems.push({ code: 'DUPLICATE_SECTION_ID', path: ['sections', index, 'id'], sectionId: section.id, message: `duplicate section id "${section.id}"` });
    seen.add(section.id);
    for (const language of ['en', 'de'] as const) {
      if (section.labels[language].trim() === '') problems.push({ code: 'EMPTY_LABEL', path: ['sections', index, 'labels', language], sectionId: section.id, message: 'must not be empty' });
    }
  });
  if (!sections.some((section) => !section.retired)) problems.push({ code: 'NO_ACTIVE_SECTION', path: ['sections'], sectionId: null, message: 'at least one section must stay active' });
  return problems;
}

/** The sections that take new items, in agenda order. */
export function activeSections(sections: readonly StandingSection[]): StandingSection[] {
  return sections.filter((section) => !section.retired);
}

/** The section a kind suggests when it is active, else the first active one; null when none is active. */
export function suggestedSection(kind: SubmissionKind, sections: readonly StandingSection[]): string | null {
  const active = activeSections(sections);
  const preferred = SECTION_FOR_KIND[kind];
  return active.find((section) => section.id === preferred)?.id ?? active[0]?.id ?? null;
}
