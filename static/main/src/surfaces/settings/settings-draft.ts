import { SettingsSavePayload, type ProgrammeSettings, type SettingsView } from '../../../../../src/contract/programme';
import type { ResolverPayload } from '../../../../../src/contract/resolver-keys';
import type { SettingsMessageKey } from './settings-messages';
import { draftFromStream, isHexColour, withDerivedIds, type StreamDraft } from './stream-draft';

/** One configurable link type as the page shows it: every type Jira has, ticked when it counts. */
export interface LinkChoice {
  linkTypeId: string;
  name: string;
  selected: boolean;
  objectWaits: boolean;
  /** Configured earlier but Jira no longer has it: shown so the admin can untick it. */
  missing: boolean;
}

export interface SettingsDraft {
  streams: StreamDraft[];
  links: LinkChoice[];
  startDateFieldId: string | null;
  dueDateFieldId: string;
  /** As typed, so "1o" stays visible and marked instead of becoming 0. */
  atRiskThresholdDays: string;
  /** The Roles section: people and Jira groups (by id) who edit strategies and publish. */
  programmeManagerAccountIds: string[];
  programmeManagerGroupIds: string[];
}

export function draftFromView(settings: ProgrammeSettings, linkTypes: SettingsView['linkTypes']): SettingsDraft {
  const configured = new Map(settings.dependencyLinkTypes.map((t) => [t.linkTypeId, t]));
  const links: LinkChoice[] = linkTypes.map((t) => {
    const chosen = configured.get(t.id);
    return { linkTypeId: t.id, name: t.name, selected: chosen !== undefined, objectWaits: chosen?.objectWaits ?? true, missing: false };
  });
  for (const t of settings.dependencyLinkTypes) {
    if (!linkTypes.some((l) => l.id === t.linkTypeId)) links.push({ linkTypeId: t.linkTypeId, name: t.name, selected: true, objectWaits: t.objectWaits, missing: true });
  }
  return {
    streams: settings.streams.map(draftFromStream),
    links,
    startDateFieldId: settings.startDateFieldId,
    dueDateFieldId: settings.dueDateFieldId,
    atRiskThresholdDays: String(settings.atRiskThresholdDays),
    programmeManagerAccountIds: [...settings.programmeManagerAccountIds],
    programmeManagerGroupIds: [...settings.programmeManagerGroupIds],
  };
}

export interface Problem {
  /** `streams.<key>.name`, `links`, `atRiskThresholdDays` … */
  field: string;
  message: SettingsMessageKey;
  params?: Record<string, string | number>;
}

export const MAX_STREAMS = 50;

function streamProblems(streams: StreamDraft[]): Problem[] {
  const problems: Problem[] = [];
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  for (const s of streams) {
    names.set(s.name.trim().toLowerCase(), (names.get(s.name.trim().toLowerCase()) ?? 0) + 1);
    ids.set(s.id, (ids.get(s.id) ?? 0) + 1);
  }
  for (const s of streams) {
    const at = (name: string) => `streams.${s.key}.${name}`;
    if (s.name.trim() === '') problems.push({ field: at('name'), message: 'problem.required' });
    else if (s.name.trim().length > 120) problems.push({ field: at('name'), message: 'problem.tooLong', params: { max: 120 } });
    else if ((names.get(s.name.trim().toLowerCase()) ?? 0) > 1) problems.push({ field: at('name'), message: 'problem.duplicateName' });
    else if (s.id === '') problems.push({ field: at('name'), message: 'problem.badId' });
    else if ((ids.get(s.id) ?? 0) > 1) problems.push({ field: at('name'), message: 'problem.duplicateId', params: { id: s.id } });
    if (s.jql.trim() === '') problems.push({ field: at('jql'), message: 'problem.required' });
    else if (s.jql.trim().length > 2000) problems.push({ field: at('jql'), message: 'problem.tooLong', params: { max: 2000 } });
    if (s.ownerAccountId.trim().length > 128) problems.push({ field: at('owner'), message: 'problem.tooLong', params: { max: 128 } });
    if (!isHexColour(s.colour)) problems.push({ field: at('colour'), message: 'problem.badColour' });
  }
  if (streams.length > MAX_STREAMS) problems.push({ field: 'streams', message: 'problem.tooMany', params: { max: MAX_STREAMS } });
  return problems;
}

/** Everything the page would refuse to send, by field; empty means the draft can be saved. */
export function draftProblems(draft: SettingsDraft): Problem[] {
  const problems = streamProblems(draft.streams);
  if (!draft.links.some((l) => l.selected)) problems.push({ field: 'links', message: 'problem.noLinkType' });
  if (draft.dueDateFieldId === '') problems.push({ field: 'dueDateFieldId', message: 'problem.noDueField' });
  const days = draft.atRiskThresholdDays.trim();
  if (!/^\d{1,2}$/.test(days) || Number(days) > 90) problems.push({ field: 'atRiskThresholdDays', message: 'problem.badThreshold' });
  return problems;
}

export type SavePayload = ResolverPayload<'settings/save'>;

/** The `settings/save` payload, checked with the contract's own schema; null while the draft has problems. */
export function toSavePayload(draft: SettingsDraft, expectedVersion: number): SavePayload | null {
  if (draftProblems(draft).length > 0) return null;
  const parsed = SettingsSavePayload.safeParse({
    expectedVersion,
    settings: {
      streams: withDerivedIds(draft.streams).map((s) => ({ id: s.id, name: s.name.trim(), jql: s.jql.trim(), ownerAccountId: s.ownerAccountId.trim() || null, colour: s.colour.toLowerCase() })),
      dependencyLinkTypes: draft.links.filter((l) => l.selected).map((l) => ({ linkTypeId: l.linkTypeId, name: l.name, objectWaits: l.objectWaits })),
      startDateFieldId: draft.startDateFieldId,
      dueDateFieldId: draft.dueDateFieldId,
      atRiskThresholdDays: Number(draft.atRiskThresholdDays.trim()),
      programmeManagerAccountIds: draft.programmeManagerAccountIds,
      programmeManagerGroupIds: draft.programmeManagerGroupIds,
    },
  });
  return parsed.success ? parsed.data : null;
}

/** What the draft would store, ignoring React keys and untouched whitespace; compared to tell unsaved changes. */
function comparable(draft: SettingsDraft): string {
  return JSON.stringify({
    streams: draft.streams.map((s) => [s.id, s.name.trim(), s.jql.trim(), s.ownerAccountId.trim(), s.colour.toLowerCase()]),
    links: draft.links.filter((l) => l.selected).map((l) => [l.linkTypeId, l.objectWaits]),
    start: draft.startDateFieldId,
    due: draft.dueDateFieldId,
    days: draft.atRiskThresholdDays.trim(),
    managers: draft.programmeManagerAccountIds,
    groups: draft.programmeManagerGroupIds,
  });
}

export function hasUnsavedChanges(draft: SettingsDraft, saved: SettingsDraft): boolean {
  return comparable(draft) !== comparable(saved);
}
