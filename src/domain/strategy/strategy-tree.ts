import { z } from 'zod';
import { CalendarDateSchema } from '../calendar-date';
import { IssueKeySchema } from '../ids';

/**
 * The cascading strategy tree (domain.md §3): strategies whose children depend on them, each tied to the epics that
 * realise it. The app keeps it; the tree is a flat list of nodes with `parentId`, siblings in list order.
 */

/** The app's own id of a strategy node (generated on add), never a title. */
export const StrategyNodeIdSchema = z
  .string()
  .regex(/^n-[a-z0-9]{4,32}$/, { message: 'expected a node id such as n-3f9a2c' })
  .brand<'StrategyNodeId'>();
export type StrategyNodeId = z.infer<typeof StrategyNodeIdSchema>;

export const MAX_STRATEGY_NODES = 300;
export const MAX_KPIS_PER_NODE = 12;
export const MAX_EPICS_PER_NODE = 200;
export const MAX_NODE_TEXT_CHARS = 4000;
export const MAX_NODE_TITLE_CHARS = 255;

/** A key performance indicator; numbers are optional until someone measures them. */
export const KpiSchema = z.object({
  id: z.string().regex(/^k-[a-z0-9]{4,32}$/, { message: 'expected a KPI id such as k-3f9a2c' }),
  name: z.string().trim().min(1, 'must not be empty').max(200),
  unit: z.string().trim().max(40).default(''),
  baseline: z.number().finite().nullable().default(null),
  target: z.number().finite().nullable().default(null),
  current: z.number().finite().nullable().default(null),
  asOf: CalendarDateSchema.nullable().default(null),
  /** Whether a higher value is better (conversion rate) or a lower one (unsubscribe rate). */
  higherIsBetter: z.boolean().default(true),
});
export type Kpi = z.infer<typeof KpiSchema>;

export const StrategyNodeSchema = z.object({
  id: StrategyNodeIdSchema,
  parentId: StrategyNodeIdSchema.nullable(),
  title: z.string().trim().min(1, 'must not be empty').max(MAX_NODE_TITLE_CHARS),
  ownerAccountId: z.string().min(1).max(128).nullable().default(null),
  summary: z.string().max(MAX_NODE_TEXT_CHARS).default(''),
  /** "What should be achieved" (domain.md §3). */
  goal: z.string().max(MAX_NODE_TEXT_CHARS).default(''),
  kpis: z.array(KpiSchema).max(MAX_KPIS_PER_NODE).default([]),
  /** The concept paper (a Confluence page or any https link), or null. */
  conceptUrl: z
    .string()
    .max(2000)
    .regex(/^https?:\/\//, { message: 'expected a link starting with https://' })
    .nullable()
    .default(null),
  /** Epics picked by key. */
  epicKeys: z.array(IssueKeySchema).max(MAX_EPICS_PER_NODE).default([]),
  /** Epics found by a JQL the app re-reads with every snapshot build; null when none. */
  epicJql: z.string().trim().min(1).max(2000).nullable().default(null),
  /** Rises with every change of this node, so two people editing the same node notice each other. */
  rev: z.number().int().min(0).default(0),
});
export type StrategyNode = z.infer<typeof StrategyNodeSchema>;

export const StrategyTreeSchema = z.object({
  version: z.number().int().min(0),
  nodes: z.array(StrategyNodeSchema).max(MAX_STRATEGY_NODES),
});
export type StrategyTree = z.infer<typeof StrategyTreeSchema>;

export const EMPTY_STRATEGY_TREE: StrategyTree = { version: 0, nodes: [] };

/** The editable fields of a node (everything but its place in the tree and its bookkeeping). */
export type StrategyNodeFields = Omit<StrategyNode, 'id' | 'parentId' | 'rev'>;

/**
 * One edit of the tree. Edits are applied to the latest stored tree (not to the editor's copy), so two people's
 * edits of different nodes both survive; `baseRev` lets an edit of the same node be refused instead of lost.
 */
export type StrategyEdit =
  | { kind: 'add'; id: StrategyNodeId; parentId: StrategyNodeId | null; index: number; fields: StrategyNodeFields }
  | { kind: 'update'; id: StrategyNodeId; baseRev: number; fields: StrategyNodeFields }
  /** `index` among the new parent's children, after the node left its old place. */
  | { kind: 'move'; id: StrategyNodeId; parentId: StrategyNodeId | null; index: number }
  /** The node's children move up to its parent in its place; its epics stay in Jira, no longer tied to the tree. */
  | { kind: 'delete'; id: StrategyNodeId };

/** Why an edit cannot be applied; `nodeId` is the node concerned. */
export type StrategyEditError =
  | { code: 'STRATEGY_NODE_UNKNOWN'; nodeId: string }
  | { code: 'STRATEGY_NODE_ID_TAKEN'; nodeId: string }
  | { code: 'STRATEGY_PARENT_UNKNOWN'; nodeId: string; parentId: string }
  /** The move would put a node under itself or one of its descendants. */
  | { code: 'STRATEGY_MOVE_CYCLE'; nodeId: string; parentId: string }
  /** Someone changed the node since the editor loaded it: `currentRev` is what is stored now. */
  | { code: 'STRATEGY_NODE_CHANGED'; nodeId: string; currentRev: number }
  | { code: 'STRATEGY_TREE_FULL'; nodeId: string };
