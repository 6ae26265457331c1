import type { Stream } from '../../domain';

/** A stream filter without its ORDER BY clause: the order of a stream's issues does not matter to membership. */
export function withoutOrderBy(jql: string): string {
  return jql.replace(/\s+order\s+by\s+[\s\S]*$/i, '').trim();
}

const KEY = '"?([A-Za-z][A-Za-z0-9_]*)"?';
const EQUALS = new RegExp(`^project\\s*=\\s*${KEY}$`, 'i');
const IN_LIST = /^project\s+in\s*\(([^()]*)\)$/i;

/**
 * The project keys of a stream whose filter is only `project = KEY` or `project in (A, B)` (the usual case),
 * or null for any other filter. Such streams are read together in one search and assigned by the project field;
 * every other filter is searched as written.
 */
export function simpleProjectKeys(jql: string): string[] | null {
  const text = withoutOrderBy(jql);
  const single = EQUALS.exec(text);
  if (single?.[1]) return [single[1].toUpperCase()];
  const list = IN_LIST.exec(text);
  if (!list?.[1]) return null;
  const keys = list[1].split(',').map((part) => part.trim().replace(/^"|"$/g, ''));
  return keys.every((key) => /^[A-Za-z][A-Za-z0-9_]*$/.test(key)) ? keys.map((key) => key.toUpperCase()) : null;
}

/**
 * The first stream, in settings order, that holds an issue: by project for simple streams, by the search results
 * (`matched`) for the others.
 */
export function firstStreamOf(streams: readonly Stream[], projectKey: string, issueKey: string, matched: ReadonlyMap<string, ReadonlySet<string>>): Stream | null {
  for (const stream of streams) {
    const keys = simpleProjectKeys(stream.jql);
    if (keys ? keys.includes(projectKey.toUpperCase()) : matched.get(stream.id)?.has(issueKey)) return stream;
  }
  return null;
}
