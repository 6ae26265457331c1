import type { SettingsView } from '../../contract/programme';
import type { JiraField, JiraLinkType } from '../../platform/jira-metadata';

const DATEPICKER = 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker';
const DUE_DATE_FIELD_ID = 'duedate';

/** A field that holds a calendar date: the system due date, or a custom date / date-picker field. */
export function isDateField(field: JiraField): boolean {
  if (field.id === DUE_DATE_FIELD_ID) return true;
  return field.custom && (field.schema?.type === 'date' || field.schema?.custom === DATEPICKER);
}

/** The date fields an admin may map, due date first, then custom fields by name. */
export function dateFieldChoices(fields: readonly JiraField[]): SettingsView['dateFields'] {
  const dates = fields.filter(isDateField);
  const due = dates.filter((f) => f.id === DUE_DATE_FIELD_ID);
  const custom = dates.filter((f) => f.id !== DUE_DATE_FIELD_ID).sort((a, b) => a.name.localeCompare(b.name));
  return [...due, ...custom].map((f) => ({ id: f.id, name: f.name }));
}

/**
 * The "Start date" date picker, if the site has one. Its id differs per site, so it is found by type AND name
 * (atlassian-rest.md §4.3); names can be renamed or localised, which is why the admin confirms the choice.
 */
export function findStartDateField(fields: readonly JiraField[]): JiraField | undefined {
  return fields.find((f) => f.custom && f.schema?.custom === DATEPICKER && f.name.trim().toLowerCase() === 'start date');
}

/** Jira's default dependency type, "Blocks" (ids differ per site), else the first type the site has. */
export function defaultLinkType(linkTypes: readonly JiraLinkType[]): JiraLinkType | undefined {
  return linkTypes.find((t) => t.name.trim().toLowerCase() === 'blocks') ?? linkTypes[0];
}

export { DUE_DATE_FIELD_ID };
