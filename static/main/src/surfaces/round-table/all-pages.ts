import type { ResolverResult } from '../../../../../src/contract/errors';

/** Enough for a long triage backlog; a list longer than this many pages says it shows only the newest. */
export const MAX_LIST_PAGES = 25;

export interface Page<T> {
  submissions: T[];
  nextCursor: string | null;
}

/**
 * Reads a paged list to its end (or MAX_LIST_PAGES), following each page's `nextCursor`. An item that moved between
 * pages while they were read is kept once, where it was first seen. The first refusal is the answer.
 */
export async function allPages<T extends { id: string }>(
  fetchPage: (cursor: string | undefined) => Promise<ResolverResult<Page<T>>>,
  maxPages = MAX_LIST_PAGES,
): Promise<ResolverResult<{ submissions: T[]; complete: boolean }>> {
  const seen = new Map<string, T>();
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await fetchPage(cursor);
    if (!answer.ok) return answer;
    for (const item of answer.data.submissions) if (!seen.has(item.id)) seen.set(item.id, item);
    if (answer.data.nextCursor === null) return { ok: true, data: { submissions: [...seen.values()], complete: true } };
    cursor = answer.data.nextCursor;
  }
  return { ok: true, data: { submissions: [...seen.values()], complete: false } };
}
