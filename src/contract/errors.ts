import { z } from 'zod';

/**
 * Stable error codes that cross the bridge; `static/` owns the English and German words for each.
 * A code never changes meaning; parameters say which field, issue or permission is concerned.
 */
export const ERROR_CODES = [
  'INVALID_PAYLOAD',
  'STORED_DATA_INVALID',
  'PERMISSION_DENIED',
  /** The admin page's resolvers: the caller lacks Administer Jira. */
  'ADMIN_REQUIRED',
  'NOT_FOUND',
  /** Someone saved in between: params.currentVersion says what is stored now. */
  'CONFLICT',
  /** A stream's JQL was refused by Jira: params.streamId (or ''), params.message (Jira's words). */
  'JQL_INVALID',
  /** The programme has no streams yet. */
  'NOT_CONFIGURED',
  'JIRA_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const AppErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** The payload field or stored record the error is about, as a dotted path. */
  field: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type AppError = z.infer<typeof AppErrorSchema>;

/** What every resolver returns: data, or a coded error the UI can put into words. */
export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: AppError };
