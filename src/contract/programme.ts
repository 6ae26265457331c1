import { z } from 'zod';
import type { CalendarDate } from '../domain/calendar-date';
import type { AnalysisCounts, Dependency, DependencyEnd, Evidence, MatrixCell, StreamDependencySummary } from '../domain/dependencies/types';
import type { CoverageReport } from '../domain/coverage';
import type { EpicTags } from '../domain/journey-filter';
import type { Progress } from '../domain/strategy/roll-up-types';
import { MAX_STREAM_ID_CHARS } from '../domain/ids';
import { StreamSchema, type Stream, type StatusCategory } from '../domain/programme';
import { MAX_JIRA_KEY_CHARS, accountIdField, issueKeyField, jiraIdField, projectKeyField } from './bounds';

const issueKey = issueKeyField;

/** More link types than a Jira site plausibly has; the admin picks from the site's own list. */
export const MAX_DEPENDENCY_LINK_TYPES = 50;

/**
 * How one Jira link type counts as a dependency. A link reads "subject <outward phrase> object" ("DATA-3 blocks
 * CRM-1"); in REST terms the subject is the link's `inwardIssue`, the object its `outwardIssue` (atlassian-rest.md §5.2).
 * `objectWaits` is true when the object waits on the subject, as for Blocks.
 */
export const DependencyLinkTypeSchema = z.object({
  linkTypeId: jiraIdField,
  name: z.string().min(1).max(MAX_JIRA_KEY_CHARS),
  objectWaits: z.boolean(),
});
export type DependencyLinkType = z.infer<typeof DependencyLinkTypeSchema>;

/**
 * The programme's settings, kept by the app. `version` rises on every save so concurrent admins notice each other.
 * The same schema reads what is stored: its bounds are the lengths Jira itself allows for the ids and names it hands
 * out, the stream fields were bounded from the start, and the link types are picked from the site's own (far fewer
 * than 50), so settings saved before these bounds stay readable.
 */
export const ProgrammeSettingsSchema = z.object({
  version: z.number().int().min(0),
  streams: z.array(StreamSchema).max(50),
  dependencyLinkTypes: z.array(DependencyLinkTypeSchema).min(1, 'choose at least one link type').max(MAX_DEPENDENCY_LINK_TYPES),
  /** The custom field holding start dates (a "Start date" date picker), or null when the site has none. */
  startDateFieldId: jiraIdField.nullable(),
  /** `duedate`, or a date custom field. */
  dueDateFieldId: jiraIdField,
  atRiskThresholdDays: z.number().int().min(0).max(90),
  /** People who run the programme beside the stream owners (may queue a rebuild); a list of Jira account ids. */
  programmeManagerAccountIds: z.array(accountIdField).max(100).default([]),
  /** Jira groups (by group id, which survives a rename) whose members are programme managers too. */
  programmeManagerGroupIds: z.array(z.string().trim().min(1).max(128)).max(20).default([]),
});
export type ProgrammeSettings = z.infer<typeof ProgrammeSettingsSchema>;

/** What the admin page needs beside the settings: the choices Jira offers. */
export interface SettingsView {
  settings: ProgrammeSettings;
  /** False until an admin has saved once: the page then offers one stream per project. */
  stored: boolean;
  linkTypes: Array<{ id: string; name: string; inward: string; outward: string }>;
  dateFields: Array<{ id: string; name: string }>;
  projects: Array<{ id: string; key: string; name: string }>;
}

export const SettingsSavePayload = z.object({ expectedVersion: z.number().int().min(0), settings: ProgrammeSettingsSchema.omit({ version: true }) }).strict();
export const JqlCheckPayload = z.object({ jql: z.string().trim().min(1, 'must not be empty').max(2000) }).strict();
export interface JqlCheckResult {
  valid: boolean;
  /** Jira's own messages, shown as they are. */
  errors: string[];
}

/**
 * A dependency end as a user sees it: an item in a project they cannot browse is counted, never named (and carries
 * no tags). `tags`: the epic's journey terms for the filters, its own and its lower issues' (absent when none).
 */
export type EndView = (DependencyEnd & { hidden: false; tags?: EpicTags }) | { hidden: true; streamId: DependencyEnd['streamId']; external: boolean };

/**
 * An evidence link as the viewer sees it. `removable`: they hold Link issues in the project of one of its issues
 * (what Jira asks to delete a link); set by `programme/load`, absent (so not offered) where a view does not say.
 */
export type EvidenceView = Evidence & { removable?: boolean };

/**
 * A dependency as a user sees it. `id` is opaque (stable for this viewer, naming no issue); with an end they cannot
 * browse, they see its status but no day counts, which would give the hidden epic's dates away.
 */
export interface DependencyView extends Omit<Dependency, 'blocker' | 'blocked' | 'evidence'> {
  blocker: EndView;
  blocked: EndView;
  evidence: EvidenceView[];
  /** Evidence links that touch an issue the user cannot see. */
  hiddenEvidence: number;
}

/** An epic on the timeline. */
export interface TimelineItem {
  key: string;
  summary: string;
  streamId: Stream['id'] | null;
  statusCategory: StatusCategory;
  startDate: CalendarDate | null;
  dueDate: CalendarDate | null;
  /** The epic's journey terms for the filters: its own and those of its lower issues (absent when none). */
  tags?: EpicTags;
  /** The epic's issues by status category (itself when it has none); absent in snapshots built before it was kept. */
  progress?: Progress;
}

export type SnapshotState = 'not-configured' | 'building' | 'ready' | 'failed';

/** An issue key in a chain (a cycle, the critical path): null where the viewer may not browse the issue. */
export type ChainKey = string | null;
/** A cycle as a user sees it: an epic they cannot browse keeps its place as `null`, so the loop stays true. */
export interface CycleView {
  members: ChainKey[];
  path: ChainKey[];
}
export interface CriticalPathView {
  keys: ChainKey[];
  /** The days of work left along the path (README: "critical path of the work left"). */
  durationDays: number;
}

/**
 * What the viewer may do on the programme page, so the page offers only those actions; the server checks each again.
 * Set by every `programme/load`.
 */
export interface ProgrammeRights {
  /** May create a dependency: Link issues in at least one of the programme's projects. */
  link: boolean;
  /** Jira admin: may open the programme settings. */
  administer: boolean;
  /** A programme manager (settings' roles, or a Jira admin): strategy, publishing, round table. */
  manage: boolean;
  /** Jira could not be asked just now: only what the settings say is granted, and the page says why actions are missing. */
  unknown?: true;
}

/**
 * The project page's scope: the project, and its stream (null when the project is in no stream, which the page says).
 * The view then carries the stream's epics and, for the stream's dependencies, the epics at their other ends.
 */
export interface ProjectScope {
  projectKey: string;
  streamId: Stream['id'] | null;
}

export interface ProgrammeView {
  state: SnapshotState;
  /** When the snapshot was taken (ISO instant), or null before the first build. */
  asOf: string | null;
  /** A rebuild is queued or running (a ready snapshot is still shown meanwhile). */
  refreshing: boolean;
  /** Set when the last build failed: a short reason for the admin. */
  failure: string | null;
  siteUrl: string;
  /** The viewer's calendar day (their Jira time zone) the statuses are computed for; null before the first build. */
  today: CalendarDate | null;
  /** Whether this viewer may queue a rebuild ("Refresh now"): Jira admins and the programme's stream owners. */
  canRefresh: boolean;
  streams: Stream[];
  epics: TimelineItem[];
  dependencies: DependencyView[];
  cycles: CycleView[];
  criticalPath: CriticalPathView;
  matrix: MatrixCell[];
  streamSummaries: StreamDependencySummary[];
  counts: AnalysisCounts;
  /** Epics and dependency ends withheld because the user cannot browse their project. */
  redacted: { epics: number; dependencies: number };
  viewerCan: ProgrammeRights;
  /** Set on the project page only. */
  projectScope?: ProjectScope;
  /** The settings' at-risk threshold (days of slack), so the page can judge a dependency before it exists. */
  atRiskThresholdDays?: number;
}

/** A stream id as a filter: as long as a stream id may be, any text (an id nobody has finds nothing). */
const streamIdFilter = z.string().min(1).max(MAX_STREAM_ID_CHARS);

export const ProgrammeLoadPayload = z.object({ streamId: streamIdFilter.optional(), projectKey: projectKeyField.optional() }).strict();
export const DependencyCreatePayload = z
  .object({ blockerKey: issueKey, blockedKey: issueKey, linkTypeId: jiraIdField.optional() })
  .strict()
  .refine((p) => p.blockerKey !== p.blockedKey, { message: 'an issue cannot wait on itself', path: ['blockedKey'] });
/** Jira's ids are 64-bit numbers: at most 19 digits. */
export const DependencyRemovePayload = z.object({ linkId: z.string().regex(/^\d{1,19}$/, 'expected a Jira link id') }).strict();
export const IssueDependenciesPayload = z.object({ issueKey }).strict();

/** `coverage/load`: the whole programme, or the stream of one project (the project page); `streamId` narrows to one stream (the filter bar). */
export const CoverageLoadPayload = z.object({ projectKey: projectKeyField.optional(), streamId: streamIdFilter.optional() }).strict();

/**
 * Journey coverage as the viewing user may see it: the report's numbers count only issues in projects they can
 * browse; `withheld` says how many were left out. Every cell's `jql` opens in `${siteUrl}/issues/?jql=…`.
 */
export interface CoverageView extends CoverageReport {
  state: SnapshotState;
  asOf: string | null;
  refreshing: boolean;
  siteUrl: string;
  streams: Stream[];
  /** Issues counted in the report. */
  issues: number;
  /** Issues (and their projects) left out because the user cannot browse them. */
  withheld: { issues: number; projects: number };
}

export interface IssueDependenciesView {
  issueKey: string;
  /** The epic the issue rolls up to (itself for an epic); null when it is in a project the viewer cannot browse. */
  epicKey: string | null;
  /** The issue's epic is in a project the viewer cannot browse: its dependencies are withheld. */
  epicHidden: boolean;
  /** The stream of the epic (null outside every stream, or before the snapshot): names the "Within …" group. */
  epicStreamId: Stream['id'] | null;
  asOf: string | null;
  state: SnapshotState;
  /**
   * Every dependency of the epic, within its stream and across streams (`crossStream`, or an `external` end): the
   * panel groups them. Redacted like the programme page: an end the viewer cannot browse is counted, never named.
   */
  waitsOn: DependencyView[];
  waitedOnBy: DependencyView[];
  streams: Stream[];
}
