import { z } from 'zod';
import { StrategyNodeIdSchema } from '../domain/strategy/strategy-tree';
import { accountIdField } from './bounds';

/**
 * Publishing to Confluence (issue #10): the admin's settings, the run reports shown on the programme page, and the
 * live status macro. Shared by `src/resolvers` and `static/`.
 */

const confluenceId = z.string().regex(/^\d{1,19}$/, 'expected a Confluence id');

export const PAGE_TYPES = ['rollUp', 'streams', 'strategy'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export const PublishingSettingsSchema = z.object({
  version: z.number().int().min(0),
  /** Where the app publishes; null until an admin picks a space. */
  target: z
    .object({
      spaceId: confluenceId,
      spaceKey: z.string().min(1).max(255),
      spaceName: z.string().max(255),
      /** The page the app's pages go under; null: the space's top level. */
      parentPageId: confluenceId.nullable(),
      parentTitle: z.string().max(255).nullable(),
    })
    .nullable(),
  language: z.enum(['en', 'de']).default('en'),
  schedule: z.enum(['weekly', 'off']).default('weekly'),
  pageTypes: z.object({ rollUp: z.boolean(), streams: z.boolean(), strategy: z.boolean() }).default({ rollUp: true, streams: true, strategy: true }),
});
export type PublishingSettings = z.infer<typeof PublishingSettingsSchema>;

export const DEFAULT_PUBLISHING_SETTINGS: PublishingSettings = {
  version: 0,
  target: null,
  language: 'en',
  schedule: 'weekly',
  pageTypes: { rollUp: true, streams: true, strategy: true },
};

export const PublishingSettingsSavePayload = z.object({ expectedVersion: z.number().int().min(0), settings: PublishingSettingsSchema.omit({ version: true }) }).strict();

/** Checks, as the admin, that the space exists and the app may write under the parent. */
export const PublishingTargetCheckPayload = z.object({ spaceKey: z.string().min(1).max(255), parentPageId: confluenceId.nullable() }).strict();
export interface PublishingTargetCheck {
  ok: boolean;
  /** Why not: 'SPACE_NOT_FOUND' | 'PARENT_NOT_FOUND' | 'NO_WRITE_PERMISSION' | 'PARENT_IN_OTHER_SPACE'. */
  problem: string | null;
  space: { id: string; key: string; name: string } | null;
  parent: { id: string; title: string } | null;
}

/** A space the admin may pick, and pages under it for the parent picker. */
export const PublishingPagesPayload = z.object({ spaceId: confluenceId, title: z.string().max(255).default('') }).strict();
export interface PublishingChoices {
  spaces: Array<{ id: string; key: string; name: string }>;
}
export interface PublishingPageChoices {
  pages: Array<{ id: string; title: string }>;
}

/** What one run did to one page. */
export const PAGE_ACTIONS = ['created', 'updated', 'unchanged', 'skipped', 'failed'] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];
/**
 * Why a page was skipped or failed, or a note on a write: `edited-by-person` (changed in Confluence since the app wrote
 * it: not overwritten), `title-taken` (a page the app did not create has the title), `recreated` (a person deleted it;
 * the app wrote it again), `moved` (a person moved it; it stays where they put it), `no-permission`, `too-large`,
 * `rate-limited`, `error`, `retired` (the app no longer publishes it — its node, stream or page type is gone — and left it
 * in place: people may link to it; delete it by hand if it should go).
 */
export const PAGE_REASONS = ['edited-by-person', 'title-taken', 'recreated', 'moved', 'no-permission', 'too-large', 'rate-limited', 'error', 'retired'] as const;
export type PageReason = (typeof PAGE_REASONS)[number];

export const PageOutcomeSchema = z.object({
  /** The app's own name of the page: `rollup`, `stream:<id>`, `strategy:<node id>`. */
  pageKey: z.string().max(300),
  title: z.string().max(300),
  action: z.enum(PAGE_ACTIONS),
  reason: z.enum(PAGE_REASONS).nullable(),
  /** Confluence's words for a failure, cut short. */
  detail: z.string().max(500).nullable(),
  /** Where to see it (relative to the wiki base), when the page exists. */
  webui: z.string().max(2000).nullable(),
});
export type PageOutcome = z.infer<typeof PageOutcomeSchema>;

export const PublishReportSchema = z.object({
  runId: z.string().max(64),
  trigger: z.enum(['schedule', 'manual']),
  /** Who pressed "Publish now" (null for the schedule). */
  requestedBy: accountIdField.nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  /** A run-level failure (no target, Confluence unreachable …), as a code and Confluence's words. */
  failure: z.object({ code: z.string().max(64), detail: z.string().max(500) }).nullable(),
  pages: z.array(PageOutcomeSchema).max(1000),
  /** The earlier publication the pages' "Changes since" compares with, or null for the first. */
  changesSince: z.string().nullable(),
  /** Requests the run sent to Confluence, reads and writes. */
  requests: z.object({ reads: z.number().int(), writes: z.number().int() }),
});
export type PublishReport = z.infer<typeof PublishReportSchema>;

export interface PublishingStatusView {
  configured: boolean;
  target: PublishingSettings['target'];
  schedule: PublishingSettings['schedule'];
  /** The latest run (queued, running or finished), or null before the first. */
  lastReport: PublishReport | null;
  canPublish: boolean;
  /** The wiki base URL the report's `webui` links are relative to. */
  wikiBaseUrl: string;
}

/**
 * "Publish now". `overwriteEdited`: pageKeys of pages a person edited in Confluence (reported `edited-by-person`) that
 * the programme manager wants the app to overwrite this once; without it such pages are skipped again.
 */
export const PublishNowPayload = z.object({ overwriteEdited: z.array(z.string().min(1).max(300)).max(1000).optional() }).strict();

/** The live status macro: what a sponsor picked in its configuration. */
export const MacroTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('programme') }).strict(),
  z.object({ kind: z.literal('stream'), streamId: z.string().min(1).max(40) }).strict(),
  z.object({ kind: z.literal('node'), nodeId: StrategyNodeIdSchema }).strict(),
]);
export type MacroTarget = z.infer<typeof MacroTargetSchema>;
export const MacroStatusPayload = z.object({ target: MacroTargetSchema }).strict();
