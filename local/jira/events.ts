/**
 * Product events in the payload shapes of forge-platform.md §1.4, fired after each successful write made
 * through the emulated REST. Issue events carry the same field shapes as the REST answers; link events
 * carry ids only. Source and destination follow the link's sentence: for "A blocks B" A is the source.
 * A link created or deleted also updates both issues, as in Jira: each gets an issue-updated event with a `Link`
 * changelog item. Entity property writes raise `avi:jira:set:issue-property` / `deleted:issue-property`.
 */
export interface IssueEventIssue {
  id: string;
  key: string;
  fields: {
    summary: string;
    issuetype: unknown;
    project: unknown;
    status: unknown;
    assignee: unknown;
    reporter: unknown;
    creator: unknown;
    created: string;
    updated: string;
  };
}

export interface ChangelogItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

interface EventCommon {
  /** The user whose action caused the event; absent when the app acted. */
  atlassianId?: string;
  /** true when the app itself caused the event (what `ignoreSelf` filters). */
  selfGenerated: boolean;
}

export interface IssueCreatedEvent extends EventCommon {
  eventType: 'avi:jira:created:issue';
  issue: IssueEventIssue;
}

export interface IssueUpdatedEvent extends EventCommon {
  eventType: 'avi:jira:updated:issue';
  issue: IssueEventIssue;
  changelog: { id: string; items: ChangelogItem[] };
}

export interface IssueLinkEvent extends EventCommon {
  eventType: 'avi:jira:created:issuelink' | 'avi:jira:deleted:issuelink';
  id: string;
  sourceIssueId: string;
  destinationIssueId: string;
  sourceProjectId: string;
  destinationProjectId: string;
  issueLinkType: { id: string; name: string; inward: string; outward: string };
}

/**
 * An issue property set or deleted (https://developer.atlassian.com/platform/forge/events-reference/jira/, scope
 * read:jira-work per @forge/manifest's event-to-scope mapping). Ids only, like the link events: the issue's id as
 * `entityId` and the property's key; never the value, so a handler reads the property itself.
 */
export interface IssuePropertyEvent extends EventCommon {
  eventType: 'avi:jira:set:issue-property' | 'avi:jira:deleted:issue-property';
  entityId: string;
  entityType: 'issue';
  propertyKey: string;
}

export type JiraProductEvent = IssueCreatedEvent | IssueUpdatedEvent | IssueLinkEvent | IssuePropertyEvent;
