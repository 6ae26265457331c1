/** Platform limits of the key-value store (docs/forge-platform.md §4), enforced so a local run fails where Forge would. */
import { badRequest, KvsError } from './errors';

export const MAX_KEY_LENGTH = 500;
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_DEPTH = 31;
export const MAX_QUERY_LIMIT = 20;
export const DEFAULT_QUERY_LIMIT = 10;
export const MAX_ENTITY_QUERY_LIMIT = 100;
export const MAX_BATCH_ITEMS = 25;
export const MAX_TRANSACTION_OPS = 25;
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

// Letters, digits, ':', '.', '_', whitespace, '-', '#'; not whitespace only.
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s#-]+$/;

export function validateKey(key: string): void {
  if (key.length === 0) throw badRequest('The key must not be empty', 'KEY_TOO_SHORT');
  if (key.length > MAX_KEY_LENGTH) throw badRequest(`The key exceeds ${MAX_KEY_LENGTH} characters`, 'KEY_TOO_LONG');
  if (!KEY_PATTERN.test(key)) throw badRequest(`The key '${key}' does not match ${KEY_PATTERN.source}`, 'INVALID_KEY');
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

export function validateValue(value: unknown): void {
  if (value === undefined) throw badRequest('A value is required', 'INVALID_VALUE');
  const bytes = Buffer.byteLength(JSON.stringify(value));
  if (bytes > MAX_VALUE_BYTES) throw new KvsError(400, 'MAX_SIZE', `The value is ${bytes} bytes; the maximum is ${MAX_VALUE_BYTES}`);
  if (depthOf(value) > MAX_DEPTH) throw new KvsError(400, 'MAX_DEPTH', `The value is nested deeper than ${MAX_DEPTH} levels`);
}

export function validateRequestSize(body: string): void {
  if (Buffer.byteLength(body) > MAX_REQUEST_BYTES) throw new KvsError(413, 'PAYLOAD_TOO_LARGE', `The request exceeds ${MAX_REQUEST_BYTES} bytes`);
}
