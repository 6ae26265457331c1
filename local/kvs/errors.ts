/** Errors travel to @forge/kvs as a non-2xx response with a `{code, message}` body; the SDK turns it into ForgeKvsAPIError. */
export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KvsError';
  }
}

/** The SDK maps exactly this code to `undefined` for get and to a no-op for delete. */
export const keyNotFound = (key: string): KvsError => new KvsError(404, 'KEY_NOT_FOUND', `The key '${key}' was not found`);

export const badRequest = (message: string, code = 'BAD_REQUEST'): KvsError => new KvsError(400, code, message);

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function errorResponse(error: KvsError): Response {
  return jsonResponse(error.status, { code: error.code, message: error.message });
}
