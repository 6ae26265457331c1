/** Builds the issue and link event payloads (events.ts) from site records. */
import type { Actor } from '../site/actor';
import type { SiteFile, SiteIssue, SiteLink } from '../site/schema';
import { findIssue, projectOf } from './access';
import { eventOrigin, jiraTimestamp } from './context';
import type { ChangelogItem, IssueEventIssue, IssueLinkEvent, IssuePropertyEvent, IssueUpdatedEvent } from './events';
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

/**
 * The issue-updated events Jira raises besides a link event: one for each end, whose changelog says "This issue
 * blocks DATA-3" (the source) or "This issue is blocked by CRM-1" (the destination), in `to*` when the link was
 * created and in `from*` when it was deleted.
 */
export function linkUpdatedEvents(base: string, site: SiteFile, link: SiteLink, actor: Actor, change: 'created' | 'deleted'): IssueUpdatedEvent[] {
  const source = findIssue(site, link.outwardKey);
  const destination = findIssue(site, link.inwardKey);
  const type = site.linkTypes.find((candidate) => candidate.name === link.type);
  if (!source || !destination || !type) throw new Error(`Site inconsistency: link ${link.id} points at a missing issue or type`);
  const ends: Array<[SiteIssue, string, SiteIssue]> = [
    [source, type.outward, destination],
    [destination, type.inward, source],
  ];
  return ends.map(([issue, phrase, other]) => {
    const words = `This issue ${phrase} ${other.key}`;
    const item: ChangelogItem =
      change === 'created'
        ? { field: 'Link', fieldtype: 'jira', fieldId: 'issuelinks', from: null, fromString: null, to: other.key, toString: words }
        : { field: 'Link', fieldtype: 'jira', fieldId: 'issuelinks', from: other.key, fromString: words, to: null, toString: null };
    return issueUpdatedEvent(base, site, issue, actor, [item]);
  });
}

export function issuePropertyEvent(issue: SiteIssue, propertyKey: string, actor: Actor, eventType: IssuePropertyEvent['eventType']): IssuePropertyEvent {
  return { eventType, ...eventOrigin(actor), entityId: issue.id, entityType: 'issue', propertyKey };
}
