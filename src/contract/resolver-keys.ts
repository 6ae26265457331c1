import { z } from 'zod';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import type { IssueJourneyView } from '../services/load-issue-journey';
import {
  DependencyCreatePayload, DependencyRemovePayload, IssueDependenciesPayload, JqlCheckPayload, ProgrammeLoadPayload, SettingsSavePayload,
  type IssueDependenciesView, type JqlCheckResult, type ProgrammeSettings, type ProgrammeView, type SettingsView,
} from './programme';

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
  'programme/load': { payload: ProgrammeLoadPayload, result: null as unknown as ProgrammeView },
  'programme/refresh': { payload: z.object({}).strict(), result: null as unknown as { queued: boolean } },
  'dependency/create': { payload: DependencyCreatePayload, result: null as unknown as { created: true } },
  'dependency/remove': { payload: DependencyRemovePayload, result: null as unknown as { removed: true } },
  'issue/dependencies': { payload: IssueDependenciesPayload, result: null as unknown as IssueDependenciesView },
  // Admin page only: served by the `admin-resolver` function, which checks Administer Jira on the server.
  'settings/get': { payload: z.object({}).strict(), result: null as unknown as SettingsView },
  'settings/save': { payload: SettingsSavePayload, result: null as unknown as { settings: ProgrammeSettings } },
  'settings/check-jql': { payload: JqlCheckPayload, result: null as unknown as JqlCheckResult },
} as const;

export type ResolverKey = keyof typeof RESOLVERS;
export type ResolverPayload<K extends ResolverKey> = z.infer<(typeof RESOLVERS)[K]['payload']>;
export type ResolverData<K extends ResolverKey> = (typeof RESOLVERS)[K]['result'];
