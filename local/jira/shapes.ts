/** JSON shapes of the objects inside Jira answers (atlassian-rest.md §4.1, §4.2, §5, §7). */
import type { SiteFile, SiteIssue, SiteLinkType, SiteProject, SiteUser, StatusCategoryKey } from '../site/schema';
import { projectOf } from './access';
import { APP_ACCOUNT_ID } from './context';

const STATUS_CATEGORIES: Record<StatusCategoryKey, { id: number; name: string; colorName: string }> = {
  new: { id: 2, name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, name: 'Done', colorName: 'green' },
};

const avatarUrls = (base: string, kind: string, id: string) => ({
  '48x48': `${base}/secure/${kind}avatar?avatarId=${id}`,
  '24x24': `${base}/secure/${kind}avatar?size=small&avatarId=${id}`,
  '16x16': `${base}/secure/${kind}avatar?size=xsmall&avatarId=${id}`,
  '32x32': `${base}/secure/${kind}avatar?size=medium&avatarId=${id}`,
});

export function statusCategoryJson(base: string, key: StatusCategoryKey) {
  const category = STATUS_CATEGORIES[key];
  return { self: `${base}/rest/api/3/statuscategory/${category.id}`, id: category.id, key, colorName: category.colorName, name: category.name };
}

export function statusJson(base: string, site: SiteFile, issue: SiteIssue) {
  const status = site.statuses.find((candidate) => candidate.name === issue.status);
  const id = status?.id ?? '1';
  return {
    self: `${base}/rest/api/3/status/${id}`,
    description: '',
    iconUrl: `${base}/images/icons/statuses/generic.png`,
    name: issue.status,
    id,
    statusCategory: statusCategoryJson(base, issue.statusCategory),
  };
}

export function issueTypeJson(base: string, site: SiteFile, issue: SiteIssue) {
  const type = site.issueTypes.find((candidate) => candidate.name === issue.issueType);
  const id = type?.id ?? '0';
  const project = projectOf(site, issue);
  return {
    self: `${base}/rest/api/3/issuetype/${id}`,
    id,
    description: '',
    iconUrl: `${base}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${id}`,
    name: issue.issueType,
    subtask: type?.subtask ?? false,
    avatarId: 10300 + Number(id.slice(-2)),
    hierarchyLevel: type?.hierarchyLevel ?? 0,
    // scope and entityId exist only for team-managed projects' own issue types
    ...(project.simplified ? { entityId: `emulated-${project.id}-${id}`, scope: { type: 'PROJECT', project: { id: project.id } } } : {}),
  };
}

export function projectJson(base: string, project: SiteProject) {
  return {
    self: `${base}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: project.simplified,
    avatarUrls: avatarUrls(base, 'project', project.id),
  };
}

export function userJson(base: string, user: SiteUser) {
  return {
    self: `${base}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: 'atlassian',
    ...(user.emailAddress ? { emailAddress: user.emailAddress } : {}),
    avatarUrls: avatarUrls(base, 'user', user.accountId),
    displayName: user.displayName,
    active: true,
    timeZone: user.timeZone,
    locale: user.locale.replace('-', '_'),
  };
}

export function appUserJson(base: string) {
  return {
    self: `${base}/rest/api/3/user?accountId=${encodeURIComponent(APP_ACCOUNT_ID)}`,
    accountId: APP_ACCOUNT_ID,
    accountType: 'app',
    avatarUrls: avatarUrls(base, 'user', 'app'),
    displayName: 'Programme Orchestrator',
    active: true,
    timeZone: 'UTC',
    locale: 'en_US',
  };
}

export function linkTypeJson(base: string, type: SiteLinkType) {
  return { id: type.id, name: type.name, inward: type.inward, outward: type.outward, self: `${base}/rest/api/3/issueLinkType/${type.id}` };
}

/** The site has no priorities; every issue reads as Medium, as on a fresh Cloud site. */
export function priorityJson(base: string) {
  return { self: `${base}/rest/api/3/priority/3`, iconUrl: `${base}/images/icons/priorities/medium.svg`, name: 'Medium', id: '3' };
}

/** A linked or parent issue: id, key, self and the reduced fields Jira embeds. */
export function reducedIssueJson(base: string, site: SiteFile, issue: SiteIssue) {
  return {
    id: issue.id,
    key: issue.key,
    self: `${base}/rest/api/3/issue/${issue.id}`,
    fields: {
      summary: issue.summary,
      status: statusJson(base, site, issue),
      priority: priorityJson(base),
      issuetype: issueTypeJson(base, site, issue),
    },
  };
}
