import { z } from 'zod';
import { DimensionIdSchema } from '../domain/taxonomy/dimensions';
import { MAX_TERM_ID_CHARS, TermIdSchema, UseCaseIdSchema } from '../domain/ids';
import { JourneyTagsInputSchema, MAX_USE_CASES_PER_ISSUE, type JourneyTags } from '../domain/tags';
import { MAX_TERMS_PER_DIMENSION, type Taxonomy } from '../domain/taxonomy/taxonomy';
import { UseCaseSchema, type UseCase } from '../domain/use-case';
import { issueKeyField } from './bounds';
import type { AppError } from './errors';

/**
 * Payloads and results of journey tagging (issue #5): tagging one or many issues, the use-case catalogue, and the
 * admin's taxonomy and catalogue edits. Shared by `src/resolvers` and `static/`.
 */

const issueKey = issueKeyField;
const version = z.number().int().min(0);

/** The most issues one bulk action tags: one bulkfetch reads (and reads back) 100. */
export const MAX_BULK_ISSUES = 100;

// ---- tagging (user resolver) ----

/**
 * `tags/save`: `base` is what the user loaded, `tags` what they want; other people's edits since are kept per term.
 * Each slot is bounded (JourneyTagsInputSchema), so the merge is cheap whatever is sent.
 */
export const TagsSavePayload = z.object({ issueKey, base: JourneyTagsInputSchema, tags: JourneyTagsInputSchema }).strict();
export interface TagsSaveResult {
  issueKey: string;
  /** What is stored on the issue now (ids; labels come from the taxonomy). */
  tags: JourneyTags;
  /** True when someone else had changed the tags since `base`, and their changes were merged in. */
  merged: boolean;
  /**
   * False when Jira accepted the write but did not confirm it (following its task or reading back failed): `tags`
   * are then what was sent, and a reload shows what Jira stored. Never a failure: a refused write is an error.
   */
  confirmed: boolean;
}

/** Term or use-case ids per slot, for a bulk add or remove. */
const TagSelection = z
  .object({
    touchpoint: z.array(TermIdSchema).max(MAX_TERMS_PER_DIMENSION),
    lifecycle: z.array(TermIdSchema).max(MAX_TERMS_PER_DIMENSION),
    category: z.array(TermIdSchema).max(MAX_TERMS_PER_DIMENSION),
    action: z.array(TermIdSchema).max(MAX_TERMS_PER_DIMENSION),
    channel: z.array(TermIdSchema).max(MAX_TERMS_PER_DIMENSION),
    useCase: z.array(UseCaseIdSchema).max(MAX_USE_CASES_PER_ISSUE),
  })
  .partial()
  .strict();

/** `tags/bulk`: either the selected issue keys or a JQL (the navigator's search), never both. */
export const TagsBulkPayload = z
  .object({
    issueKeys: z.array(issueKey).min(1).max(MAX_BULK_ISSUES).optional(),
    jql: z.string().trim().min(1).max(4000).optional(),
    add: TagSelection.default({}),
    remove: TagSelection.default({}),
  })
  .strict()
  .refine((p) => (p.issueKeys === undefined) !== (p.jql === undefined), { message: 'give either issueKeys or jql', path: ['issueKeys'] })
  .refine((p) => Object.values(p.add).some((ids) => ids.length > 0) || Object.values(p.remove).some((ids) => ids.length > 0), {
    message: 'choose at least one term to add or remove',
    path: ['add'],
  });

/**
 * One issue's outcome: `done` (written and read back, or already as asked: `changed` false), `unconfirmed` (Jira
 * accepted the write but did not confirm it: following its task or reading back failed), `no-permission` (the user
 * may not edit it), `not-found` (missing, or the user cannot browse it), `failed` (Jira refused it, or others kept
 * changing the issue; nothing was changed; `detail`).
 */
export type BulkOutcome = 'done' | 'unconfirmed' | 'no-permission' | 'not-found' | 'failed';
/**
 * Why an issue `failed`, so the UI can say it in the user's language and offer "Try again": Jira throttled the write
 * (429), others changed the issue every time it was written, Jira refused the write (`detail` has Jira's words), or
 * the tags stored on it are damaged.
 */
export type BulkFailureReason = 'throttled' | 'conflict' | 'refused' | 'damaged';
export interface BulkIssueResult {
  issueKey: string;
  outcome: BulkOutcome;
  /** A change was written (`done`) or sent (`unconfirmed`); false when nothing needed changing or nothing was. */
  changed: boolean;
  detail?: string;
  /** Only on `failed`. */
  reason?: BulkFailureReason;
  /** Only on `throttled`: how long Jira asked to wait before trying again. */
  retryAfterSeconds?: number;
}
export interface TagsBulkResult {
  results: BulkIssueResult[];
  counts: Record<BulkOutcome, number>;
}

export interface UseCaseCatalogueView {
  useCases: UseCase[];
  version: number;
  /** False until an admin saved or imported a catalogue. */
  stored: boolean;
}

// ---- admin: taxonomy ----

/**
 * Term ids in an edit: at most as long as TermIdSchema allows, but not held to its format, so an id that is not a
 * term id is answered with the domain's own code (TERM_ID_INVALID, TERM_UNKNOWN) rather than a payload error.
 */
const termIdText = z.string().min(1).max(MAX_TERM_ID_CHARS);

const LabelsInput = z.object({ en: z.string().trim().min(1, 'must not be empty').max(100), de: z.string().trim().min(1, 'must not be empty').max(100) }).strict();

/** One edit of the taxonomy, applied through the domain's operations. */
export const TaxonomyChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), dimension: DimensionIdSchema, id: z.string().max(MAX_TERM_ID_CHARS).optional(), labels: LabelsInput, phase: z.string().max(MAX_TERM_ID_CHARS).optional() }).strict(),
  z.object({ op: z.literal('rename'), dimension: DimensionIdSchema, termId: termIdText, labels: LabelsInput }).strict(),
  z.object({ op: z.literal('retire'), dimension: DimensionIdSchema, termId: termIdText, retired: z.boolean() }).strict(),
  z.object({ op: z.literal('reorder'), dimension: DimensionIdSchema, orderedIds: z.array(termIdText).min(1).max(MAX_TERMS_PER_DIMENSION) }).strict(),
]);
export type TaxonomyChange = z.infer<typeof TaxonomyChangeSchema>;

/** `taxonomy/save`: the changes, in order, on top of the version the admin loaded (a newer one → CONFLICT). */
export const TaxonomySavePayload = z.object({ expectedVersion: version, changes: z.array(TaxonomyChangeSchema).min(1).max(100) }).strict();
export interface TaxonomySaveResult {
  taxonomy: Taxonomy;
}

// ---- admin: use-case catalogue ----

/** `use-cases/save`: create (`isNew`, the id must be free) or edit one use case. */
export const UseCaseSavePayload = z.object({ expectedVersion: version, isNew: z.boolean(), useCase: UseCaseSchema }).strict();
export const UseCaseRetirePayload = z.object({ expectedVersion: version, useCaseId: UseCaseIdSchema, retired: z.boolean() }).strict();

/** The CSV import takes at most this many characters (well under the bridge's 500 KB request limit). */
export const MAX_CSV_CHARS = 400_000;
/** `use-cases/import`: a CSV in the documented columns; rows update use cases with the same id and add new ones. */
export const UseCaseImportPayload = z.object({ expectedVersion: version, csv: z.string().min(1, 'the file is empty').max(MAX_CSV_CHARS) }).strict();

/** One problem of an import: the spreadsheet row (the header is row 1) and column it is about, as a coded error. */
export interface CsvProblem {
  row: number;
  column: string;
  error: AppError;
}
/** All or nothing: either every row was imported, or none was and each problem is named. */
export type UseCaseImportResult =
  | { imported: true; added: number; updated: number; catalogue: UseCaseCatalogueView }
  | { imported: false; problems: CsvProblem[] };

export interface UseCaseExportResult {
  fileName: string;
  csv: string;
}
