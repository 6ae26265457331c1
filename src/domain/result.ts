/** The outcome of a domain operation that can be refused: the new value, or every reason it was refused. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E[] };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E>(errors: E[]): { ok: false; errors: E[] } {
  return { ok: false, errors };
}
