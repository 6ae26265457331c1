/**
 * Reads the `fields` of a create or edit request into site values, collecting Jira-style field errors
 * (`{"errors":{"duedate":"…"}}`) instead of stopping at the first. `null` clears a field.
 */
import { isValid, parseISO } from 'date-fns';
import type { Actor } from '../site/actor';
import type { SiteFile, SiteIssue } from '../site/schema';
import { canBrowse, findIssue } from './access';
import { startDateFieldId } from './field-catalog';

export type EditableValues = Partial<Pick<SiteIssue, 'summary' | 'parentKey' | 'startDate' | 'dueDate' | 'labels' | 'assigneeAccountId' | 'description'>>;

export interface FieldInput {
  /** only the fields the request named; a key with value undefined means "clear it" */
  values: EditableValues;
  errors: Record<string, string>;
}

const ADF_ERROR = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
const CREATE_ONLY = new Set(['project', 'issuetype']);

type Ref = { id?: unknown; key?: unknown; name?: unknown; accountId?: unknown };
const refOf = (value: unknown): Ref | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Ref) : undefined);

export function readFieldInput(site: SiteFile, actor: Actor, fields: Record<string, unknown>, creating: boolean): FieldInput {
  const values: EditableValues = {};
  const errors: Record<string, string> = {};
  const startId = startDateFieldId(site);
  for (const [fieldId, raw] of Object.entries(fields)) {
    if (CREATE_ONLY.has(fieldId) && creating) continue;
    if (fieldId === 'summary') {
      if (typeof raw !== 'string' || raw.trim() === '') errors.summary = 'You must specify a summary of the issue.';
      else if (raw.length > 255) errors.summary = 'Summary must be less than 255 characters.';
      else values.summary = raw;
    } else if (fieldId === 'duedate' || fieldId === startId) {
      const date = readDate(raw);
      if (date === false) errors[fieldId] = `Error parsing date string: ${String(raw)}`;
      else values[fieldId === 'duedate' ? 'dueDate' : 'startDate'] = date;
    } else if (fieldId === 'labels') {
      if (!Array.isArray(raw) || raw.some((label) => typeof label !== 'string')) errors.labels = 'Labels must be a list of strings.';
      else if (raw.some((label) => /\s/.test(label))) errors.labels = 'The label contains spaces which is invalid.';
      else values.labels = [...new Set(raw as string[])];
    } else if (fieldId === 'parent') {
      if (raw === null) values.parentKey = undefined;
      else {
        const ref = refOf(raw);
        const parent = findIssue(site, String(ref?.key ?? ref?.id ?? ''));
        if (!parent || !canBrowse(site, actor, parent.projectKey)) errors.parent = 'Could not find issue by id or key.';
        else values.parentKey = parent.key;
      }
    } else if (fieldId === 'assignee') {
      const accountId = refOf(raw)?.accountId;
      if (raw === null) values.assigneeAccountId = undefined;
      else if (typeof accountId !== 'string' || !site.users.some((user) => user.accountId === accountId)) {
        errors.assignee = `User '${String(accountId)}' cannot be assigned issues.`;
      } else values.assigneeAccountId = accountId;
    } else if (fieldId === 'description') {
      if (raw === null) values.description = undefined;
      else if (!isAdfDocument(raw)) errors.description = ADF_ERROR;
      else values.description = raw as SiteIssue['description'];
    } else {
      errors[fieldId] = `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
    }
  }
  return { values, errors };
}

/** `YYYY-MM-DD`, or null to clear; false when unreadable. */
function readDate(raw: unknown): string | undefined | false {
  if (raw === null) return undefined;
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw) || !isValid(parseISO(raw))) return false;
  return raw;
}

/** A shallow ADF check: a versioned `doc` whose content is a list of typed nodes. */
function isAdfDocument(value: unknown): boolean {
  const doc = refOf(value) as { type?: unknown; version?: unknown; content?: unknown } | undefined;
  if (!doc || doc.type !== 'doc' || doc.version !== 1 || !Array.isArray(doc.content)) return false;
  return doc.content.every((node: unknown) => typeof (refOf(node) as { type?: unknown } | undefined)?.type === 'string');
}

/** Jira's hierarchy rule: a parent sits exactly one level above its child. */
export function hierarchyError(site: SiteFile, childType: string, parentKey: string | undefined): string | undefined {
  const childLevel = site.issueTypes.find((type) => type.name === childType)?.hierarchyLevel ?? 0;
  if (parentKey === undefined) return childLevel < 0 ? 'A sub-task must have a parent issue.' : undefined;
  const parent = findIssue(site, parentKey);
  const parentLevel = site.issueTypes.find((type) => type.name === parent?.issueType)?.hierarchyLevel;
  return parentLevel === childLevel + 1 ? undefined : 'Given parent issue does not belong to appropriate hierarchy.';
}
