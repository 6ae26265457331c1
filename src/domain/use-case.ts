import { z } from 'zod';
import { TermIdSchema, UseCaseIdSchema } from './ids';
import { isReservedId } from './reserved-ids';
import { MAX_TERMS_PER_DIMENSION, findTerm, type Taxonomy } from './taxonomy/taxonomy';
import type { DimensionId } from './taxonomy/dimensions';

/** The most "possible actions" one use case lists; the journey map's have two to five. */
export const MAX_USER_ACTIONS = 50;

/**
 * One marketing-automation use case from the journey map, as the catalogue STORES it: the lifecycle stage, what the
 * user does there, the step in the customer's words ("I want to …"), their possible actions and the touchpoints
 * involved. Its lists are read without a count limit: they had none before, and a catalogue stored then must stay
 * readable. What an admin sends or imports is bounded: UseCaseSchema.
 */
export const StoredUseCaseSchema = z.object({
  id: UseCaseIdSchema,
  title: z.string().trim().min(1, 'must not be empty').max(200),
  lifecycleStage: TermIdSchema,
  userActivity: z.string().trim().max(500).default(''),
  description: z.string().trim().max(2000).default(''),
  userActions: z.array(z.string().trim().min(1).max(200)).default([]),
  touchpoints: z.array(TermIdSchema).default([]),
  channels: z.array(TermIdSchema).default([]),
  category: TermIdSchema.optional(),
  action: TermIdSchema.optional(),
  retired: z.boolean().default(false),
});

/** A use case as an admin saves or imports it: the stored shape with its lists bounded. */
export const UseCaseSchema = StoredUseCaseSchema.extend({
  userActions: z.array(z.string().trim().min(1).max(200)).max(MAX_USER_ACTIONS).default([]),
  touchpoints: z.array(TermIdSchema).max(MAX_TERMS_PER_DIMENSION).default([]),
  channels: z.array(TermIdSchema).max(MAX_TERMS_PER_DIMENSION).default([]),
});
export type UseCase = z.infer<typeof UseCaseSchema>;

export type UseCaseError =
  | { code: 'USE_CASE_ID_TAKEN'; useCaseId: string }
  | { code: 'USE_CASE_ID_RESERVED'; useCaseId: string }
  | { code: 'USE_CASE_TERM_UNKNOWN'; useCaseId: string; field: string; dimension: DimensionId; termId: string };

/** Checks that every term a use case names exists in the taxonomy (retired terms are allowed: history stays). */
export function validateUseCase(useCase: UseCase, taxonomy: Taxonomy): UseCaseError[] {
  const references: Array<[field: string, dimension: DimensionId, termId: string | undefined]> = [
    ['lifecycleStage', 'lifecycle', useCase.lifecycleStage],
    ...useCase.touchpoints.map((t, i): [string, DimensionId, string] => [`touchpoints[${i}]`, 'touchpoint', t]),
    ...useCase.channels.map((c, i): [string, DimensionId, string] => [`channels[${i}]`, 'channel', c]),
    ['category', 'category', useCase.category],
    ['action', 'action', useCase.action],
  ];
  return references
    .filter(([, dimension, termId]) => termId !== undefined && !findTerm(taxonomy, dimension, termId))
    .map(([field, dimension, termId]) => ({ code: 'USE_CASE_TERM_UNKNOWN', useCaseId: useCase.id, field, dimension, termId: termId as string }));
}

/**
 * Whether a use case may take this id: a new one may not take a name every JavaScript object answers to
 * (reserved-ids.ts); one the catalogue already holds keeps its id, so old data stays editable.
 */
export function isNewIdReserved(useCaseId: string, existingIds: ReadonlySet<string>): boolean {
  return !existingIds.has(useCaseId) && isReservedId(useCaseId);
}

/**
 * Validates a whole catalogue: unique ids, no reserved id that is new (not among `existingIds`, the ids stored
 * before this change), and known terms.
 */
export function validateCatalogue(useCases: readonly UseCase[], taxonomy: Taxonomy, existingIds: ReadonlySet<string> = new Set()): UseCaseError[] {
  const seen = new Set<string>();
  const errors: UseCaseError[] = [];
  for (const useCase of useCases) {
    if (seen.has(useCase.id)) errors.push({ code: 'USE_CASE_ID_TAKEN', useCaseId: useCase.id });
    if (isNewIdReserved(useCase.id, existingIds)) errors.push({ code: 'USE_CASE_ID_RESERVED', useCaseId: useCase.id });
    seen.add(useCase.id);
    errors.push(...validateUseCase(useCase, taxonomy));
  }
  return errors;
}
