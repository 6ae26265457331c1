import type { ProgrammeSettings } from '../../contract/programme';
import { isReservedId } from '../../domain/reserved-ids';
import { AppFailure } from '../errors';
import { asAppFailure } from '../platform-failures';
import { isDateField } from './jira-choices';
import type { SettingsJira } from './settings-ports';

/** Settings as an admin submits them: everything but the version, which the store assigns. */
export type SettingsDraft = Omit<ProgrammeSettings, 'version'>;

/** Field paths are those of the `settings/save` payload, so the page can point at the input concerned. */
const invalid = (field: string, message: string) => new AppFailure({ code: 'INVALID_PAYLOAD', field: `settings.${field}`, params: { message } });

function firstDuplicate(values: readonly string[]): number {
  const seen = new Set<string>();
  return values.findIndex((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

/** Rules that need no Jira: stream ids and names unique, each link type once, start and due date distinct. */
export function checkDraftRules(draft: SettingsDraft): void {
  const dupId = firstDuplicate(draft.streams.map((s) => s.id));
  if (dupId >= 0) throw invalid(`streams.${dupId}.id`, 'another stream already has this id');
  // Names are compared as people read them: "Website" and "website " would be the same stream on the page.
  const dupName = firstDuplicate(draft.streams.map((s) => s.name.trim().toLocaleLowerCase()));
  if (dupName >= 0) throw invalid(`streams.${dupName}.name`, 'another stream already has this name');
  const dupType = firstDuplicate(draft.dependencyLinkTypes.map((t) => t.linkTypeId));
  if (dupType >= 0) throw invalid(`dependencyLinkTypes.${dupType}.linkTypeId`, 'this link type is listed twice');
  if (draft.startDateFieldId === draft.dueDateFieldId) throw invalid('startDateFieldId', 'start and due date must be different fields');
}

/**
 * A new stream may not take an id that names a member every JavaScript object has (`constructor` …); streams already
 * saved keep theirs, so settings stored before this rule can still be saved.
 */
export function checkNewStreamIds(draft: SettingsDraft, saved: ProgrammeSettings | null): void {
  const savedIds = new Set<string>(saved?.streams.map((s) => s.id) ?? []);
  const index = draft.streams.findIndex((s) => !savedIds.has(s.id) && isReservedId(s.id));
  const stream = draft.streams[index];
  if (stream) throw new AppFailure({ code: 'STREAM_ID_RESERVED', field: `settings.streams.${index}.id`, params: { streamId: stream.id } });
}

/**
 * Checks the draft against the site: link types and date fields exist, and every stream's JQL passes Jira's strict
 * validation — all streams in ONE request. Returns the draft with link type names as Jira spells them now.
 */
export async function checkDraftAgainstJira(jira: SettingsJira, draft: SettingsDraft): Promise<SettingsDraft> {
  const [fields, linkTypes, verdicts] = await Promise.all([jira.fields(), jira.linkTypes(), jira.parseJql(draft.streams.map((s) => s.jql))]).catch(
    (error: unknown) => {
      throw asAppFailure(error, { operation: 'settings/save' });
    },
  );

  const refused = verdicts.findIndex((v) => v.errors.length > 0);
  const stream = draft.streams[refused];
  if (stream) {
    throw new AppFailure({
      code: 'JQL_INVALID',
      field: `settings.streams.${refused}.jql`,
      params: { streamId: stream.id, message: verdicts[refused]?.errors.join(' ') ?? '' },
    });
  }

  const dependencyLinkTypes = draft.dependencyLinkTypes.map((chosen, index) => {
    const known = linkTypes.find((t) => t.id === chosen.linkTypeId);
    if (!known) throw invalid(`dependencyLinkTypes.${index}.linkTypeId`, 'Jira has no link type with this id');
    return { ...chosen, name: known.name };
  });

  const dateFieldIds = new Set(fields.filter(isDateField).map((f) => f.id));
  if (draft.startDateFieldId !== null && !dateFieldIds.has(draft.startDateFieldId)) throw invalid('startDateFieldId', 'Jira has no date field with this id');
  if (!dateFieldIds.has(draft.dueDateFieldId)) throw invalid('dueDateFieldId', 'Jira has no date field with this id');

  return { ...draft, dependencyLinkTypes };
}
