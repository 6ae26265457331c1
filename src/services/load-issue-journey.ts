import { JOURNEY_PROPERTY_KEY, JourneyTagsSchema, effectiveTags, emptyTags, type JourneyTags, type Taxonomy } from '../domain';
import type { TagSlot, TagSource } from '../domain/tags';
import type { AppStore } from '../platform/app-store';
import { fetchIssueJourney, type IssueJourneyRecord } from '../platform/jira-issue-journey';
import { AppFailure } from './errors';
import { loadTaxonomy } from './load-taxonomy';
import { asAppFailure } from './platform-failures';

export interface IssueJourneyView {
  issue: { key: string; summary: string; issueType: string };
  epic: { key: string; summary: string } | null;
  own: JourneyTags;
  shown: Record<TagSlot, Array<{ id: string; source: TagSource }>>;
  taxonomy: Taxonomy;
}

function tagsOf(record: IssueJourneyRecord): JourneyTags {
  const raw = record.properties[JOURNEY_PROPERTY_KEY];
  if (raw === undefined) return emptyTags();
  const parsed = JourneyTagsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure({ code: 'STORED_DATA_INVALID', field: [record.key, JOURNEY_PROPERTY_KEY, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
  }
  return parsed.data;
}

/**
 * An issue's journey tags with those it inherits from its epic. Read as the user, so Jira decides what they may
 * see; at most three requests (the issue, its parent, and the parent's parent for a sub-task).
 */
export async function loadIssueJourney(store: AppStore, issueKey: string): Promise<IssueJourneyView> {
  try {
    const [record, { taxonomy }] = await Promise.all([fetchIssueJourney('user', issueKey), loadTaxonomy(store)]);
    let epic: IssueJourneyRecord | null = null;
    let cursor = record;
    for (let depth = 0; depth < 2 && cursor.fields.issuetype.hierarchyLevel < 1 && cursor.fields.parent; depth++) {
      const parent = await fetchIssueJourney('user', cursor.fields.parent.key);
      if (parent.fields.issuetype.hierarchyLevel >= 1) epic = parent;
      cursor = parent;
    }
    const own = tagsOf(record);
    return {
      issue: { key: record.key, summary: record.fields.summary, issueType: record.fields.issuetype.name },
      epic: epic ? { key: epic.key, summary: epic.fields.summary } : null,
      own,
      shown: effectiveTags(own, epic ? tagsOf(epic) : undefined),
      taxonomy,
    };
  } catch (error) {
    throw asAppFailure(error, { issueKey });
  }
}
