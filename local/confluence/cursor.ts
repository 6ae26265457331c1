/**
 * Opaque, tamper-evident cursors bound to the query that produced them. A cursor carries the sort
 * key of the last item served (keyset paging, so deletes between pages never repeat or skip an item)
 * plus a digest of the path and every other query parameter, and is signed with a per-emulator secret.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { invalidParameter } from './errors';

export type SortKey = Array<string | number>;

export interface CursorCodec {
  encode(url: URL, after: SortKey): string;
  /** The sort key to continue after, or undefined on the first page; throws 400 on a bad cursor. */
  decode(url: URL): SortKey | undefined;
}

const BAD_CURSOR_DETAIL = 'The provided cursor was not valid. Cursors are opaque: follow _links.next or the Link header verbatim.';

export function createCursorCodec(secret: Buffer = randomBytes(32)): CursorCodec {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    encode(url, after) {
      const payload = Buffer.from(JSON.stringify({ q: queryDigest(url), a: after })).toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    decode(url) {
      const cursors = url.searchParams.getAll('cursor');
      if (cursors.length === 0) return undefined;
      const [cursor] = cursors;
      if (cursors.length > 1 || !cursor) throw badCursor();
      const [payload, signature, extra] = cursor.split('.');
      if (!payload || !signature || extra !== undefined || !sameText(signature, sign(payload))) throw badCursor();
      const decoded = parseJson(Buffer.from(payload, 'base64url').toString('utf8'));
      if (!isCursorPayload(decoded) || decoded.q !== queryDigest(url)) throw badCursor();
      return decoded.a;
    },
  };
}

function badCursor() {
  return invalidParameter('cursor', 'Cursor', BAD_CURSOR_DETAIL);
}

/** Digest of path + all parameters except the cursor, order-insensitive. */
function queryDigest(url: URL): string {
  const params = [...url.searchParams.entries()]
    .filter(([name]) => name !== 'cursor')
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  return createHash('sha256').update(`${url.pathname}?${params.join('&')}`).digest('base64url').slice(0, 22);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function isCursorPayload(value: unknown): value is { q: string; a: SortKey } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.q === 'string' &&
    Array.isArray(record.a) &&
    record.a.every((part) => typeof part === 'string' || typeof part === 'number')
  );
}
