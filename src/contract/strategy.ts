import { z } from 'zod';
import type { CalendarDate } from '../domain/calendar-date';
import type { NodeRollUp } from '../domain/strategy/roll-up-types';
import { KpiSchema, StrategyNodeIdSchema, StrategyNodeSchema, type StrategyTree } from '../domain/strategy/strategy-tree';
import type { StatusCategory } from '../domain/programme';
import type { SnapshotState } from './programme';

/**
 * The strategy tree tab (issue #10): payloads and views shared by `src/resolvers` and `static/`. Everyone who may use
 * the app reads; programme managers (settings: users and groups) edit. Edits are applied on the server to the latest
 * tree (`strategy/edit`), so two people's edits of different nodes both survive.
 */

const nodeFields = StrategyNodeSchema.omit({ id: true, parentId: true, rev: true }).extend({ kpis: z.array(KpiSchema).max(12) }).strict();
const place = { parentId: StrategyNodeIdSchema.nullable(), index: z.number().int().min(0).max(10_000) };

export const StrategyEditPayload = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('add'), id: StrategyNodeIdSchema, ...place, fields: nodeFields }).strict(),
  z.object({ kind: z.literal('update'), id: StrategyNodeIdSchema, baseRev: z.number().int().min(0), fields: nodeFields }).strict(),
  z.object({ kind: z.literal('move'), id: StrategyNodeIdSchema, ...place }).strict(),
  z.object({ kind: z.literal('delete'), id: StrategyNodeIdSchema }).strict(),
]);
export type StrategyEditPayload = z.infer<typeof StrategyEditPayload>;

/** An epic of a node as a viewer sees it: an epic in a project they cannot browse is counted, never named. */
export type StrategyEpicView =
  | { hidden: false; key: string; summary: string; statusCategory: StatusCategory; startDate: CalendarDate | null; dueDate: CalendarDate | null; streamId: string | null }
  | { hidden: true };

/** A node's roll-up for a viewer: figures from every epic (as the sponsor pages show them), epics named only when browsable. */
export interface StrategyNodeView {
  rollUp: NodeRollUp | null;
  /** The node's own epics (by key and by JQL), redacted per viewer. */
  epics: StrategyEpicView[];
  /** Keys picked by hand that the snapshot does not know (a typo, a deleted issue, or not an epic of a stream). */
  unknownKeys: string[];
  /** Jira's words refusing the node's epic JQL when it was last read (absent when it was accepted or there is none). */
  jqlError?: string;
}

export interface StrategyView {
  tree: StrategyTree;
  /** node id → its view; a null-prototype record (ids are data). */
  nodes: Record<string, StrategyNodeView>;
  /** Owners' display names, by account id (null-prototype). */
  people: Record<string, string>;
  canEdit: boolean;
  state: SnapshotState;
  asOf: string | null;
  today: CalendarDate | null;
  /** When the JQL of the nodes was last read (with the snapshot), or null before. */
  jqlReadAt: string | null;
  siteUrl: string;
}

export const StrategyLoadPayload = z.object({}).strict();
export interface StrategyEditResult {
  /** The tree as stored after the edit, with every other person's edits. */
  tree: StrategyTree;
}
