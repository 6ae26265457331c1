import { applyTagEdit, diffTags, type JourneyTags } from '../../domain';
import type { TagsSaveResult } from '../../contract/journey';
import type { IssueJourneyProperty } from '../../platform/jira-properties';
import type { UpdateOutcome } from '../../platform/jira-property-update';
import { AppFailure } from '../errors';
import { loadTaxonomy } from '../load-taxonomy';
import { asAppFailure } from '../platform-failures';
import { loadCatalogue } from '../use-cases/catalogue-store';
import { refusedAddition, sameTags, tagChange, tagFailure, tagsOfProperty } from './stored-tags';
import type { TagsPorts } from './tags-ports';

/**
 * Saves one user's tags on an issue without losing anyone else's. Their edit is what changed between `base` (what
 * they loaded) and `mine`; it is applied per term on top of what is stored, checked (a retired term stays but
 * cannot be added) and written as the user, so Jira's Edit permission applies. The write is a compare-and-set:
 * Jira stores it only if the property is still what was read; a save that lost a race re-merges on top of the
 * winner. Four requests when nobody else saves: read, conditional write, its task, read-back.
 */
export async function saveIssueTags(ports: TagsPorts, issueKey: string, base: JourneyTags, mine: JourneyTags): Promise<TagsSaveResult> {
  const [{ taxonomy }, { useCases }] = await Promise.all([loadTaxonomy(ports.store), loadCatalogue(ports.store)]);
  const edit = diffTags(base, mine);
  const refuseRetired = (current: JourneyTags, next: JourneyTags) => {
    const refused = refusedAddition(current, next, taxonomy, useCases);
    if (refused) throw tagFailure(refused, 'tags');
  };
  try {
    const issue = await ports.jira.readOne(issueKey);
    const outcome = (await ports.jira.update([issue], tagChange(edit, taxonomy, refuseRetired))).get(issue.id);
    const { tags, confirmed } = settled(issue, outcome);
    const first = tagsOfProperty(issue);
    // Someone else's change shows as a difference from `base`, or from what this edit alone would have stored.
    const merged = !sameTags(first, base) || !sameTags(tags, applyTagEdit(first, edit));
    return { issueKey, tags, merged, confirmed };
  } catch (error) {
    throw asAppFailure(error, { issueKey });
  }
}

/** The tags stored (or, unconfirmed, sent) — or the failure that kept the save from Jira. */
function settled(issue: IssueJourneyProperty, outcome: UpdateOutcome | undefined): { tags: JourneyTags; confirmed: boolean } {
  const params = { issueKey: issue.key };
  switch (outcome?.status) {
    case 'kept':
    case 'written':
      return { tags: tagsOfProperty({ ...issue, value: outcome.stored }), confirmed: true };
    case 'unconfirmed':
      return { tags: tagsOfProperty({ ...issue, value: outcome.sent }), confirmed: false };
    case 'no-permission':
      throw new AppFailure({ code: 'PERMISSION_DENIED', params: { ...params, product: 'jira' } });
    case 'not-found':
      throw new AppFailure({ code: 'NOT_FOUND', params: { ...params, product: 'jira' } });
    case 'conflict':
      throw new AppFailure({ code: 'CONFLICT', params });
    case 'refused':
    case 'rejected':
      throw outcome.error;
    default:
      throw new Error(`the tag update of ${issue.key} ended without an outcome`);
  }
}
