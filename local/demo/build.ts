/**
 * buildDemoSite(): the demo site file of the local Forge host, assembled from the stream modules.
 * Deterministic: no clock, no randomness; keys and ids follow the order of the content.
 */
import { addCalendarDays, calendarDate, daysBetween, defaultTaxonomy, JOURNEY_PROPERTY_KEY, toIndexedProperty, type JourneyTags } from '../../src/domain';
import type { SiteFile, SiteIssue, SiteLink } from '../site/schema';
import { DEMO_LINKS } from './dependencies';
import { DEMO_SNAPSHOT, DEMO_STATUSES, type ChildSpec, type EpicSpec, type StatusName, type StreamContent } from './model';
import { COM } from './streams/com';
import { DATA } from './streams/data';
import { EMA } from './streams/ema';
import { LOY } from './streams/loy';
import { MI } from './streams/mi';
import { OPS } from './streams/ops';
import { PRT } from './streams/prt';
import { DEMO_ACCOUNTS, demoGroups, demoUsers } from './users';

/** Every project of the demo site in key order of creation; the first six are the programme's streams. */
export const DEMO_PROJECTS: readonly StreamContent[] = [EMA, DATA, COM, LOY, MI, PRT, OPS];

const FIRST_DAY = '2026-01-05';
const LAST_CREATED = '2026-11-20';
const IN_PROGRESS_UPDATED = `${LAST_CREATED}T10:15:00.000Z`;

interface Span {
  start?: string;
  due?: string;
}

/** Status from the dates as of the snapshot: past work done, current work in progress, future work to do. */
function statusFromDates({ start, due }: Span): StatusName {
  if (!start && !due) return 'Backlog';
  if (due && due < DEMO_SNAPSHOT) return 'Done';
  if (start && start > DEMO_SNAPSHOT) return start <= '2027-03-31' ? 'To Do' : 'Backlog';
  if (due && daysBetween(calendarDate(DEMO_SNAPSHOT), calendarDate(due)) <= 10) return 'In Review';
  return 'In Progress';
}

/** The i-th of n consecutive slices of the epic's span, each stretched a little into the next. */
function sliceOf(epic: EpicSpec, index: number, count: number): Span {
  if (!epic.start || !epic.due) return {};
  const start = calendarDate(epic.start);
  const length = daysBetween(start, calendarDate(epic.due)) + 1;
  const from = Math.floor((index * length) / count);
  const to = Math.min(length - 1, Math.floor(((index + 1) * length) / count) - 1 + Math.floor(length / count / 3));
  return { start: addCalendarDays(start, from), due: addCalendarDays(start, Math.max(from, to)) };
}

function clampDay(day: string): string {
  return day < FIRST_DAY ? FIRST_DAY : day > LAST_CREATED ? LAST_CREATED : day;
}

const STATUS_CATEGORY = new Map<string, SiteIssue['statusCategory']>(DEMO_STATUSES.map((s) => [s.name, s.statusCategory]));

class IssueFactory {
  private nextId = 10001;
  readonly issues: SiteIssue[] = [];
  readonly refs = new Map<string, string>();
  private readonly taxonomy = defaultTaxonomy();

  add(project: StreamContent, key: string, type: string, summary: string, fields: Span & { status: StatusName; parentKey?: string; tags?: JourneyTags; labels?: string[]; assignee?: string }): void {
    const created = `${clampDay(fields.start ? addCalendarDays(calendarDate(fields.start), -30) : '2026-02-16')}T08:30:00.000Z`;
    const category = STATUS_CATEGORY.get(fields.status) ?? 'new';
    const updated = category === 'done' && fields.due ? `${fields.due}T15:00:00.000Z` : category === 'indeterminate' ? IN_PROGRESS_UPDATED : created;
    this.issues.push({
      id: String(this.nextId++),
      key,
      projectKey: project.key,
      summary,
      issueType: type,
      status: fields.status,
      statusCategory: category,
      ...(fields.parentKey ? { parentKey: fields.parentKey } : {}),
      ...(fields.start ? { startDate: fields.start } : {}),
      ...(fields.due ? { dueDate: fields.due } : {}),
      labels: fields.labels ?? [],
      ...(fields.assignee && fields.status !== 'Backlog' ? { assigneeAccountId: fields.assignee } : {}),
      properties: fields.tags ? { [JOURNEY_PROPERTY_KEY]: toIndexedProperty(fields.tags, this.taxonomy) } : {},
      created,
      updated: updated < created ? created : updated,
    });
  }

  addProject(project: StreamContent): void {
    let number = 0;
    const nextKey = () => `${project.key}-${++number}`;
    const epicKeys = project.epics.map((epic) => {
      const key = nextKey();
      const span = { ...(epic.start ? { start: epic.start } : {}), ...(epic.due ? { due: epic.due } : {}) };
      const derived = statusFromDates(span);
      const status = epic.status ?? (derived === 'In Review' ? 'In Progress' : derived);
      this.add(project, key, 'Epic', epic.summary, { ...span, status, tags: epic.tags, labels: epic.labels, assignee: project.leadAccountId });
      return key;
    });
    const team = project.teamAccountIds ?? [project.leadAccountId];
    let turn = 0;
    const addChild = (child: ChildSpec, span: Span, parentKey?: string) => {
      const key = nextKey();
      if (child.ref) {
        if (this.refs.has(child.ref)) throw new Error(`demo content: ref ${child.ref} is used twice`);
        this.refs.set(child.ref, key);
      }
      const dates = child.undated ? {} : { ...span, ...(child.start ? { start: child.start } : {}), ...(child.due ? { due: child.due } : {}) };
      const status = child.status ?? statusFromDates(dates);
      const assignee = child.assignee ?? team[turn++ % team.length];
      this.add(project, key, child.type, child.summary, { ...dates, status, parentKey, tags: child.tags, labels: child.labels, assignee });
      for (const summary of child.subtasks) this.add(project, nextKey(), 'Subtask', summary, { status, parentKey: key, assignee });
    };
    project.epics.forEach((epic, e) => epic.children.forEach((child, i) => addChild(child, sliceOf(epic, i, epic.children.length), epicKeys[e])));
    for (const loose of project.looseIssues ?? []) addChild(loose, {}, loose.epicKey);
  }
}

function demoLinks(refs: ReadonlyMap<string, string>, keys: ReadonlySet<string>): SiteLink[] {
  const resolve = (end: string) => {
    const key = end.startsWith('@') ? refs.get(end.slice(1)) : end;
    if (!key || !keys.has(key)) throw new Error(`demo content: link end ${end} names no issue`);
    return key;
  };
  return DEMO_LINKS.map((link, i) => ({ id: String(20001 + i), type: link.type, outwardKey: resolve(link.outward), inwardKey: resolve(link.inward) }));
}

function demoConfluence(): SiteFile['confluence'] {
  const createdAt = '2026-01-12T09:00:00.000Z';
  return {
    spaces: [{ id: '98305', key: 'PROG', name: 'Programme 360° Customer Centricity', type: 'global', status: 'current', homepageId: '98306', viewers: 'all', authorId: DEMO_ACCOUNTS.admin, createdAt }],
    pages: [
      {
        id: '98306',
        spaceId: '98305',
        title: 'Programme 360° Customer Centricity',
        status: 'current',
        body: '<p>Home of the 360° customer-centricity programme. Programme, stream and dependency reports are published below this page.</p>',
        version: { number: 1, message: '', createdAt, authorId: DEMO_ACCOUNTS.admin },
        authorId: DEMO_ACCOUNTS.admin,
        createdAt,
        properties: [],
        labels: [],
      },
    ],
  };
}

/** The whole demo site: users, projects, issues with journey tags, dependency links and the programme space. */
export function buildDemoSite(): SiteFile {
  const factory = new IssueFactory();
  for (const project of DEMO_PROJECTS) factory.addProject(project);
  const keys = new Set(factory.issues.map((issue) => issue.key));
  return {
    version: 1,
    users: demoUsers(),
    groups: demoGroups(),
    projects: DEMO_PROJECTS.map((p) => ({ id: p.projectId, key: p.key, name: p.name, projectTypeKey: p.isStream ? 'software' : 'service_desk', simplified: false })),
    issueTypes: [
      { id: '10000', name: 'Epic', hierarchyLevel: 1, subtask: false },
      { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
      { id: '10002', name: 'Task', hierarchyLevel: 0, subtask: false },
      { id: '10003', name: 'Bug', hierarchyLevel: 0, subtask: false },
      { id: '10004', name: 'Subtask', hierarchyLevel: -1, subtask: true },
    ],
    fields: [{ id: 'customfield_10015', name: 'Start date', schema: { type: 'date', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker', customId: 10015 } }],
    statuses: DEMO_STATUSES.map((s) => ({ ...s })),
    issues: factory.issues,
    linkTypes: [
      { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
      { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
      { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
      { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
    ],
    links: demoLinks(factory.refs, keys),
    confluence: demoConfluence(),
  };
}
