import type { AppError } from '../../../../../src/contract/errors';
import type { StreamDraft } from './stream-draft';

/** What the page does with a refused save: each code has its own place on the page. */
export type SaveRefusal =
  | { kind: 'conflict'; error: AppError }
  | { kind: 'admin-required' }
  | { kind: 'jql'; streamKey: string | null; jql: string; message: string; error: AppError }
  | { kind: 'other'; error: AppError };

/** Maps a coded error of `settings/save` to where it is shown; `JQL_INVALID` names the stream by its id. */
export function refusalOf(error: AppError, streams: readonly StreamDraft[]): SaveRefusal {
  if (error.code === 'CONFLICT') return { kind: 'conflict', error };
  if (error.code === 'ADMIN_REQUIRED') return { kind: 'admin-required' };
  if (error.code === 'JQL_INVALID') {
    const stream = streams.find((s) => s.id === String(error.params.streamId ?? ''));
    return { kind: 'jql', streamKey: stream?.key ?? null, jql: stream?.jql ?? '', message: String(error.params.message ?? ''), error };
  }
  return { kind: 'other', error };
}
