import { randomBytes } from 'node:crypto';
import { emptyTags, uniqueInOrder, validateTagChange, type TagError } from '../../domain';
import type { SubmissionInput, Submission } from '../../domain/round-table/submission';
import type { AppEntities } from '../../platform/app-entities';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';
import { loadTaxonomy } from '../load-taxonomy';
import { loadStoredSettings } from '../settings/stored-settings';
import { loadCatalogue } from '../use-cases/catalogue-store';
import { requireSeries } from './series-store';
import { SUBMISSION_ENTITY, toEntity } from './submission-store';

/** Ten hex digits: a collision is rare, and the store's FAIL_IF_EXISTS turns even that into a new id, never an overwrite. */
const newSubmissionId = () => `s-${randomBytes(5).toString('hex')}`;
const ID_ATTEMPTS = 3;

/** A term or use case the taxonomy or catalogue does not have (or has retired): its code, naming the list entry. */
function tagFailure(error: TagError, input: SubmissionInput): AppFailure {
  if (error.code === 'USE_CASE_UNKNOWN' || error.code === 'USE_CASE_RETIRED') {
    return new AppFailure({ code: error.code, field: `input.useCases.${input.useCases.findIndex((id) => id === error.useCaseId)}`, params: { useCaseId: error.useCaseId } });
  }
  return new AppFailure({ code: error.code, field: `input.touchpoints.${input.touchpoints.findIndex((id) => id === error.termId)}`, params: { dimension: error.dimension, termId: error.termId } });
}

/**
 * Touchpoints and use cases must exist and be active in the taxonomy and catalogue, the stream in the programme's
 * settings. Issue keys are kept as given: what a viewer sees of them is decided by their own rights when shown.
 */
async function checkReferences(store: AppStore, input: SubmissionInput): Promise<void> {
  if (input.touchpoints.length > 0 || input.useCases.length > 0) {
    const [{ taxonomy }, catalogue] = await Promise.all([loadTaxonomy(store), input.useCases.length > 0 ? loadCatalogue(store) : null]);
    const wanted = { ...emptyTags(), touchpoint: input.touchpoints, useCase: input.useCases };
    const error = validateTagChange(emptyTags(), wanted, taxonomy, catalogue?.useCases ?? [])[0];
    if (error) throw tagFailure(error, input);
  }
  if (input.streamId !== null) {
    const settings = await loadStoredSettings(store);
    if (!settings?.streams.some((stream) => stream.id === input.streamId)) {
      throw new AppFailure({ code: 'INVALID_PAYLOAD', field: 'input.streamId', params: { message: 'no stream of the programme has this id', streamId: input.streamId } });
    }
  }
}

/**
 * `submission/create` (anyone who may use the app): checked first, then stored as one new entity with status
 * `received`. Nothing is stored when any check fails.
 */
export async function createSubmission(store: AppStore, entities: AppEntities, accountId: string, input: SubmissionInput, now: Date): Promise<Submission> {
  const series = await requireSeries(store);
  await checkReferences(store, input);
  const base = {
    ...input,
    touchpoints: uniqueInOrder(input.touchpoints),
    useCases: uniqueInOrder(input.useCases),
    issueKeys: uniqueInOrder(input.issueKeys),
    seriesId: series.id,
    submittedBy: accountId,
    submittedAt: now.toISOString(),
    status: 'received' as const,
    meetingId: null,
    sectionId: null,
    mergedInto: null,
    declineReason: null,
    decisionIds: [],
    rev: 0,
  };
  for (let attempt = 1; attempt <= ID_ATTEMPTS; attempt++) {
    const submission: Submission = { ...base, id: newSubmissionId() };
    if (await entities.create(SUBMISSION_ENTITY, submission.id, toEntity(submission))) return submission;
  }
  throw new Error(`no free submission id after ${ID_ATTEMPTS} attempts`);
}
