import { JOURNEY_PROPERTY_KEY, JourneyTagsSchema, effectiveTags, emptyTags, type JourneyTags, type Taxonomy } from '../domain';
import type { TagSlot, TagSource } from '../domain/tags';
import type { AppStore } from '../platform/app-store';
import { fetchIssueJourney, type IssueJourneyRecord } from '../platform/jira-issue-journey';
import { fetchIssueParent } from '../platform/jira-issue-parent';
import { permissionsOnIssue } from '../platform/jira-links';
import { PlatformError } from '../platform/platform-error';
import { AppFailure } from './errors';
import { loadTaxonomy } from './load-taxonomy';
import { asAppFailure } from './platform-failures';

export interface IssueJourneyView {
  issue: { key: string; summary: string; issueType: string };
  /** The epic the issue inherits tags from; null when it has none, or when the viewer may not see it (`epicHidden`). */
  epic: { key: string; summary: string } | null;
  /**
   * The issue's epic is in a project the viewer cannot browse: its inherited tags are withheld (and the epic is not
   * named), the issue's own tags are shown and editable as ever.
   */
  epicHidden: boolean;
  /** The viewer holds Edit issues on the issue (tags are an issue property Jira lets only them write): the panel offers "Edit tags". */
  mayEdit: boolean;
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

/** What walking up from the issue found: its epic, or that the way up leads to an issue the viewer cannot see. */
type EpicLookup = { epic: IssueJourneyRecord | null; hidden: boolean };

/** The parent, read as the user; `hidden` when Jira will not show it to them. */
async function parentAsUser(parentKey: string): Promise<IssueJourneyRecord | 'hidden'> {
  try {
    return await fetchIssueJourney('user', parentKey);
  } catch (error) {
    if (error instanceof PlatformError && error.kind === 'not-found') return 'hidden';
    throw error;
  }
}

/**
 * Jira shows the user no parent: either there is none, or it is one they may not browse (Jira leaves such a parent
 * out). Only the app can tell, so it is asked — for the parent's existence, never its key or tags, which stay
 * withheld.
 */
async function hasParentHiddenFromUser(issueKey: string): Promise<boolean> {
  const asApp = await fetchIssueParent('app', issueKey);
  return Boolean(asApp.fields.parent);
}

/** Up from the issue to its epic (a sub-task's parent's parent at most), reading as the user. */
async function findEpic(record: IssueJourneyRecord): Promise<EpicLookup> {
  let cursor = record;
  for (let depth = 0; depth < 2 && cursor.fields.issuetype.hierarchyLevel < 1; depth++) {
    const parentKey = cursor.fields.parent?.key;
    if (parentKey === undefined) return { epic: null, hidden: await hasParentHiddenFromUser(cursor.key) };
    const parent = await parentAsUser(parentKey);
    if (parent === 'hidden') return { epic: null, hidden: true };
    if (parent.fields.issuetype.hierarchyLevel >= 1) return { epic: parent, hidden: false };
    cursor = parent;
  }
  return { epic: null, hidden: false };
}

/**
 * An issue's journey tags with those it inherits from its epic. Read as the user, so Jira decides what they may
 * see: the issue itself (NOT_FOUND when they may not browse it), its parent, and a sub-task's parent's parent. When
 * Jira shows no parent, the app is asked once whether one is hidden from the user: then the epic's tags are withheld
 * and the panel says so; beside the issue, one permission question (Edit issues on it). At most four requests.
 */
export async function loadIssueJourney(store: AppStore, issueKey: string): Promise<IssueJourneyView> {
  try {
    const [record, { taxonomy }, held] = await Promise.all([fetchIssueJourney('user', issueKey), loadTaxonomy(store), permissionsOnIssue('user', issueKey, ['EDIT_ISSUES']).catch(() => ({}) as Partial<Record<'EDIT_ISSUES', boolean>>)]);
    const { epic, hidden } = await findEpic(record);
    const own = tagsOf(record);
    return {
      issue: { key: record.key, summary: record.fields.summary, issueType: record.fields.issuetype.name },
      epic: epic ? { key: epic.key, summary: epic.fields.summary } : null,
      epicHidden: hidden,
      // Jira could not say (the question failed): the panel still shows the tags, read-only; a save would be checked anyway.
      mayEdit: held.EDIT_ISSUES === true,
      own,
      shown: effectiveTags(own, epic ? tagsOf(epic) : undefined),
      taxonomy,
    };
  } catch (error) {
    throw asAppFailure(error, { issueKey });
  }
}
