/**
 * React state keyed by ids (term, use-case and stream ids are data, never property names) lives in Maps; these give
 * the new Map React needs to notice a change, leaving the old one untouched.
 */
export function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
  return new Map(map).set(key, value);
}

export function withoutEntry<K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}
