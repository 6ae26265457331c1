import type { AppError } from '../../../../../src/contract/errors';
import type { TaxonomyChange } from '../../../../../src/contract/journey';
import type { DimensionId } from '../../../../../src/domain/taxonomy/dimensions';
import type { Taxonomy, TaxonomyError } from '../../../../../src/domain/taxonomy/taxonomy';
import { applyTaxonomyEdit } from '../../../../../src/domain/taxonomy/taxonomy-change';
import { slugify } from '../../../../../src/domain/ids';

/**
 * The taxonomy section's pure logic: what the admin typed → the `taxonomy/save` change, checked locally with the
 * same domain operations the server applies, and a refusal (local or the server's) → the field it belongs to.
 */

export interface LabelsDraft {
  en: string;
  de: string;
}
export interface NewTermDraft {
  labels: LabelsDraft;
  /** Empty: the server derives the id from the English label. */
  id: string;
  /** Lifecycle stages only: the phase id. */
  phase: string;
}
export const EMPTY_NEW_TERM: NewTermDraft = { labels: { en: '', de: '' }, id: '', phase: '' };

export type TermField = 'labels.en' | 'labels.de' | 'id' | 'phase' | 'form';
export interface TermProblem {
  field: TermField;
  error: AppError;
}

const trimmed = (labels: LabelsDraft): LabelsDraft => ({ en: labels.en.trim(), de: labels.de.trim() });

export function addChange(dimension: DimensionId, draft: NewTermDraft): TaxonomyChange {
  const id = draft.id.trim();
  const phase = dimension === 'lifecycle' && draft.phase !== '' ? { phase: draft.phase } : {};
  return { op: 'add', dimension, ...(id !== '' ? { id } : {}), labels: trimmed(draft.labels), ...phase };
}

/** The id a new term will get: the one typed, or the slug of the English label, as the server derives it. */
export function idOfNewTerm(draft: NewTermDraft): string {
  return draft.id.trim() || slugify(draft.labels.en);
}

export function renameChange(dimension: DimensionId, termId: string, labels: LabelsDraft): TaxonomyChange {
  return { op: 'rename', dimension, termId, labels: trimmed(labels) };
}

export function retireChange(dimension: DimensionId, termId: string, retired: boolean): TaxonomyChange {
  return { op: 'retire', dimension, termId, retired };
}

/** Moves one term a step up (-1) or down (+1); null at either end. The order names every term, retired ones too. */
export function moveChange(taxonomy: Taxonomy, dimension: DimensionId, termId: string, step: -1 | 1): TaxonomyChange | null {
  const orderedIds = taxonomy.dimensions[dimension].map((term) => term.id as string);
  const from = orderedIds.indexOf(termId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= orderedIds.length) return null;
  [orderedIds[from], orderedIds[to]] = [orderedIds[to] as string, orderedIds[from] as string];
  return { op: 'reorder', dimension, orderedIds };
}

export function appErrorOf(error: TaxonomyError): AppError {
  const { code, ...params } = error;
  return { code, params };
}

/** Where a refusal is shown: at the label, id or phase field it names, or above the form. */
export function fieldOf(error: AppError): TermField {
  switch (error.code) {
    case 'LABEL_EMPTY':
    case 'LABEL_TAKEN':
      return error.params.language === 'de' ? 'labels.de' : 'labels.en';
    case 'TERM_ID_INVALID':
    case 'TERM_ID_TAKEN':
    case 'TERM_ID_RESERVED':
      return 'id';
    case 'PHASE_REQUIRED':
    case 'PHASE_UNKNOWN':
      return 'phase';
    case 'INVALID_PAYLOAD': {
      // The payload schema names e.g. `changes.0.labels.de`.
      const field = error.field ?? '';
      if (field.endsWith('labels.en')) return 'labels.en';
      if (field.endsWith('labels.de')) return 'labels.de';
      return field.endsWith('.id') ? 'id' : field.endsWith('.phase') ? 'phase' : 'form';
    }
    default:
      return 'form';
  }
}

export function problemsOf(errors: readonly AppError[]): TermProblem[] {
  return errors.map((error) => ({ field: fieldOf(error), error }));
}

/**
 * Refuses locally what the server would refuse (empty or taken labels, a stage without phase, a taken id), so the
 * admin reads the reason at the field before anything is sent. The server checks again on its own version.
 */
export function checkChange(taxonomy: Taxonomy, change: TaxonomyChange): TermProblem[] {
  const result = applyTaxonomyEdit(taxonomy, change);
  return result.ok ? [] : problemsOf(result.errors.map(appErrorOf));
}

/** The label to name a term by in messages and accessible names. */
export function labelOf(taxonomy: Taxonomy, dimension: DimensionId, termId: string, language: 'en' | 'de'): string {
  return taxonomy.dimensions[dimension].find((term) => term.id === termId)?.labels[language] ?? termId;
}
