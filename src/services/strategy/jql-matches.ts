import { z } from 'zod';

/**
 * The epics each node's JQL found, read as the app with the snapshot (strategy-jql.ts) and kept under one key:
 * `{ readAt, matches: [[nodeId, keys]], errors: [[nodeId, Jira's message]] }`. Ids are data: read into Maps.
 */
export const JQL_MATCHES_KEY = 'strategy:jql-matches';

export const StoredJqlMatchesSchema = z.object({
  readAt: z.string(),
  matches: z.array(z.tuple([z.string(), z.array(z.string())])),
  /** Nodes whose JQL Jira refused, with its words (shown in the editor). */
  errors: z.array(z.tuple([z.string(), z.string()])).default([]),
  /** Nodes whose JQL found more issues than were kept (the first ones are). */
  capped: z.array(z.string()).default([]),
});
export type StoredJqlMatches = z.infer<typeof StoredJqlMatchesSchema>;

export interface JqlMatches {
  readAt: string | null;
  /** node id → the keys its JQL found. */
  matches: ReadonlyMap<string, readonly string[]>;
  /** node id → Jira's words refusing its JQL. */
  errors: ReadonlyMap<string, string>;
  capped: ReadonlySet<string>;
}

export const NO_JQL_MATCHES: JqlMatches = { readAt: null, matches: new Map(), errors: new Map(), capped: new Set() };

/** A damaged record counts as never read: the next snapshot build writes it anew, and the tree still loads meanwhile. */
export function parseJqlMatches(raw: unknown): JqlMatches {
  const parsed = StoredJqlMatchesSchema.safeParse(raw);
  if (!parsed.success) return NO_JQL_MATCHES;
  return {
    readAt: parsed.data.readAt,
    matches: new Map(parsed.data.matches),
    errors: new Map(parsed.data.errors),
    capped: new Set(parsed.data.capped),
  };
}
