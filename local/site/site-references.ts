/**
 * The site file's cross-checks that its shape cannot express: unique ids and names, references between lists
 * (an unknown name is answered with the names that exist), and the issue hierarchy (no parent cycles, a parent's
 * issue type above its child's). Paths point at the entry and field; schema.ts turns them into `issues[3] (CRM-4).status`.
 */
import { knownNames } from './entry-path';
import { checkIssueHierarchy } from './issue-hierarchy';
import type { ParsedSite } from './schema';

export type ReportProblem = (path: Array<string | number>, message: string) => void;

type ListName = 'users' | 'projects' | 'issueTypes' | 'fields' | 'statuses' | 'issues' | 'linkTypes' | 'links';

function checkUnique<T>(problem: ReportProblem, list: ListName, entries: T[], field: keyof T & string): void {
  const seen = new Set<unknown>();
  entries.forEach((entry, i) => {
    if (seen.has(entry[field])) problem([list, i, field], `duplicate ${field} ${String(entry[field])}`);
    seen.add(entry[field]);
  });
}

export function checkSiteReferences(site: ParsedSite, problem: ReportProblem, datePickerType: string): void {
  checkUnique(problem, 'users', site.users, 'accountId');
  checkUnique(problem, 'projects', site.projects, 'id');
  checkUnique(problem, 'projects', site.projects, 'key');
  checkUnique(problem, 'issueTypes', site.issueTypes, 'id');
  checkUnique(problem, 'issueTypes', site.issueTypes, 'name');
  checkUnique(problem, 'fields', site.fields, 'id');
  checkUnique(problem, 'statuses', site.statuses, 'name');
  checkUnique(problem, 'issues', site.issues, 'id');
  checkUnique(problem, 'issues', site.issues, 'key');
  checkUnique(problem, 'linkTypes', site.linkTypes, 'id');
  checkUnique(problem, 'linkTypes', site.linkTypes, 'name');
  checkUnique(problem, 'links', site.links, 'id');

  if (!site.fields.some((field) => field.schema.custom === datePickerType && field.name === 'Start date')) {
    problem(['fields'], `needs a "Start date" field with schema.custom "${datePickerType}"`);
  }
  site.fields.forEach((field, i) => {
    if (field.id !== `customfield_${field.schema.customId}`) problem(['fields', i, 'schema', 'customId'], `must be the number in the id ${field.id}`);
  });

  const projectKeys = site.projects.map((p) => p.key);
  const unknownProject = (key: string) => `unknown project "${key}"; ${knownNames('projects', projectKeys)}`;
  site.users.forEach((user, i) => {
    for (const scope of ['browseProjects', 'editProjects'] as const) {
      const keys = user[scope];
      if (keys !== 'all') keys.filter((key) => !projectKeys.includes(key)).forEach((key) => problem(['users', i, scope], unknownProject(key)));
    }
  });

  const issueTypeNames = site.issueTypes.map((t) => t.name);
  const statusNames = site.statuses.map((s) => s.name);
  const accountIds = new Set(site.users.map((u) => u.accountId));
  const issueKeys = site.issues.map((issue) => issue.key);
  const issueKeySet = new Set(issueKeys);
  const unknownIssue = (key: string) => `unknown issue "${key}"; ${knownNames('issues', issueKeys)}`;
  site.issues.forEach((issue, i) => {
    if (!projectKeys.includes(issue.projectKey)) problem(['issues', i, 'projectKey'], unknownProject(issue.projectKey));
    else if (!issue.key.startsWith(`${issue.projectKey}-`)) problem(['issues', i, 'key'], `must start with its project key ${issue.projectKey}-`);
    if (!issueTypeNames.includes(issue.issueType)) {
      problem(['issues', i, 'issueType'], `unknown issue type "${issue.issueType}"; ${knownNames('issue types', issueTypeNames)}`);
    }
    const status = site.statuses.find((s) => s.name === issue.status);
    if (!status) problem(['issues', i, 'status'], `unknown status "${issue.status}"; ${knownNames('statuses', statusNames)}`);
    else if (issue.statusCategory && issue.statusCategory !== status.statusCategory) {
      problem(['issues', i, 'statusCategory'], `status ${status.name} is in category ${status.statusCategory}`);
    }
    if (issue.assigneeAccountId !== undefined && !accountIds.has(issue.assigneeAccountId)) {
      const users = site.users.map((u) => `${u.accountId} (${u.displayName})`);
      problem(['issues', i, 'assigneeAccountId'], `unknown user "${issue.assigneeAccountId}"; ${knownNames('users', users)}`);
    }
    if (issue.parentKey === issue.key) problem(['issues', i, 'parentKey'], 'an issue cannot be its own parent');
    else if (issue.parentKey !== undefined && !issueKeySet.has(issue.parentKey)) {
      problem(['issues', i, 'parentKey'], `unknown parent "${issue.parentKey}"; ${knownNames('issues', issueKeys)}`);
    }
  });
  checkIssueHierarchy(site, problem);

  const linkTypeNames = site.linkTypes.map((t) => t.name);
  site.links.forEach((link, i) => {
    if (!linkTypeNames.includes(link.type)) problem(['links', i, 'type'], `unknown link type "${link.type}"; ${knownNames('link types', linkTypeNames)}`);
    if (!issueKeySet.has(link.outwardKey)) problem(['links', i, 'outwardKey'], unknownIssue(link.outwardKey));
    if (!issueKeySet.has(link.inwardKey)) problem(['links', i, 'inwardKey'], unknownIssue(link.inwardKey));
  });
}
