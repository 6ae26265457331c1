import { z } from 'zod';

/**
 * Ids are data, never property names. Term, use-case and stream ids, Jira project keys and issue type names come
 * from people: as the key of a plain object, `constructor` or `toString` finds a member of Object.prototype instead
 * of nothing, and assigning `__proto__` replaces the prototype. So a record keyed by such strings is a Map, or — where
 * it must cross JSON (storage, the bridge) — a null-prototype record built with `idRecord` and read with `ownValue`.
 */

/** A record keyed by data. Built by `idRecord` it has no prototype, so every key, `__proto__` included, is just a key. */
export type IdRecord<K extends string, V> = Record<K, V>;

export function idRecord<K extends string, V>(entries: Iterable<readonly [K, V]> = []): IdRecord<K, V> {
  const record = Object.create(null) as IdRecord<K, V>;
  // Without a prototype there is no `__proto__` setter: the assignment creates an own property like any other key.
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/**
 * The value stored under `key` in the record itself; never a member inherited from a prototype. Safe on any record,
 * including one that crossed JSON and came back as a plain object.
 */
export function ownValue<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy of the record with one entry set; without prototype like every record this module builds. */
export function withOwnValue<K extends string, V>(record: Readonly<Record<K, V>>, key: K, value: V): IdRecord<K, V> {
  return idRecord<K, V>([...(Object.entries(record) as Array<[K, V]>), [key, value]]);
}

/** The entry of a Map under `key`, added by `create` first when missing. */
export function entryOf<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const created = create();
  map.set(key, created);
  return created;
}

const jsonObject = z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  message: 'expected an object',
});

/**
 * A JSON object keyed by data, parsed into a null-prototype record with every key and value checked. Unlike
 * `z.record` — zod 4 silently drops a `__proto__` key and builds a plain object, whose `constructor` is Object's —
 * this reads the object's own entries only and keeps every one of them as data.
 */
export function idRecordSchema<K extends string, V extends z.ZodType>(keySchema: z.ZodType<K>, valueSchema: V) {
  return jsonObject.transform((input, ctx) => {
    const entries: Array<[K, z.output<V>]> = [];
    for (const [key, raw] of Object.entries(input)) {
      const parsedKey = keySchema.safeParse(key);
      if (!parsedKey.success) {
        ctx.addIssue({ code: 'custom', path: [key], message: parsedKey.error.issues[0]?.message ?? 'invalid key', input: key });
        continue;
      }
      const parsedValue = valueSchema.safeParse(raw);
      if (!parsedValue.success) {
        for (const issue of parsedValue.error.issues) ctx.addIssue({ code: 'custom', path: [key, ...issue.path], message: issue.message, input: raw });
        continue;
      }
      entries.push([parsedKey.data, parsedValue.data]);
    }
    return idRecord(entries);
  });
}
