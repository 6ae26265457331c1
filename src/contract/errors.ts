import { z } from 'zod';

/**
 * Stable error codes that cross the bridge; `static/` owns the English and German words for each.
 * A code never changes meaning; parameters say which field, issue or permission is concerned.
 */
export const ERROR_CODES = [
  /** A payload failed its schema: field = the path; params = the zod issue as data (issue, origin, minimum, maximum, expected, format, values, message), see `validationIssueParams`. */
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
  /** Jira refused the request as invalid (a 400): params.message carries Jira's own words. */
  'JIRA_REJECTED',
  /**
   * Jira refused for its rate limits and waiting would not fit in the invocation (or the hourly quota is spent):
   * params.retryAfterSeconds (when to try again), params.reason (Jira's RateLimit-Reason, when it gave one).
   */
  'RATE_LIMITED',
  /** The resolver was invoked without a signed-in user (an anonymous or app-only invocation). */
  'SIGN_IN_REQUIRED',
  /** Only the programme's stream owners and Jira admins may do this (e.g. queue a full rebuild). */
  'PROGRAMME_MANAGER_REQUIRED',
  // Journey tagging (issue #5). Params name the dimension ('touchpoint' …), termId, useCaseId, language ('en'|'de').
  /** A tag or use case names a term the taxonomy does not have: params.dimension, params.termId. */
  'TERM_UNKNOWN',
  /** A retired term cannot be newly added (it stays on issues that have it): params.dimension, params.termId. */
  'TERM_RETIRED',
  /** A new term's id is not lowercase letters, digits and dashes: params.dimension, params.termId. */
  'TERM_ID_INVALID',
  'TERM_ID_TAKEN',
  /**
   * A new term's id names a member every JavaScript object has (`constructor`, `prototype`, `toString` …,
   * case-insensitively): params.dimension, params.termId.
   */
  'TERM_ID_RESERVED',
  /** params.dimension, params.termId, params.language. */
  'LABEL_EMPTY',
  /** Another active term of the dimension has this label: params.dimension, params.termId, params.language, params.label. */
  'LABEL_TAKEN',
  /** A new lifecycle stage needs the phase it falls into: params.termId. */
  'PHASE_REQUIRED',
  'PHASE_UNKNOWN',
  /** A reorder must name every term of the dimension exactly once: params.dimension. */
  'REORDER_MISMATCH',
  'USE_CASE_UNKNOWN',
  /** A retired use case cannot be newly tagged: params.useCaseId. */
  'USE_CASE_RETIRED',
  'USE_CASE_ID_TAKEN',
  /** A new use case's id names a member every JavaScript object has, case-insensitively: params.useCaseId. */
  'USE_CASE_ID_RESERVED',
  /** A new stream's id names a member every JavaScript object has: params.streamId; field = settings.streams.<i>.id. */
  'STREAM_ID_RESERVED',
  /** A use case names an unknown term: params.useCaseId, params.dimension, params.termId; field = the use-case field. */
  'USE_CASE_TERM_UNKNOWN',
  /** The CSV could not be read at all: params.message. */
  'CSV_UNREADABLE',
  /** A documented column is missing from the header: params.column. */
  'CSV_COLUMN_MISSING',
  /** A cell's value is not acceptable: params = the zod issue as data, as for INVALID_PAYLOAD. */
  'CSV_VALUE_INVALID',
  /** The CSV has a header but no rows. */
  'CSV_EMPTY',
  /** A bulk action selected more issues than one action may tag: params.limit. */
  'BULK_TOO_MANY',
  // Strategy tree (issue #10): params.nodeId, and params.parentId / params.currentRev where named.
  'STRATEGY_NODE_UNKNOWN',
  'STRATEGY_NODE_ID_TAKEN',
  'STRATEGY_PARENT_UNKNOWN',
  /** A move would put the node under itself or one of its descendants: params.nodeId, params.parentId. */
  'STRATEGY_MOVE_CYCLE',
  /** Someone changed the node since it was loaded: params.nodeId, params.currentRev. */
  'STRATEGY_NODE_CHANGED',
  'STRATEGY_TREE_FULL',
  // Publishing to Confluence (issue #10).
  /** No Confluence space is chosen yet (admin page, Publishing). */
  'PUBLISHING_NOT_CONFIGURED',
  /** Confluence refused or could not be reached: params.status, params.message (Confluence's words). */
  'CONFLUENCE_UNAVAILABLE',
  'CONFLUENCE_REJECTED',
  /**
   * The publishing target cannot be used: params.problem is SPACE_NOT_FOUND, PARENT_NOT_FOUND, PARENT_IN_OTHER_SPACE or
   * NO_WRITE_PERMISSION (as `publishing/check-target` names it), params.spaceKey.
   */
  'PUBLISHING_TARGET_INVALID',
  // The round table (issue #11).
  /** No round-table series is set up yet (a programme manager does it on the Round table tab). */
  'SERIES_NOT_CONFIGURED',
  /** params.submissionId / params.meetingId / params.decisionId / params.sectionId: it does not exist (or not for you). */
  'SUBMISSION_UNKNOWN',
  'MEETING_UNKNOWN',
  'DECISION_UNKNOWN',
  'SECTION_UNKNOWN',
  /** Someone triaged or edited it in the meantime: params.currentRev. */
  'SUBMISSION_CHANGED',
  'MEETING_CHANGED',
  /** A submission cannot be merged into itself or into one merged elsewhere: params.submissionId. */
  'MERGE_INVALID',
  /** Jira refused to create the follow-up issue as the user: params.projectKey, params.message (Jira's words). */
  'FOLLOW_UP_REFUSED',
  // What if it slips (issue #12).
  /** The programme has not been read from Jira yet (the first snapshot is being built). */
  'SNAPSHOT_NOT_READY',
  /** The issue asked about is in no stream's snapshot (or came after the last refresh): params.issueKey. */
  'EPIC_NOT_IN_PROGRAMME',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a coded error may carry: a path, a few named parameters, and Jira's or zod's words cut to a readable length. */
export const MAX_ERROR_FIELD_CHARS = 500;
export const MAX_ERROR_PARAMS = 20;
export const MAX_ERROR_PARAM_NAME_CHARS = 64;
export const MAX_ERROR_PARAM_CHARS = 2000;

export const AppErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** The payload field or stored record the error is about, as a dotted path. */
  field: z.string().max(MAX_ERROR_FIELD_CHARS).optional(),
  params: z
    .record(z.string().max(MAX_ERROR_PARAM_NAME_CHARS), z.union([z.string().max(MAX_ERROR_PARAM_CHARS), z.number()]))
    .refine((params) => Object.keys(params).length <= MAX_ERROR_PARAMS, `at most ${MAX_ERROR_PARAMS} parameters`)
    .default({}),
});
export type AppError = z.infer<typeof AppErrorSchema>;

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The error held to AppErrorSchema's bounds: long texts (a Jira message, a path into a big payload) are cut, surplus
 * parameters dropped. Every coded error passes through here on its way to the UI.
 */
export function boundedAppError(error: AppError): AppError {
  const params = Object.entries(error.params)
    .filter(([name]) => name.length <= MAX_ERROR_PARAM_NAME_CHARS)
    .slice(0, MAX_ERROR_PARAMS)
    .map(([name, value]) => [name, typeof value === 'string' ? cut(value, MAX_ERROR_PARAM_CHARS) : value] as const);
  return {
    code: error.code,
    ...(error.field === undefined ? {} : { field: cut(error.field, MAX_ERROR_FIELD_CHARS) }),
    params: Object.fromEntries(params),
  };
}

/** What every resolver returns: data, or a coded error the UI can put into words. */
export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: AppError };
