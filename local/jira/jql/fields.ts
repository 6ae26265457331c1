/**
 * What each JQL field means on the emulated site: which operators it takes, how an operand becomes a
 * canonical atom (checking that the value exists for the caller), which atoms an issue holds, and its sort key.
 */
import type { Actor } from '../../site/actor';
import type { SiteFile, SiteIssue } from '../../site/schema';
import { canBrowse, findIssue } from '../access';
import type { PropertyIndexEntry } from '../context';
import { allFields, startDateFieldId } from '../field-catalog';
import { issueProperty } from '../issue-properties';
import type { SortValue } from '../page-token';
import { type FieldRef, type Operand, type Operator, fieldLabel } from './ast';
import { JqlError } from './parse';
import { parseJqlDate } from './values';

export type Atom = string | number;

export interface JqlField {
  label: string;
  operators: readonly Operator[];
  /** false: Jira refuses `is EMPTY` on this field */
  supportsEmpty: boolean;
  /** text fields match with `~` (contains) instead of equality */
  text?: boolean;
  toAtom(operand: Extract<Operand, { kind: 'value' }>): Atom;
  atomsOf(issue: SiteIssue): Atom[];
  sortKey?(issue: SiteIssue): SortValue;
}

export interface JqlScope {
  site: SiteFile;
  actor: Actor;
  propertyIndex: PropertyIndexEntry[];
  now: Date;
}

const EQUALITY: Operator[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];
const RANGE: Operator[] = [...EQUALITY, '<', '>', '<=', '>='];
const TEXT: Operator[] = ['~', '!~', 'is', 'is not'];

const missingValue = (value: string, label: string) => new JqlError(`The value '${value}' does not exist for the field '${label}'.`);
const missingIssue = (value: string, label: string) => new JqlError(`An issue with key '${value}' does not exist for field '${label}'.`);

/** Resolves a field reference; unknown names get Jira's "does not exist" message. */
export function resolveField(ref: FieldRef, scope: JqlScope): JqlField {
  if (ref.kind === 'property') {
    const entry = scope.propertyIndex.find((e) => e.propertyKey === ref.propertyKey && e.path === ref.path);
    if (!entry) throw new JqlError(`Field '${fieldLabel(ref)}' is not indexed: no jira:entityProperty module declares property '${ref.propertyKey}' path '${ref.path}'.`);
    return propertyField(fieldLabel(ref), entry, scope);
  }
  const name = ref.name.toLowerCase();
  const alias = scope.propertyIndex.find((entry) => entry.searchAlias?.toLowerCase() === name);
  if (alias) return propertyField(ref.name, alias, scope);
  const builder = SYSTEM[name];
  if (builder) return builder(scope);
  const startId = startDateFieldId(scope.site);
  const start = allFields(scope.site).find((field) => field.id === startId);
  if (start && [start.id, ...start.clauseNames].some((clause) => clause.toLowerCase() === name)) {
    return dateField(ref.name, scope, (issue) => issue.startDate);
  }
  throw new JqlError(`Field '${ref.name}' does not exist or you do not have permission to view it.`);
}

const SYSTEM: Record<string, (scope: JqlScope) => JqlField> = {
  project: projectField,
  key: (scope) => issueRefField('key', scope, (issue) => [Number(issue.id)]),
  issuekey: (scope) => issueRefField('issuekey', scope, (issue) => [Number(issue.id)]),
  id: (scope) => issueRefField('id', scope, (issue) => [Number(issue.id)]),
  parent: (scope) => issueRefField('parent', scope, (issue) => parentIds(scope, issue)),
  issuetype: (scope) => namedChoice('issuetype', scope.site.issueTypes, (issue) => issue.issueType),
  type: (scope) => namedChoice('type', scope.site.issueTypes, (issue) => issue.issueType),
  status: (scope) => namedChoice('status', scope.site.statuses, (issue) => issue.status),
  statuscategory: statusCategoryField,
  labels: labelsField,
  duedate: (scope) => dateField('duedate', scope, (issue) => issue.dueDate),
  due: (scope) => dateField('due', scope, (issue) => issue.dueDate),
  created: (scope) => dateField('created', scope, (issue) => issue.created.slice(0, 10), (issue) => issue.created),
  updated: (scope) => dateField('updated', scope, (issue) => issue.updated.slice(0, 10), (issue) => issue.updated),
  summary: () => ({
    label: 'summary',
    operators: TEXT,
    supportsEmpty: false,
    text: true,
    toAtom: (operand) => operand.text.toLowerCase(),
    atomsOf: (issue) => [issue.summary.toLowerCase()],
    sortKey: (issue) => issue.summary.toLowerCase(),
  }),
};

function projectField(scope: JqlScope): JqlField {
  return {
    label: 'project',
    operators: EQUALITY,
    supportsEmpty: false,
    toAtom(operand) {
      const wanted = operand.text.toLowerCase();
      const project = scope.site.projects.find((p) => p.key.toLowerCase() === wanted || p.id === wanted || p.name.toLowerCase() === wanted);
      if (!project || !canBrowse(scope.site, scope.actor, project.key)) throw missingValue(operand.text, 'project');
      return project.key;
    },
    atomsOf: (issue) => [issue.projectKey],
    sortKey: (issue) => issue.projectKey,
  };
}

/** key/id/parent take issue keys or ids; a key the caller cannot see "does not exist". */
function issueRefField(label: string, scope: JqlScope, atomsOf: (issue: SiteIssue) => Atom[]): JqlField {
  return {
    label,
    operators: EQUALITY,
    supportsEmpty: label === 'parent',
    toAtom(operand) {
      if (/^[0-9]+$/.test(operand.text)) return Number(operand.text);
      const issue = findIssue(scope.site, operand.text);
      if (!issue || !canBrowse(scope.site, scope.actor, issue.projectKey)) throw missingIssue(operand.text, label);
      return Number(issue.id);
    },
    atomsOf,
    sortKey: label === 'parent' ? undefined : (issue) => issueKeySortValue(issue),
  };
}

function parentIds(scope: JqlScope, issue: SiteIssue): Atom[] {
  const parent = issue.parentKey ? findIssue(scope.site, issue.parentKey) : undefined;
  return parent ? [Number(parent.id)] : [];
}

/** Orders CRM-9 before CRM-10: project key, then the number padded. */
export function issueKeySortValue(issue: SiteIssue): string {
  const [project, number] = issue.key.split('-');
  return `${project}-${(number ?? '').padStart(10, '0')}`;
}

function namedChoice(label: string, entries: Array<{ id: string; name: string }>, valueOf: (issue: SiteIssue) => string): JqlField {
  return {
    label,
    operators: EQUALITY,
    supportsEmpty: false,
    toAtom(operand) {
      const wanted = operand.text.toLowerCase();
      const entry = entries.find((e) => e.name.toLowerCase() === wanted || e.id === operand.text);
      if (!entry) throw missingValue(operand.text, label);
      return entry.name.toLowerCase();
    },
    atomsOf: (issue) => [valueOf(issue).toLowerCase()],
    sortKey: (issue) => Number(entries.find((e) => e.name === valueOf(issue))?.id ?? 0),
  };
}

const CATEGORY_NAMES: Record<string, string> = { 'to do': 'new', 'in progress': 'indeterminate', done: 'done', '2': 'new', '4': 'indeterminate', '3': 'done' };

function statusCategoryField(): JqlField {
  return {
    label: 'statusCategory',
    operators: EQUALITY,
    supportsEmpty: false,
    toAtom(operand) {
      const wanted = operand.text.toLowerCase();
      const key = ['new', 'indeterminate', 'done'].includes(wanted) ? wanted : CATEGORY_NAMES[wanted];
      if (!key) throw missingValue(operand.text, 'statusCategory');
      return key;
    },
    atomsOf: (issue) => [issue.statusCategory],
    sortKey: (issue) => ['new', 'indeterminate', 'done'].indexOf(issue.statusCategory),
  };
}

function labelsField(): JqlField {
  return { label: 'labels', operators: EQUALITY, supportsEmpty: true, toAtom: (operand) => operand.text, atomsOf: (issue) => issue.labels };
}

function dateField(label: string, scope: JqlScope, valueOf: (issue: SiteIssue) => string | undefined, sortOf?: (issue: SiteIssue) => string): JqlField {
  return {
    label,
    operators: RANGE,
    supportsEmpty: true,
    toAtom: (operand) => parseJqlDate(operand.text, label, scope.now),
    atomsOf: (issue) => {
      const value = valueOf(issue);
      return value ? [value] : [];
    },
    sortKey: (issue) => (sortOf ? sortOf(issue) : (valueOf(issue) ?? null)),
  };
}

/** An indexed entity-property path; arrays anywhere on the path mean "any element". */
function propertyField(label: string, entry: PropertyIndexEntry, scope: JqlScope): JqlField {
  const atomsOf = (issue: SiteIssue): Atom[] => propertyValues(issueProperty(issue, entry.propertyKey), entry.path).flatMap((value) => atomOfStored(value, entry));
  const base = { label, supportsEmpty: true, atomsOf, sortKey: (issue: SiteIssue) => atomsOf(issue)[0] ?? null };
  switch (entry.type) {
    case 'number':
      return { ...base, operators: RANGE, toAtom: (operand) => parseNumber(operand.text, label) };
    case 'date':
      return { ...base, operators: RANGE, toAtom: (operand) => parseJqlDate(operand.text, label, scope.now) };
    case 'text':
      return { ...base, operators: TEXT, text: true, toAtom: (operand) => operand.text.toLowerCase() };
    default:
      return { ...base, operators: EQUALITY, toAtom: (operand) => operand.text };
  }
}

function propertyValues(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const segment of path ? path.split('.') : []) {
    current = current
      .flatMap((node) => (Array.isArray(node) ? node : [node]))
      .map((node) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined));
  }
  return current.flatMap((node) => (Array.isArray(node) ? node : [node])).filter((node) => node !== undefined && node !== null);
}

function atomOfStored(value: unknown, entry: PropertyIndexEntry): Atom[] {
  if (entry.type === 'number') return typeof value === 'number' ? [value] : Number.isFinite(Number(value)) ? [Number(value)] : [];
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return [];
  const text = String(value);
  if (entry.type === 'date') return /^\d{4}-\d{2}-\d{2}/.test(text) ? [text.slice(0, 10)] : [];
  return [entry.type === 'text' ? text.toLowerCase() : text];
}

function parseNumber(text: string, label: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new JqlError(`The value '${text}' for field '${label}' is not a valid number.`);
  return value;
}
