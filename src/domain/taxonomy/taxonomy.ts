import { z } from 'zod';
import { idRecordSchema, ownValue, withOwnValue } from '../id-keyed';
import { TermIdSchema, slugify, type TermId } from '../ids';
import { isReservedId } from '../reserved-ids';
import { fail, ok, type Result } from '../result';
import { DIMENSIONS, DimensionIdSchema, type DimensionId } from './dimensions';

export const LANGUAGES = ['en', 'de'] as const;

/**
 * The most terms a dimension plausibly has (the journey map's dimensions have about ten): the bound on what one issue
 * may be tagged with per dimension, and on a reorder. A stored taxonomy is read without it (old data stays readable).
 */
export const MAX_TERMS_PER_DIMENSION = 100;
export type Language = (typeof LANGUAGES)[number];

// Stored and returned, never a payload (edits go through TaxonomyChangeSchema, which bounds them): read leniently,
// so a taxonomy stored before the payload bounds existed stays readable.
const LabelsSchema = z.object({ en: z.string().trim().min(1), de: z.string().trim().min(1) });
export type Labels = z.infer<typeof LabelsSchema>;

/** One term of a dimension. A retired term stays readable on the issues that carry it. */
export const TermSchema = z.object({ id: TermIdSchema, labels: LabelsSchema, retired: z.boolean().default(false) });
export type Term = z.infer<typeof TermSchema>;

/** The whole taxonomy; `version` rises with every change so concurrent editors can detect each other. */
export const TaxonomySchema = z
  .object({
    version: z.number().int().positive(),
    dimensions: z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, z.array(TermSchema)])) as Record<DimensionId, z.ZodArray<typeof TermSchema>>),
    /** lifecycle stage id → phase id; a null-prototype record, read through `phaseOf` (ids are data, id-keyed.ts). */
    phaseOfStage: idRecordSchema(TermIdSchema, TermIdSchema),
  })
  .superRefine((taxonomy, ctx) => {
    for (const dimension of DIMENSIONS) {
      const seen = new Set<string>();
      taxonomy.dimensions[dimension].forEach((term, index) => {
        if (seen.has(term.id)) ctx.addIssue({ code: 'custom', path: ['dimensions', dimension, index, 'id'], message: `duplicate term id "${term.id}"` });
        seen.add(term.id);
      });
    }
    const phases = new Set(taxonomy.dimensions.phase.map((t) => t.id as string));
    for (const stage of taxonomy.dimensions.lifecycle) {
      const phase = phaseOf(taxonomy, stage.id);
      if (phase === undefined || !phases.has(phase)) {
        ctx.addIssue({ code: 'custom', path: ['phaseOfStage', stage.id], message: `lifecycle stage "${stage.id}" needs a known phase` });
      }
    }
  });
export type Taxonomy = z.infer<typeof TaxonomySchema>;

export type TaxonomyError =
  | { code: 'TERM_ID_INVALID'; dimension: DimensionId; termId: string }
  | { code: 'TERM_ID_TAKEN'; dimension: DimensionId; termId: string }
  | { code: 'TERM_ID_RESERVED'; dimension: DimensionId; termId: string }
  | { code: 'TERM_UNKNOWN'; dimension: DimensionId; termId: string }
  | { code: 'LABEL_EMPTY'; dimension: DimensionId; termId: string; language: Language }
  | { code: 'LABEL_TAKEN'; dimension: DimensionId; termId: string; language: Language; label: string }
  | { code: 'PHASE_REQUIRED'; termId: string }
  | { code: 'PHASE_UNKNOWN'; termId: string; phase: string }
  | { code: 'REORDER_MISMATCH'; dimension: DimensionId };

export { DimensionIdSchema };

/** Finds a term, retired or not. */
export function findTerm(taxonomy: Taxonomy, dimension: DimensionId, termId: string): Term | undefined {
  return taxonomy.dimensions[dimension].find((term) => term.id === termId);
}

/** A dimension's terms by id, for looking many ids up in one pass (findTerm scans the list each time). */
export function termsById(taxonomy: Taxonomy, dimension: DimensionId): ReadonlyMap<string, Term> {
  return new Map(taxonomy.dimensions[dimension].map((term) => [term.id as string, term]));
}

/**
 * The phase a lifecycle stage falls into, or undefined for a stage the taxonomy does not map — such as an id someone
 * wrote into Jira directly. Reads the record's own entries only, so a stage called `constructor` is never Object's.
 */
export function phaseOf(taxonomy: Pick<Taxonomy, 'phaseOfStage'>, stageId: string): TermId | undefined {
  return ownValue(taxonomy.phaseOfStage, stageId);
}

/** The terms a picker offers: active ones, in the admin's order. */
export function activeTerms(taxonomy: Taxonomy, dimension: DimensionId): Term[] {
  return taxonomy.dimensions[dimension].filter((term) => !term.retired);
}

/** The label in the user's language; an unknown id is shown as itself so nothing disappears. */
export function termLabel(taxonomy: Taxonomy, dimension: DimensionId, termId: string, language: Language): string {
  return findTerm(taxonomy, dimension, termId)?.labels[language] ?? termId;
}

function labelErrors(taxonomy: Taxonomy, dimension: DimensionId, termId: string, labels: Labels): TaxonomyError[] {
  const errors: TaxonomyError[] = [];
  for (const language of LANGUAGES) {
    const label = labels[language].trim();
    if (label === '') {
      errors.push({ code: 'LABEL_EMPTY', dimension, termId, language });
      continue;
    }
    const clash = taxonomy.dimensions[dimension].find(
      (term) => term.id !== termId && !term.retired && term.labels[language].trim().toLowerCase() === label.toLowerCase(),
    );
    if (clash) errors.push({ code: 'LABEL_TAKEN', dimension, termId, language, label });
  }
  return errors;
}

function withDimension(taxonomy: Taxonomy, dimension: DimensionId, terms: Term[], phaseOfStage = taxonomy.phaseOfStage): Taxonomy {
  return { version: taxonomy.version + 1, dimensions: { ...taxonomy.dimensions, [dimension]: terms }, phaseOfStage };
}

export interface NewTerm {
  id?: string;
  labels: Labels;
  /** Required for a lifecycle stage: the phase it falls into. */
  phase?: string;
}

/** Adds a term at the end of its dimension; the id defaults to a slug of the English label. */
export function addTerm(taxonomy: Taxonomy, dimension: DimensionId, input: NewTerm): Result<Taxonomy, TaxonomyError> {
  const termId = input.id ?? slugify(input.labels.en);
  const parsedId = TermIdSchema.safeParse(termId);
  if (!parsedId.success) return fail([{ code: 'TERM_ID_INVALID', dimension, termId }]);
  if (isReservedId(termId)) return fail([{ code: 'TERM_ID_RESERVED', dimension, termId }]);
  const errors: TaxonomyError[] = [];
  if (findTerm(taxonomy, dimension, termId)) errors.push({ code: 'TERM_ID_TAKEN', dimension, termId });
  errors.push(...labelErrors(taxonomy, dimension, termId, input.labels));
  let phaseOfStage = taxonomy.phaseOfStage;
  if (dimension === 'lifecycle') {
    if (input.phase === undefined) errors.push({ code: 'PHASE_REQUIRED', termId });
    else if (!findTerm(taxonomy, 'phase', input.phase)) errors.push({ code: 'PHASE_UNKNOWN', termId, phase: input.phase });
    else phaseOfStage = withOwnValue(phaseOfStage, parsedId.data, input.phase as TermId);
  }
  if (errors.length > 0) return fail(errors);
  const term: Term = { id: parsedId.data, labels: { en: input.labels.en.trim(), de: input.labels.de.trim() }, retired: false };
  return ok(withDimension(taxonomy, dimension, [...taxonomy.dimensions[dimension], term], phaseOfStage));
}

/** Changes a term's labels. Tags hold ids, so no issue is rewritten. */
export function renameTerm(taxonomy: Taxonomy, dimension: DimensionId, termId: string, labels: Labels): Result<Taxonomy, TaxonomyError> {
  if (!findTerm(taxonomy, dimension, termId)) return fail([{ code: 'TERM_UNKNOWN', dimension, termId }]);
  const errors = labelErrors(taxonomy, dimension, termId, labels);
  if (errors.length > 0) return fail(errors);
  const terms = taxonomy.dimensions[dimension].map((term) =>
    term.id === termId ? { ...term, labels: { en: labels.en.trim(), de: labels.de.trim() } } : term,
  );
  return ok(withDimension(taxonomy, dimension, terms));
}

/** Retires (or restores) a term: it leaves the pickers but stays readable wherever it is used. */
export function setTermRetired(taxonomy: Taxonomy, dimension: DimensionId, termId: string, retired: boolean): Result<Taxonomy, TaxonomyError> {
  const term = findTerm(taxonomy, dimension, termId);
  if (!term) return fail([{ code: 'TERM_UNKNOWN', dimension, termId }]);
  if (term.retired === retired) return ok(taxonomy);
  if (!retired) {
    const clashes = labelErrors(taxonomy, dimension, termId, term.labels);
    if (clashes.length > 0) return fail(clashes);
  }
  return ok(withDimension(taxonomy, dimension, taxonomy.dimensions[dimension].map((t) => (t.id === termId ? { ...t, retired } : t))));
}

/** Puts a dimension's terms in the given order; the list must name every term exactly once. */
export function reorderTerms(taxonomy: Taxonomy, dimension: DimensionId, orderedIds: readonly string[]): Result<Taxonomy, TaxonomyError> {
  const current = taxonomy.dimensions[dimension];
  const byId = new Map(current.map((term) => [term.id as string, term]));
  const unique = new Set(orderedIds);
  if (unique.size !== orderedIds.length || orderedIds.length !== current.length || orderedIds.some((id) => !byId.has(id))) {
    return fail([{ code: 'REORDER_MISMATCH', dimension }]);
  }
  return ok(withDimension(taxonomy, dimension, orderedIds.map((id) => byId.get(id) as Term)));
}
