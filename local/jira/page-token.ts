/**
 * `nextPageToken` for the enhanced search: opaque, signed (tamper-evident), bound to the JQL that produced
 * it and valid for 7 days like Jira's. It carries the sort key of the last issue served (keyset paging), so
 * issues created or deleted between pages are never served twice and never shift the remaining ones.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { addDays, isAfter } from 'date-fns';
import { badRequest } from './errors';

export type SortValue = string | number | null;

export interface PageTokenCodec {
  encode(jql: string, after: SortValue[], now: Date): string;
  /** The sort key to continue after; throws 400 for a malformed, tampered, foreign or expired token. */
  decode(token: string, jql: string, now: Date): SortValue[];
}

const TOKEN_LIFETIME_DAYS = 7;

export function createPageTokenCodec(secret: Buffer = randomBytes(32)): PageTokenCodec {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 22);
  return {
    encode(jql, after, now) {
      const payload = Buffer.from(JSON.stringify({ q: digest(jql), a: after, t: now.getTime() })).toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    decode(token, jql, now) {
      const [payload, signature, extra] = token.split('.');
      if (!payload || !signature || extra !== undefined || !sameText(signature, sign(payload))) throw invalidToken();
      const decoded = parse(Buffer.from(payload, 'base64url').toString('utf8'));
      if (!decoded || decoded.q !== digest(jql)) throw invalidToken();
      if (isAfter(now, addDays(new Date(decoded.t), TOKEN_LIFETIME_DAYS))) throw invalidToken();
      return decoded.a;
    },
  };
}

export function invalidToken() {
  return badRequest('The provided next page token is invalid or expired.');
}

function digest(jql: string): string {
  return createHash('sha256').update(jql.trim()).digest('base64url').slice(0, 16);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function parse(text: string): { q: string; a: SortValue[]; t: number } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    const validKey = Array.isArray(record.a) && record.a.every((v) => v === null || typeof v === 'string' || typeof v === 'number');
    if (typeof record.q !== 'string' || typeof record.t !== 'number' || !validKey) return undefined;
    return { q: record.q, a: record.a as SortValue[], t: record.t };
  } catch {
    return undefined;
  }
}
