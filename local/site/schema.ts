/**
 * The site file: the persisted state of the emulated Atlassian site (Jira part here, Confluence part in
 * confluence-schema.ts). It is also a documented format people write by hand, so every field says what it
 * means and every validation message names the entry and the field, e.g. `issues[12] (CRM-4).dueDate: expected YYYY-MM-DD`.
 */
import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { ConfluenceSiteSchema } from './confluence-schema';
import { describePath, knownNames } from './entry-path';
import { findDuplicateKeys } from './json-duplicate-keys';
import { checkSiteReferences } from './site-references';
import { idRecord, idRecordSchema } from '../../src/domain/id-keyed';

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
  /** Names of the site's `groups` the user belongs to (`/myself?expand=groups`). */
  groups: z.array(z.string().min(1)).default([]),
});

/** A Jira group: its id (a UUID, stable across renames) and its name. */
export const SiteGroupSchema = z.object({
  groupId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a group id such as "276f955c-63d7-42c8-9520-92d01dca0625"'),
  name: z.string().min(1).max(255),
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
  /** Who created it: Jira makes the creating user the reporter (`POST /issue` as a user). */
  reporterAccountId: z.string().optional(),
  /** Atlassian Document Format, as `POST /issue` accepted it. */
  description: z.unknown().optional(),
  /**
   * Issue entity properties: property key → any JSON value. The file is parsed JSON already, so values are kept as
   * they are (z.json() and z.record drop `"__proto__"` keys, and a restart would change what Jira stores); the keys
   * are data, held in a record without prototype.
   */
  properties: idRecordSchema(z.string().min(1).max(255), z.unknown()).default(() => idRecord<string, unknown>()),
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

/** A list the site cannot do without: missing and empty say the same thing. */
const requiredList = <T extends z.ZodType>(entry: T, what: string) => {
  const message = `needs at least one ${what}`;
  return z.array(entry, { error: (issue) => (issue.input === undefined ? message : undefined) }).min(1, message);
};

const SiteShape = z.object({
  version: z.literal(1, { error: 'expected 1, the only version of the site file so far' }),
  users: requiredList(SiteUserSchema, 'user (someone to act as)'),
  /** Jira groups; users name theirs in `users[].groups`. */
  groups: z.array(SiteGroupSchema).default([]),
  projects: requiredList(SiteProjectSchema, 'project'),
  issueTypes: z.array(SiteIssueTypeSchema).default(DEFAULT_ISSUE_TYPES),
  /** Custom fields beyond Jira's system fields; must include a "Start date" date picker. */
  fields: z.array(SiteCustomFieldSchema).default(DEFAULT_FIELDS),
  statuses: z.array(SiteStatusSchema).default(DEFAULT_STATUSES),
  issues: requiredList(SiteIssueSchema, 'issue'),
  linkTypes: z.array(SiteLinkTypeSchema).default(DEFAULT_LINK_TYPES),
  links: z.array(SiteLinkSchema).default([]),
  confluence: ConfluenceSiteSchema.default({ spaces: [], pages: [] }),
});

export type StatusCategoryKey = z.infer<typeof StatusCategoryKeySchema>;
export type SiteUser = z.infer<typeof SiteUserSchema>;
export type SiteGroup = z.infer<typeof SiteGroupSchema>;
export type SiteProject = z.infer<typeof SiteProjectSchema>;
export type SiteIssueType = z.infer<typeof SiteIssueTypeSchema>;
export type SiteCustomField = z.infer<typeof SiteCustomFieldSchema>;
export type SiteStatus = z.infer<typeof SiteStatusSchema>;
export type SiteIssue = Omit<z.infer<typeof SiteIssueSchema>, 'statusCategory'> & { statusCategory: StatusCategoryKey };
export type SiteLinkType = z.infer<typeof SiteLinkTypeSchema>;
export type SiteLink = z.infer<typeof SiteLinkSchema>;
export type SiteFile = Omit<z.infer<typeof SiteShape>, 'issues'> & { issues: SiteIssue[] };
/** The site as its shape parsed it, before the cross-checks. */
export type ParsedSite = z.infer<typeof SiteShape>;

export const SiteFileSchema = SiteShape.superRefine((site, ctx) => {
  const problem = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });
  checkSiteReferences(site, problem, DATEPICKER_CUSTOM_TYPE);
  checkGroups(site, problem);
}).transform(
  (site): SiteFile => ({
    ...site,
    issues: site.issues.map((issue) => ({
      ...issue,
      statusCategory: issue.statusCategory ?? site.statuses.find((s) => s.name === issue.status)?.statusCategory ?? 'new',
    })),
  }),
);

/** Group ids and names are unique; a user's groups are groups of the site. */
function checkGroups(site: ParsedSite, problem: (path: Array<string | number>, message: string) => void): void {
  const ids = new Set<string>();
  const names = new Set<string>();
  site.groups.forEach((group, i) => {
    if (ids.has(group.groupId)) problem(['groups', i, 'groupId'], `duplicate groupId ${group.groupId}`);
    if (names.has(group.name)) problem(['groups', i, 'name'], `duplicate name ${group.name}`);
    ids.add(group.groupId);
    names.add(group.name);
  });
  site.users.forEach((user, i) => {
    for (const name of user.groups) if (!names.has(name)) problem(['users', i, 'groups'], `unknown group "${name}"; ${knownNames('groups', [...names])}`);
  });
}

const MAX_PROBLEMS_SHOWN = 20;

/** A site file that cannot be used; `problems` name the entry and field, `hint` says what to do about it. */
export class SiteFileError extends Error {
  constructor(
    readonly problems: string[],
    readonly options: { file?: string; hint?: string } = {},
  ) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `\n- ${p}`).join('');
    const more = problems.length > MAX_PROBLEMS_SHOWN ? `\n- … and ${problems.length - MAX_PROBLEMS_SHOWN} more problems` : '';
    const heading = options.file ? `The site file ${options.file} cannot be used:` : 'The site file is invalid:';
    super(`${heading}${shown}${more}${options.hint ? `\n${options.hint}` : ''}`);
    this.name = 'SiteFileError';
  }
}

/** Parses and cross-checks a site file; throws SiteFileError listing every problem. */
export function parseSiteFile(json: unknown): SiteFile {
  const parsed = SiteFileSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new SiteFileError(problemsOf(json, parsed.error));
}

/** parseSiteFile for the file's text: also refuses invalid JSON and keys given twice (JSON.parse would keep the last). */
export function parseSiteFileText(text: string): SiteFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SiteFileError([`not valid JSON: ${(error as Error).message}`]);
  }
  const duplicates = findDuplicateKeys(text).map(
    ({ objectPath, key }) => `${describePath(json, [...objectPath, key])}: given twice; JSON keeps only the last value, so remove one`,
  );
  const parsed = SiteFileSchema.safeParse(json);
  const problems = [...duplicates, ...(parsed.success ? [] : problemsOf(json, parsed.error))];
  if (problems.length > 0 || !parsed.success) throw new SiteFileError(problems);
  return parsed.data;
}

function problemsOf(json: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${describePath(json, issue.path)}: ${issue.message}`);
}

/** The date-picker custom field Jira calls "Start date" (its id differs per site). */
export function startDateFieldOf(site: Pick<SiteFile, 'fields'>): SiteCustomField | undefined {
  return site.fields.find((field) => field.schema.custom === DATEPICKER_CUSTOM_TYPE && field.name === 'Start date');
}
