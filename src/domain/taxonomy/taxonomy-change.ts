import type { Result } from '../result';
import type { DimensionId } from './dimensions';
import { addTerm, renameTerm, reorderTerms, setTermRetired, type Labels, type Taxonomy, type TaxonomyError } from './taxonomy';

/** One admin edit of the taxonomy, as the admin page sends it and the server applies it. */
export type TaxonomyEdit =
  | { op: 'add'; dimension: DimensionId; id?: string | undefined; labels: Labels; phase?: string | undefined }
  | { op: 'rename'; dimension: DimensionId; termId: string; labels: Labels }
  | { op: 'retire'; dimension: DimensionId; termId: string; retired: boolean }
  | { op: 'reorder'; dimension: DimensionId; orderedIds: string[] };

/** Applies one edit through the taxonomy operations; the admin page runs the same function to check before sending. */
export function applyTaxonomyEdit(taxonomy: Taxonomy, edit: TaxonomyEdit): Result<Taxonomy, TaxonomyError> {
  switch (edit.op) {
    case 'add':
      return addTerm(taxonomy, edit.dimension, { ...(edit.id ? { id: edit.id } : {}), labels: edit.labels, ...(edit.phase ? { phase: edit.phase } : {}) });
    case 'rename':
      return renameTerm(taxonomy, edit.dimension, edit.termId, edit.labels);
    case 'retire':
      return setTermRetired(taxonomy, edit.dimension, edit.termId, edit.retired);
    case 'reorder':
      return reorderTerms(taxonomy, edit.dimension, edit.orderedIds);
  }
}
