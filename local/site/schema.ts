/**
 * The site file: the persisted state of the emulated Atlassian site (Jira part here, Confluence part in
 * confluence-schema.ts). It is also a documented format people write by hand, so every field says what it
 * means and every validation message names the entry and the field, e.g. `issues[12] (CRM-4).dueDate: expected YYYY-MM-DD`.
 */
import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { ConfluenceSiteSchema } from './confluence-schema';

const numericId = z.string().regex(/^[0-9]+$/, 'expected a numeric string id such as "10042"');
const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'expected a project key such as "CRM" (capital letters, digits, _)');
/** Jira dates are calendar dates, never instants. */
const calendarDate = z.string().refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isValid(parseISO(text)), 'expected YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true, message: 'expected an ISO-8601 instant such as 2026-03-02T09:15:00.000Z' });
const projectScope = z.union([z.literal('all'), z.array(projectKey)]);

export const StatusCategoryKeySchema = z.enum(['new', 'indeterminate', 'done']);
export const DATEPICKER_CUSTOM_TYPE = 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker';

export const SiteUserSchema = z.object({
  accountId: z.string().min(1),
  displayName: z.string().min(1),
  emailAddress: z.string().optional(),
  locale: z.enum(['en-US', 'de-DE']).default('en-US'),
  timeZone: z.string().default('Europe/Berlin'),
  /** Holds the global "Administer Jira" permission. */
  siteAdmin: z.boolean().default(false),
  /** Projects whose issues the user can see ("Browse projects"). */
  browseProjects: projectScope.default('all'),
  /** Projects whose issues the user can edit and link ("Edit issues", "Link issues"). */
  editProjects: projectScope.default('all'),
});

export const SiteProjectSchema = z.object({
  id: numericId,
  key: projectKey,
  name: z.string().min(1),
  projectTypeKey: z.enum(['software', 'business', 'service_desk']).default('software'),
  /** true = team-managed ("next-gen"), false = company-managed ("classic"). */
  simplified: z.boolean().default(false),
});

export const SiteIssueTypeSchema = z.object({
  id: numericId,
  name: z.string().min(1),
  /** 1 epic, 0 standard, -1 sub-task (higher levels exist on some plans). */
  hierarchyLevel: z.number().int().min(-1),
  subtask: z.boolean(),
});

export const SiteCustomFieldSchema = z.object({
  id: z.string().regex(/^customfield_[0-9]+$/, 'expected a custom field id such as "customfield_10015"'),
  name: z.string().min(1),
  schema: z.object({ type: z.string().min(1), custom: z.string().min(1), customId: z.number().int() }),
});

export const SiteStatusSchema = z.object({ id: numericId, name: z.string().min(1), statusCategory: StatusCategoryKeySchema });

export const SiteIssueSchema = z.object({
  id: numericId,
  key: z.string().regex(/^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/, 'expected an issue key such as "CRM-4"'),
  projectKey,
  summary: z.string().min(1).max(255),
  /** Name of an entry in `issueTypes`. */
  issueType: z.string().min(1),
  /** Name of an entry in `statuses`. */
  status: z.string().min(1),
  /** Optional: taken from `statuses` when left out; must agree with it when given. */
  statusCategory: StatusCategoryKeySchema.optional(),
  parentKey: z.string().optional(),
  /** Value of the site's "Start date" date-picker custom field. */
  startDate: calendarDate.optional(),
  dueDate: calendarDate.optional(),
  labels: z.array(z.string().regex(/^\S+$/, 'labels cannot contain spaces')).default([]),
  assigneeAccountId: z.string().optional(),
  /** Atlassian Document Format, as `POST /issue` accepted it. */
  description: z.json().optional(),
  /** Issue entity properties: property key → any JSON value. */
  properties: z.record(z.string().min(1).max(255), z.json()).default({}),
  created: instant.default('2026-01-05T09:00:00.000Z'),
  updated: instant.default('2026-01-05T09:00:00.000Z'),
});

export const SiteLinkTypeSchema = z.object({ id: numericId, name: z.string().min(1), inward: z.string().min(1), outward: z.string().min(1) });

/**
 * One issue link, read as a sentence: "<outwardKey> <type.outward> <inwardKey>", e.g. DATA-3 blocks CRM-1.
 * In REST terms the sentence's subject (outwardKey) is the `inwardIssue` of `POST /issueLink` and of
 * `GET /issueLink/{id}`; on that issue the link shows as `outwardIssue: <inwardKey>`, on the other as `inwardIssue: <outwardKey>`.
 */
export const SiteLinkSchema = z.object({
  id: numericId,
  /** Name of an entry in `linkTypes`, e.g. "Blocks". */
  type: z.string().min(1),
  outwardKey: z.string().min(1),
  inwardKey: z.string().min(1),
});

const DEFAULT_ISSUE_TYPES = [
  { id: '10000', name: 'Epic', hierarchyLevel: 1, subtask: false },
  { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
  { id: '10002', name: 'Task', hierarchyLevel: 0, subtask: false },
  { id: '10003', name: 'Bug', hierarchyLevel: 0, subtask: false },
  { id: '10004', name: 'Subtask', hierarchyLevel: -1, subtask: true },
];
const DEFAULT_FIELDS = [{ id: 'customfield_10015', name: 'Start date', schema: { type: 'date', custom: DATEPICKER_CUSTOM_TYPE, customId: 10015 } }];
const DEFAULT_STATUSES = [
  { id: '10000', name: 'To Do', statusCategory: 'new' as const },
  { id: '10001', name: 'In Progress', statusCategory: 'indeterminate' as const },
  { id: '10002', name: 'Done', statusCategory: 'done' as const },
];
const DEFAULT_LINK_TYPES = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
];

const SiteShape = z.object({
  version: z.literal(1),
  users: z.array(SiteUserSchema).default([]),
  projects: z.array(SiteProjectSchema).default([]),
  issueTypes: z.array(SiteIssueTypeSchema).default(DEFAULT_ISSUE_TYPES),
  /** Custom fields beyond Jira's system fields; must include a "Start date" date picker. */
  fields: z.array(SiteCustomFieldSchema).default(DEFAULT_FIELDS),
  statuses: z.array(SiteStatusSchema).default(DEFAULT_STATUSES),
  issues: z.array(SiteIssueSchema).default([]),
  linkTypes: z.array(SiteLinkTypeSchema).default(DEFAULT_LINK_TYPES),
  links: z.array(SiteLinkSchema).default([]),
  confluence: ConfluenceSiteSchema.default({ spaces: [], pages: [] }),
});

export type StatusCategoryKey = z.infer<typeof StatusCategoryKeySchema>;
export type SiteUser = z.infer<typeof SiteUserSchema>;
export type SiteProject = z.infer<typeof SiteProjectSchema>;
export type SiteIssueType = z.infer<typeof SiteIssueTypeSchema>;
export type SiteCustomField = z.infer<typeof SiteCustomFieldSchema>;
export type SiteStatus = z.infer<typeof SiteStatusSchema>;
export type SiteIssue = Omit<z.infer<typeof SiteIssueSchema>, 'statusCategory'> & { statusCategory: StatusCategoryKey };
export type SiteLinkType = z.infer<typeof SiteLinkTypeSchema>;
export type SiteLink = z.infer<typeof SiteLinkSchema>;
export type SiteFile = Omit<z.infer<typeof SiteShape>, 'issues'> & { issues: SiteIssue[] };

export const SiteFileSchema = SiteShape.superRefine((site, ctx) => checkSiteReferences(site, ctx)).transform(
  (site): SiteFile => ({
    ...site,
    issues: site.issues.map((issue) => ({
      ...issue,
      statusCategory: issue.statusCategory ?? site.statuses.find((s) => s.name === issue.status)?.statusCategory ?? 'new',
    })),
  }),
);

export class SiteFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`The site file is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'SiteFileError';
  }
}

/** Parses and cross-checks a site file; throws SiteFileError listing every problem. */
export function parseSiteFile(json: unknown): SiteFile {
  const parsed = SiteFileSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new SiteFileError(parsed.error.issues.map((issue) => `${describePath(json, issue.path)}: ${issue.message}`));
}

/** The date-picker custom field Jira calls "Start date" (its id differs per site). */
export function startDateFieldOf(site: Pick<SiteFile, 'fields'>): SiteCustomField | undefined {
  return site.fields.find((field) => field.schema.custom === DATEPICKER_CUSTOM_TYPE && field.name === 'Start date');
}

/** `issues[12] (CRM-4).dueDate`: the entry is named by its key, account id or name where it has one. */
function describePath(json: unknown, path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  let node: unknown = json;
  for (const part of path) {
    if (typeof part === 'number') {
      text += `[${part}]`;
      node = Array.isArray(node) ? node[part] : undefined;
      const label = entryLabel(node);
      if (label) text += ` (${label})`;
    } else {
      text += text ? `.${String(part)}` : String(part);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(part)] : undefined;
    }
  }
  return text || '(site file)';
}

function entryLabel(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const record = entry as Record<string, unknown>;
  const label = record.key ?? record.accountId ?? record.name ?? record.id;
  return typeof label === 'string' ? label : undefined;
}

type ParsedShape = z.infer<typeof SiteShape>;

function checkSiteReferences(site: ParsedShape, ctx: z.RefinementCtx): void {
  const problem = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const uniqueBy = <T>(list: 'users' | 'projects' | 'issueTypes' | 'fields' | 'statuses' | 'issues' | 'linkTypes' | 'links', entries: T[], field: keyof T & string) => {
    const seen = new Set<unknown>();
    entries.forEach((entry, i) => {
      if (seen.has(entry[field])) problem([list, i, field], `duplicate ${field} ${String(entry[field])}`);
      seen.add(entry[field]);
    });
  };
  uniqueBy('users', site.users, 'accountId');
  uniqueBy('projects', site.projects, 'id');
  uniqueBy('projects', site.projects, 'key');
  uniqueBy('issueTypes', site.issueTypes, 'id');
  uniqueBy('issueTypes', site.issueTypes, 'name');
  uniqueBy('fields', site.fields, 'id');
  uniqueBy('statuses', site.statuses, 'name');
  uniqueBy('issues', site.issues, 'id');
  uniqueBy('issues', site.issues, 'key');
  uniqueBy('linkTypes', site.linkTypes, 'id');
  uniqueBy('linkTypes', site.linkTypes, 'name');
  uniqueBy('links', site.links, 'id');

  if (!startDateFieldOf(site)) problem(['fields'], `needs a "Start date" field with schema.custom "${DATEPICKER_CUSTOM_TYPE}"`);
  site.fields.forEach((field, i) => {
    if (field.id !== `customfield_${field.schema.customId}`) problem(['fields', i, 'schema', 'customId'], `must be the number in the id ${field.id}`);
  });
  const projectKeys = new Set(site.projects.map((p) => p.key));
  site.users.forEach((user, i) => {
    for (const scope of ['browseProjects', 'editProjects'] as const) {
      const keys = user[scope];
      if (keys !== 'all') keys.filter((key) => !projectKeys.has(key)).forEach((key) => problem(['users', i, scope], `unknown project key ${key}`));
    }
  });
  const issueKeys = new Set(site.issues.map((issue) => issue.key));
  site.issues.forEach((issue, i) => {
    if (!projectKeys.has(issue.projectKey)) problem(['issues', i, 'projectKey'], `unknown project key ${issue.projectKey}`);
    else if (!issue.key.startsWith(`${issue.projectKey}-`)) problem(['issues', i, 'key'], `must start with its project key ${issue.projectKey}-`);
    if (!site.issueTypes.some((t) => t.name === issue.issueType)) problem(['issues', i, 'issueType'], `unknown issue type ${issue.issueType}`);
    const status = site.statuses.find((s) => s.name === issue.status);
    if (!status) problem(['issues', i, 'status'], `unknown status ${issue.status}`);
    else if (issue.statusCategory && issue.statusCategory !== status.statusCategory) {
      problem(['issues', i, 'statusCategory'], `status ${status.name} is in category ${status.statusCategory}`);
    }
    if (issue.parentKey !== undefined && (!issueKeys.has(issue.parentKey) || issue.parentKey === issue.key)) {
      problem(['issues', i, 'parentKey'], `unknown parent ${issue.parentKey}`);
    }
  });
  site.links.forEach((link, i) => {
    if (!site.linkTypes.some((t) => t.name === link.type)) problem(['links', i, 'type'], `unknown link type ${link.type}`);
    if (!issueKeys.has(link.outwardKey)) problem(['links', i, 'outwardKey'], `unknown issue ${link.outwardKey}`);
    if (!issueKeys.has(link.inwardKey)) problem(['links', i, 'inwardKey'], `unknown issue ${link.inwardKey}`);
  });
}
