import type { Submission } from '../../domain/round-table/submission';
import type { AppEntities } from '../../platform/app-entities';
import { readSubmission, replaceSubmission } from './submission-store';

const ATTEMPTS = 5;

/**
 * For the meeting service, when a decision answers submissions: each gets the decision's id and the status
 * `discussed` (a merged one keeps pointing at its original). Compare-and-set on each submission's rev, retried when a
 * manager triaged it at the same moment, so neither change is lost. Returns the ids that do not exist.
 */
export async function markAnswered(entities: AppEntities, submissionIds: readonly string[], decisionId: string): Promise<string[]> {
  const unknown: string[] = [];
  for (const id of new Set(submissionIds)) {
    if (!(await answerOne(entities, id, decisionId))) unknown.push(id);
  }
  return unknown;
}

async function answerOne(entities: AppEntities, id: string, decisionId: string): Promise<boolean> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const current = await readSubmission(entities, id);
    if (!current) return false;
    if (current.decisionIds.includes(decisionId)) return true;
    const next: Submission = {
      ...current,
      status: current.status === 'merged' ? 'merged' : 'discussed',
      decisionIds: [...current.decisionIds, decisionId].slice(-50),
      rev: current.rev + 1,
    };
    if (await replaceSubmission(entities, next, current.rev)) return true;
  }
  throw new Error(`submission ${id}: ${ATTEMPTS} concurrent changes in a row overtook recording decision ${decisionId}`);
}
