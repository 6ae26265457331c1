import { z } from 'zod';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import type { IssueJourneyView } from '../services/load-issue-journey';

/**
 * Resolver keys with their payload schemas and result types, shared by `src/resolvers` and `static/` so the
 * two sides cannot drift. Keys are namespaced `area/verb`.
 */
export const RESOLVERS = {
  'taxonomy/get': { payload: z.object({}).strict(), result: null as unknown as { taxonomy: Taxonomy; stored: boolean } },
  'journey/issue': {
    payload: z.object({ issueKey: z.string().regex(/^[A-Z][A-Z0-9_]*-[1-9]\d*$/, 'expected an issue key such as CRM-12') }).strict(),
    result: null as unknown as IssueJourneyView,
  },
} as const;

export type ResolverKey = keyof typeof RESOLVERS;
export type ResolverPayload<K extends ResolverKey> = z.infer<(typeof RESOLVERS)[K]['payload']>;
export type ResolverData<K extends ResolverKey> = (typeof RESOLVERS)[K]['result'];
