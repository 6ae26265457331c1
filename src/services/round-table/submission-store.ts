import { SubmissionSchema, type Submission } from '../../domain/round-table/submission';
import { EntityCursorRefused, MAX_ENTITY_PAGE, type AppEntities, type EntityCondition, type EntityScalar } from '../../platform/app-entities';
import { AppFailure } from '../errors';

/** The custom entity declared in manifest.yml (`app.storage.entities`), keyed by the submission's id. */
export const SUBMISSION_ENTITY = 'submission';

/** The indexes manifest.yml declares on it; each sorts by `submittedAt` (ISO text, so newest first is a DESC sort). */
export type SubmissionIndex = 'by-series' | 'by-status' | 'by-meeting' | 'by-submitter' | 'by-merged-into';

/**
 * The stored form: the submission without its null fields. An attribute that is absent keeps the record out of the
 * index built on it (a received submission is in no meeting's partition), and the schema's defaults restore the nulls.
 */
export function toEntity(submission: Submission): Record<string, unknown> {
  return Object.fromEntries(Object.entries(submission).filter(([, value]) => value !== null));
}

export function fromEntity(key: string, raw: unknown): Submission {
  const parsed = SubmissionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure({ code: 'STORED_DATA_INVALID', field: [SUBMISSION_ENTITY, key, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
  }
  return parsed.data;
}

export async function readSubmission(entities: AppEntities, id: string): Promise<Submission | null> {
  const raw = await entities.get(SUBMISSION_ENTITY, id);
  return raw === undefined ? null : fromEntity(id, raw);
}

export async function requireSubmission(entities: AppEntities, id: string): Promise<Submission> {
  const submission = await readSubmission(entities, id);
  if (!submission) throw new AppFailure({ code: 'SUBMISSION_UNKNOWN', params: { submissionId: id } });
  return submission;
}

/**
 * Replaces the submission when its stored `rev` is still `baseRev` (one storage transaction); `checks` are conditions
 * other submissions must still meet. False when someone changed either in the meantime: nothing was written.
 */
export function replaceSubmission(entities: AppEntities, next: Submission, baseRev: number, checks: ReadonlyArray<{ key: string; when: EntityCondition[] }> = []): Promise<boolean> {
  return entities.replaceWhen(SUBMISSION_ENTITY, next.id, toEntity(next), [{ attribute: 'rev', equals: baseRev }], checks);
}

export interface SubmissionPage {
  submissions: Submission[];
  nextCursor: string | null;
}

/** One page of an index, newest first. A cursor the store refuses is the caller's: INVALID_PAYLOAD naming `cursor`. */
export async function querySubmissions(
  entities: AppEntities,
  index: SubmissionIndex,
  partition: EntityScalar[],
  options: { filters?: EntityCondition[]; cursor?: string; limit?: number } = {},
): Promise<SubmissionPage> {
  try {
    const page = await entities.query(SUBMISSION_ENTITY, { index, partition, filters: options.filters, newestFirst: true, limit: options.limit ?? MAX_ENTITY_PAGE, cursor: options.cursor });
    return { submissions: page.results.map((result) => fromEntity(result.key, result.value)), nextCursor: page.nextCursor };
  } catch (error) {
    if (error instanceof EntityCursorRefused) throw new AppFailure({ code: 'INVALID_PAYLOAD', field: 'cursor', params: { message: 'the list changed or the cursor is not valid: load the list again' } });
    throw error;
  }
}

/** Every record of a partition, page by page, up to `max` (a bound, so a call stays within the invocation's time). */
export async function allSubmissions(entities: AppEntities, index: SubmissionIndex, partition: EntityScalar[], max: number, filters?: EntityCondition[]): Promise<Submission[]> {
  const found: Submission[] = [];
  let cursor: string | undefined;
  do {
    const page = await querySubmissions(entities, index, partition, { filters, cursor });
    found.push(...page.submissions);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && found.length < max);
  return found.slice(0, max);
}
