/**
 * Confluence's two error envelopes: v2 `{"errors":[{status,code,title,detail}]}` and the v1
 * `{statusCode,data,message,reason}` shape. Route code throws `ConfluenceError`; the app's error
 * handler picks the envelope from the request path, so a route never formats errors itself.
 */
import type { ZodError } from 'zod';

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 500;

const REASONS: Record<ErrorStatus, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

const V2_CODES: Record<ErrorStatus, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'REQUEST_ENTITY_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  500: 'INTERNAL_SERVER_ERROR',
};

export class ConfluenceError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly title: string,
    readonly detail: string | null = null,
    readonly code: string = V2_CODES[status],
  ) {
    super(title);
  }
}

export const notFound = (what = 'The requested resource was not found or you do not have permission to view it.') =>
  new ConfluenceError(404, what);

export const badRequest = (title: string, detail: string | null = null) => new ConfluenceError(400, title, detail);

/** Query-parameter problems use Confluence's INVALID_REQUEST_PARAMETER code. */
export const invalidParameter = (name: string, expected: string, detail: string | null = null) =>
  new ConfluenceError(400, `Provided value for '${name}' is not the correct type. Expected type is ${expected}.`, detail, 'INVALID_REQUEST_PARAMETER');

/** A zod failure on a request body, naming each offending field. */
export function invalidBody(error: ZodError): ConfluenceError {
  const detail = error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');
  return new ConfluenceError(400, `Invalid request body: ${detail}`, detail, 'INVALID_REQUEST_PARAMETER');
}

export function v2ErrorBody(error: ConfluenceError) {
  return { errors: [{ status: error.status, code: error.code, title: error.title, detail: error.detail }] };
}

export function v1ErrorBody(error: ConfluenceError) {
  return {
    statusCode: error.status,
    data: { authorized: error.status !== 401 && error.status !== 403, valid: error.status !== 400, errors: [], successful: false },
    message: error.detail ? `${error.title}: ${error.detail}` : error.title,
    reason: REASONS[error.status],
  };
}
