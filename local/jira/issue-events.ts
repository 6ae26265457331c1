/** Builds the issue and link event payloads (events.ts) from site records. */
import type { Actor } from '../site/actor';
import type { SiteFile, SiteIssue, SiteLink } from '../site/schema';
import { findIssue, projectOf } from './access';
import { eventOrigin, jiraTimestamp } from './context';
import type { ChangelogItem, IssueEventIssue, IssueLinkEvent, IssueUpdatedEvent } from './events';
import { issueTypeJson, projectJson, statusJson, userJson } from './shapes';

export function eventIssue(base: string, site: SiteFile, issue: SiteIssue): IssueEventIssue {
  const assignee = site.users.find((user) => user.accountId === issue.assigneeAccountId);
  return {
    id: issue.id,
    key: issue.key,
    fields: {
      summary: issue.summary,
      issuetype: issueTypeJson(base, site, issue),
      project: projectJson(base, projectOf(site, issue)),
      status: statusJson(base, site, issue),
      assignee: assignee ? userJson(base, assignee) : null,
      reporter: null,
      creator: null,
      created: jiraTimestamp(issue.created),
      updated: jiraTimestamp(issue.updated),
    },
  };
}

let changelogCounter = 20000;

export function issueUpdatedEvent(base: string, site: SiteFile, issue: SiteIssue, actor: Actor, items: ChangelogItem[]): IssueUpdatedEvent {
  changelogCounter += 1;
  return { eventType: 'avi:jira:updated:issue', ...eventOrigin(actor), issue: eventIssue(base, site, issue), changelog: { id: String(changelogCounter), items } };
}

/** "A blocks B": A (the site link's outwardKey) is the source, B the destination. */
export function issueLinkEvent(site: SiteFile, link: SiteLink, actor: Actor, eventType: IssueLinkEvent['eventType']): IssueLinkEvent {
  const source = findIssue(site, link.outwardKey);
  const destination = findIssue(site, link.inwardKey);
  const type = site.linkTypes.find((candidate) => candidate.name === link.type);
  if (!source || !destination || !type) throw new Error(`Site inconsistency: link ${link.id} points at a missing issue or type`);
  return {
    eventType,
    ...eventOrigin(actor),
    id: link.id,
    sourceIssueId: source.id,
    destinationIssueId: destination.id,
    sourceProjectId: projectOf(site, source).id,
    destinationProjectId: projectOf(site, destination).id,
    issueLinkType: { id: type.id, name: type.name, inward: type.inward, outward: type.outward },
  };
}
