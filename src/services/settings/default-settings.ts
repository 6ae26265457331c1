import type { ProgrammeSettings } from '../../contract/programme';
import type { JiraField, JiraLinkType } from '../../platform/jira-metadata';
import { DUE_DATE_FIELD_ID, defaultLinkType, findStartDateField } from './jira-choices';

/** Days of slack below which a dependency counts as at risk, until an admin says otherwise. */
export const DEFAULT_AT_RISK_THRESHOLD_DAYS = 5;

/**
 * The settings offered before the first save: no streams yet, Blocks as the dependency type (the object waits on
 * the subject), the site's Start date picker if it has one, and the system due date.
 * With linking switched off there is no type to offer; the list stays empty and the page says so.
 */
export function defaultSettings(fields: readonly JiraField[], linkTypes: readonly JiraLinkType[]): ProgrammeSettings {
  const linkType = defaultLinkType(linkTypes);
  return {
    version: 0,
    streams: [],
    dependencyLinkTypes: linkType ? [{ linkTypeId: linkType.id, name: linkType.name, objectWaits: true }] : [],
    startDateFieldId: findStartDateField(fields)?.id ?? null,
    dueDateFieldId: DUE_DATE_FIELD_ID,
    atRiskThresholdDays: DEFAULT_AT_RISK_THRESHOLD_DAYS,
    programmeManagerAccountIds: [],
    programmeManagerGroupIds: [],
  };
}
