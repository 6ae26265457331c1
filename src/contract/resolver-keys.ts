import { z } from 'zod';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import type { IssueJourneyView } from '../services/load-issue-journey';
import { issueKeyField } from './bounds';
import { IssueSearchPayload, type IssueSearchResult } from './issue-search';
import {
  CoverageLoadPayload, DependencyCreatePayload, DependencyRemovePayload, IssueDependenciesPayload, JqlCheckPayload, ProgrammeLoadPayload, SettingsSavePayload,
  type CoverageView, type IssueDependenciesView, type JqlCheckResult, type ProgrammeSettings, type ProgrammeView, type SettingsView,
} from './programme';
import {
  TagsBulkPayload, TagsSavePayload, TaxonomySavePayload, UseCaseImportPayload, UseCaseRetirePayload, UseCaseSavePayload,
  type TagsBulkResult, type TagsSaveResult, type TaxonomySaveResult, type UseCaseCatalogueView, type UseCaseExportResult, type UseCaseImportResult,
} from './journey';
import type { MacroStatusView } from './macro';
import {
  MacroStatusPayload, PublishNowPayload, PublishingPagesPayload, PublishingSettingsSavePayload, PublishingTargetCheckPayload,
  type PublishReport, type PublishingChoices, type PublishingPageChoices, type PublishingSettings, type PublishingStatusView, type PublishingTargetCheck,
} from './publishing';
import {
  AgendaSavePayload, DecisionRecordPayload, FollowUpPayload, MeetingPayload, MeetingPublishPayload, NoteSavePayload, SeriesSavePayload, SubmissionCreatePayload,
  SubmissionListPayload, SubmissionTriagePayload, type DecisionLogView, type DecisionView, type MeetingView, type RoundTableOverview, type SubmissionView,
} from './round-table';
import type { Series } from '../domain/round-table/series';
import { StrategyEditPayload, StrategyLoadPayload, type StrategyEditResult, type StrategyView } from './strategy';
import { WhatIfPayload, type WhatIfView } from './what-if';

/**
 * Resolver keys with their payload schemas and result types, shared by `src/resolvers` and `static/` so the
 * two sides cannot drift. Keys are namespaced `area/verb`.
 */
export const RESOLVERS = {
  'taxonomy/get': { payload: z.object({}).strict(), result: null as unknown as { taxonomy: Taxonomy; stored: boolean } },
  'journey/issue': {
    payload: z.object({ issueKey: issueKeyField }).strict(),
    result: null as unknown as IssueJourneyView,
  },
  'programme/load': { payload: ProgrammeLoadPayload, result: null as unknown as ProgrammeView },
  'programme/refresh': { payload: z.object({}).strict(), result: null as unknown as { queued: boolean } },
  'dependency/create': { payload: DependencyCreatePayload, result: null as unknown as { created: true } },
  'dependency/remove': { payload: DependencyRemovePayload, result: null as unknown as { removed: true } },
  'issue/dependencies': { payload: IssueDependenciesPayload, result: null as unknown as IssueDependenciesView },
  // "What if it slips?" (issue #12): the knock-on of one epic's slip, from the snapshot, without changing Jira.
  'programme/what-if': { payload: WhatIfPayload, result: null as unknown as WhatIfView },
  'issue/search': { payload: IssueSearchPayload, result: null as unknown as IssueSearchResult },
  // Journey coverage (issue #5), the programme page's Coverage tab.
  'coverage/load': { payload: CoverageLoadPayload, result: null as unknown as CoverageView },
  // Admin page only: served by the `admin-resolver` function, which checks Administer Jira on the server.
  'admin/check': { payload: z.object({}).strict(), result: null as unknown as { admin: true } },
  'settings/get': { payload: z.object({}).strict(), result: null as unknown as SettingsView },
  'settings/save': { payload: SettingsSavePayload, result: null as unknown as { settings: ProgrammeSettings } },
  'settings/check-jql': { payload: JqlCheckPayload, result: null as unknown as JqlCheckResult },
  // Journey tagging (issue #5), user resolver.
  'tags/save': { payload: TagsSavePayload, result: null as unknown as TagsSaveResult },
  'tags/bulk': { payload: TagsBulkPayload, result: null as unknown as TagsBulkResult },
  'use-cases/list': { payload: z.object({}).strict(), result: null as unknown as UseCaseCatalogueView },
  // Journey tagging, admin function only (each checks Administer Jira on the server).
  'taxonomy/save': { payload: TaxonomySavePayload, result: null as unknown as TaxonomySaveResult },
  'use-cases/save': { payload: UseCaseSavePayload, result: null as unknown as UseCaseCatalogueView },
  'use-cases/retire': { payload: UseCaseRetirePayload, result: null as unknown as UseCaseCatalogueView },
  'use-cases/import': { payload: UseCaseImportPayload, result: null as unknown as UseCaseImportResult },
  'use-cases/export': { payload: z.object({}).strict(), result: null as unknown as UseCaseExportResult },
  // Strategy tree tab (issue #10), user resolver: everyone reads, programme managers edit (checked on the server).
  'strategy/load': { payload: StrategyLoadPayload, result: null as unknown as StrategyView },
  'strategy/edit': { payload: StrategyEditPayload, result: null as unknown as StrategyEditResult },
  // Publishing (issue #10), user resolver: the programme page's report; "Publish now" for programme managers.
  'publishing/status': { payload: z.object({}).strict(), result: null as unknown as PublishingStatusView },
  'publishing/publish-now': { payload: PublishNowPayload, result: null as unknown as { queued: boolean; report: PublishReport | null } },
  // Publishing settings, admin function only.
  'publishing/settings-get': { payload: z.object({}).strict(), result: null as unknown as { settings: PublishingSettings; choices: PublishingChoices } },
  'publishing/settings-save': { payload: PublishingSettingsSavePayload, result: null as unknown as { settings: PublishingSettings } },
  'publishing/check-target': { payload: PublishingTargetCheckPayload, result: null as unknown as PublishingTargetCheck },
  'publishing/pages': { payload: PublishingPagesPayload, result: null as unknown as PublishingPageChoices },
  // The live status macro in Confluence (issue #10).
  'status/macro': { payload: MacroStatusPayload, result: null as unknown as MacroStatusView },
  // The 360 round table (issue #11), user resolver. Anyone: overview, submit, their own submissions, the decision log.
  // Programme managers (checked on the server): the series, triage, agendas, minutes, decisions and follow-ups.
  'round-table/overview': { payload: z.object({}).strict(), result: null as unknown as RoundTableOverview },
  'round-table/series-save': { payload: SeriesSavePayload, result: null as unknown as { series: Series } },
  'submission/create': { payload: SubmissionCreatePayload, result: null as unknown as { submission: SubmissionView } },
  'submission/mine': { payload: z.object({}).strict(), result: null as unknown as { submissions: SubmissionView[] } },
  'submission/list': { payload: SubmissionListPayload, result: null as unknown as { submissions: SubmissionView[]; nextCursor: string | null } },
  'submission/triage': { payload: SubmissionTriagePayload, result: null as unknown as { submission: SubmissionView } },
  'meeting/get': { payload: MeetingPayload, result: null as unknown as MeetingView },
  'meeting/assemble': { payload: MeetingPayload, result: null as unknown as MeetingView },
  'meeting/agenda-save': { payload: AgendaSavePayload, result: null as unknown as MeetingView },
  'meeting/note-save': { payload: NoteSavePayload, result: null as unknown as MeetingView },
  'meeting/publish': { payload: MeetingPublishPayload, result: null as unknown as { queued: boolean; report: PublishReport | null } },
  'decision/record': { payload: DecisionRecordPayload, result: null as unknown as { decision: DecisionView } },
  'decision/follow-up': { payload: FollowUpPayload, result: null as unknown as { decision: DecisionView } },
  'decision/log': { payload: z.object({}).strict(), result: null as unknown as DecisionLogView },
} as const;

export type ResolverKey = keyof typeof RESOLVERS;
export type ResolverPayload<K extends ResolverKey> = z.infer<(typeof RESOLVERS)[K]['payload']>;
export type ResolverData<K extends ResolverKey> = (typeof RESOLVERS)[K]['result'];
