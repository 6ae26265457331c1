/** The synthetic programme as a local site: projects S01…, its issues and Blocks links, and stored settings. */
import { emptyKvsState, type KvsState } from '../local/kvs';
import type { SiteFile, SiteIssue } from '../local/site/schema';
import type { ProgrammeSettings } from '../src/contract/programme';
import type { Stream, WorkItem, DependencyLink } from '../src/domain';

export const BENCH_ACCOUNT = '712020:00000000-0000-4000-8000-0000000be7c1';
const STATUS = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' } as const;

export function syntheticSite(programme: { streams: Stream[]; items: WorkItem[]; links: DependencyLink[] }): { site: SiteFile; kvsState: KvsState; settings: ProgrammeSettings } {
  const projectKeys = programme.streams.map((stream) => stream.id.toUpperCase());
  const issues: SiteIssue[] = programme.items.map((item, index) => ({
    id: String(20000 + index),
    key: item.key,
    projectKey: item.key.slice(0, item.key.lastIndexOf('-')),
    summary: item.summary,
    issueType: item.issueType,
    status: STATUS[item.statusCategory],
    statusCategory: item.statusCategory,
    ...(item.parentKey ? { parentKey: item.parentKey } : {}),
    ...(item.startDate ? { startDate: item.startDate } : {}),
    ...(item.dueDate ? { dueDate: item.dueDate } : {}),
    labels: [],
    properties: {},
    created: '2026-01-05T09:00:00.000Z',
    updated: '2026-01-05T09:00:00.000Z',
  }));
  const seen = new Set<string>();
  const links = programme.links
    .filter((link) => {
      const pair = `${link.blocker}>${link.blocked}`;
      if (link.blocker === link.blocked || seen.has(pair)) return false;
      seen.add(pair);
      return true;
    })
    // "blocker blocks blocked": the blocker is the sentence's subject, the site's outwardKey.
    .map((link) => ({ id: link.id, type: 'Blocks', outwardKey: link.blocker, inwardKey: link.blocked }));
  const site: SiteFile = {
    version: 1,
    users: [{ accountId: BENCH_ACCOUNT, displayName: 'Bench Manager', locale: 'en-US', timeZone: 'UTC', siteAdmin: true, browseProjects: 'all', editProjects: 'all', groups: [] }],
    groups: [],
    projects: projectKeys.map((key, index) => ({ id: String(10100 + index), key, name: `Stream ${key}`, projectTypeKey: 'software', simplified: false })),
    issueTypes: [
      { id: '10000', name: 'Epic', hierarchyLevel: 1, subtask: false },
      { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
    ],
    fields: [{ id: 'customfield_10015', name: 'Start date', schema: { type: 'date', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker', customId: 10015 } }],
    statuses: [
      { id: '10000', name: 'To Do', statusCategory: 'new' },
      { id: '10001', name: 'In Progress', statusCategory: 'indeterminate' },
      { id: '10002', name: 'Done', statusCategory: 'done' },
    ],
    issues,
    linkTypes: [{ id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }],
    links,
    confluence: { spaces: [], pages: [] },
  };
  const settings: ProgrammeSettings = {
    version: 1,
    streams: programme.streams,
    dependencyLinkTypes: [{ linkTypeId: '10000', name: 'Blocks', objectWaits: true }],
    startDateFieldId: 'customfield_10015',
    dueDateFieldId: 'duedate',
    programmeManagerAccountIds: [],
    programmeManagerGroupIds: [],
    atRiskThresholdDays: 5,
  };
  const kvsState = emptyKvsState();
  kvsState.kv['programme-settings'] = { value: settings, createdAt: 0, updatedAt: 0 };
  return { site, kvsState, settings };
}
