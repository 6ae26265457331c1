/** The persisted shape of the emulated key-value store: plain JSON so the site store can save and reload it. */
import { z } from 'zod';

export const storedItemSchema = z.object({
  value: z.unknown(),
  /** epoch milliseconds */
  createdAt: z.number(),
  updatedAt: z.number(),
  /** ISO instant after which the item no longer exists (set by a `ttl` option) */
  expireTime: z.string().optional(),
});
export type StoredItem = z.infer<typeof storedItemSchema>;

/** key → item */
export const tableSchema = z.record(z.string(), storedItemSchema);
export type Table = z.infer<typeof tableSchema>;

export const kvsStateSchema = z.object({
  kv: tableSchema,
  secrets: tableSchema,
  /** entity name → key → item */
  entities: z.record(z.string(), tableSchema),
});
export type KvsState = z.infer<typeof kvsStateSchema>;

export function emptyKvsState(): KvsState {
  return { kv: {}, secrets: {}, entities: {} };
}
