import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AppStore } from '../../platform/app-store';

const KEY = 'redaction-key';
const StoredKeySchema = z.object({ secret: z.string().regex(/^[0-9a-f]{64}$/) });

/**
 * The installation's secret for opaque ids when the snapshot does not carry one yet (one written before it did),
 * made on first use. A plain hash of "DAT-1->REG-1" could be reversed by
 * trying the keys of a hidden project one by one; a keyed hash cannot. Two first uses at the same moment may each
 * store a secret: the last one wins and ids change once, which costs nothing but a re-render.
 */
export async function loadSecret(store: AppStore): Promise<string> {
  const stored = StoredKeySchema.safeParse(await store.get(KEY));
  if (stored.success) return stored.data.secret;
  const secret = randomBytes(32).toString('hex');
  await store.set(KEY, { secret });
  return secret;
}

/** Turns a dependency's internal id (which names both issue keys) into one that names nothing. */
export type OpaqueIds = (internalId: string) => string;

/**
 * Opaque ids for one viewer: stable across loads and snapshots (the same dependency keeps its id, so a link or a
 * selection survives a refresh), different between viewers, and free of any issue key.
 */
export function opaqueIdsFor(secret: string, accountId: string): OpaqueIds {
  const cache = new Map<string, string>();
  return (internalId) => {
    let id = cache.get(internalId);
    if (id === undefined) {
      id = `dep-${createHmac('sha256', secret).update(accountId).update('\u0000').update(internalId).digest('base64url').slice(0, 16)}`;
      cache.set(internalId, id);
    }
    return id;
  };
}
