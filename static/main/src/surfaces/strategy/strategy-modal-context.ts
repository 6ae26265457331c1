import { z } from 'zod';
import { MAX_NODE_TITLE_CHARS, StrategyNodeIdSchema } from '../../../../../src/domain/strategy/strategy-tree';

/**
 * What the strategy tab hands a Forge modal (`extension.modal`) and what the modal closes with. Both cross a frame,
 * so both are read back with zod; the modal loads the tree itself (`strategy/load`) for everything else it needs.
 */
export const StrategyFormContext = z.discriminatedUnion('mode', [
  z.object({ kind: z.literal('strategy-form'), mode: z.literal('add'), parentId: StrategyNodeIdSchema.nullable(), index: z.number().int().min(0).max(10_000) }).strict(),
  z.object({ kind: z.literal('strategy-form'), mode: z.literal('edit'), id: StrategyNodeIdSchema }).strict(),
]);
export type StrategyFormContext = z.infer<typeof StrategyFormContext>;

export const StrategyDeleteContext = z.object({ kind: z.literal('strategy-delete'), id: StrategyNodeIdSchema }).strict();
export type StrategyDeleteContext = z.infer<typeof StrategyDeleteContext>;

export const StrategyModalContext = z.union([StrategyFormContext, StrategyDeleteContext]);
export type StrategyModalContext = z.infer<typeof StrategyModalContext>;

/** A stored change: which strategy, what happened, and which strategy the tab shows next (null: none selected). */
export const StrategyModalOutcome = z.object({
  done: z.enum(['added', 'saved', 'deleted']),
  title: z.string().max(MAX_NODE_TITLE_CHARS),
  showId: StrategyNodeIdSchema.nullable(),
}).strict();
export type StrategyModalOutcome = z.infer<typeof StrategyModalOutcome>;

