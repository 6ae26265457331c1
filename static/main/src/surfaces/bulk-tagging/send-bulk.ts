import type { AppError, ResolverResult } from '../../../../../src/contract/errors';
import type { TagsBulkResult } from '../../../../../src/contract/journey';
import type { ResolverPayload } from '../../../../../src/contract/resolver-keys';
import { call } from '../../api';

/** Sends one bulk change; a call that never got an answer reads as Jira being unavailable, in the user's words. */
export async function sendBulk(payload: ResolverPayload<'tags/bulk'>): Promise<ResolverResult<TagsBulkResult>> {
  try {
    return await call('tags/bulk', payload);
  } catch (error) {
    const failure: AppError = { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } };
    return { ok: false, error: failure };
  }
}
