import { emptyTags, validateTagChange, type JourneyTags, type TagEdit } from '../../domain';
import { MAX_BULK_ISSUES, type BulkIssueResult, type BulkOutcome, type TagsBulkResult } from '../../contract/journey';
import type { IssueJourneyProperty } from '../../platform/jira-properties';
import type { UpdateOutcome } from '../../platform/jira-property-update';
import { AppFailure } from '../errors';
import { loadTaxonomy } from '../load-taxonomy';
import { asAppFailure } from '../platform-failures';
import { loadCatalogue } from '../use-cases/catalogue-store';
import { tagChange, tagFailure } from './stored-tags';
import type { TagsPorts } from './tags-ports';

export type BulkSelection = { issueKeys: readonly string[] } | { jql: string };

async function readSelection(ports: TagsPorts, selection: BulkSelection): Promise<IssueJourneyProperty[]> {
  if ('issueKeys' in selection) return ports.jira.readMany([...new Set(selection.issueKeys)]);
  const found = await ports.jira.search(selection.jql, MAX_BULK_ISSUES);
  if (found.length > MAX_BULK_ISSUES) throw new AppFailure({ code: 'BULK_TOO_MANY', field: 'jql', params: { limit: MAX_BULK_ISSUES } });
  return found;
}

/**
 * Adds and removes terms on many issues as the user. One read (bulkfetch or search, with the property embedded);
 * then, per distinct value the issues store, one conditional write of the merged value (so an issue someone else
 * changed meanwhile is not overwritten but re-merged) and its task; one read-back of them all; and — only when
 * Jira skipped or refused some issues — one permission check. Each issue gets its own outcome, and only what Jira
 * showed: done, unconfirmed (accepted but not confirmed), no permission, not found, failed.
 */
export async function bulkTagIssues(ports: TagsPorts, selection: BulkSelection, edit: TagEdit): Promise<TagsBulkResult> {
  const [{ taxonomy }, { useCases }] = await Promise.all([loadTaxonomy(ports.store), loadCatalogue(ports.store)]);
  // Terms to add must be active, whatever the issue: refuse the whole action before touching anything.
  const additions = { ...emptyTags(), ...edit.add } as JourneyTags;
  const refused = validateTagChange(emptyTags(), additions, taxonomy, useCases)[0];
  if (refused) throw tagFailure(refused, 'add');

  try {
    const issues = await readSelection(ports, selection);
    const outcomes = await ports.jira.update(issues, tagChange(edit, taxonomy));
    const results = new Map(issues.map((issue) => [issue.key, resultOf(issue.key, outcomes.get(issue.id))]));
    return summarise(selection, issues, results);
  } catch (error) {
    throw asAppFailure(error, { issueKey: 'issueKeys' in selection ? selection.issueKeys.join(', ') : '' });
  }
}

function resultOf(issueKey: string, outcome: UpdateOutcome | undefined): BulkIssueResult {
  switch (outcome?.status) {
    case 'kept':
      return { issueKey, outcome: 'done', changed: false };
    case 'written':
      return { issueKey, outcome: 'done', changed: true };
    case 'unconfirmed':
      return { issueKey, outcome: 'unconfirmed', changed: true };
    case 'no-permission':
    case 'not-found':
      return { issueKey, outcome: outcome.status, changed: false };
    case 'refused':
      if (outcome.error.kind === 'rate-limited') {
        const wait = outcome.error.rateLimit?.retryAfterSeconds;
        return { issueKey, outcome: 'failed', changed: false, reason: 'throttled', detail: outcome.error.message, ...(wait === undefined ? {} : { retryAfterSeconds: wait }) };
      }
      return { issueKey, outcome: 'failed', changed: false, reason: 'refused', detail: outcome.error.message };
    case 'conflict':
      return { issueKey, outcome: 'failed', changed: false, reason: 'conflict' };
    case 'rejected':
      // The only refusal of a bulk change is a property that is not tags; anything else is a bug.
      if (outcome.error instanceof AppFailure) return { issueKey, outcome: 'failed', changed: false, reason: 'damaged' };
      throw outcome.error;
    default:
      throw new Error(`the tag update of ${issueKey} ended without an outcome`);
  }
}

/** In the order asked for; a requested key Jira did not return is missing or invisible to the user. */
function summarise(selection: BulkSelection, issues: IssueJourneyProperty[], byKey: Map<string, BulkIssueResult>): TagsBulkResult {
  const order = 'issueKeys' in selection ? [...new Set(selection.issueKeys)] : issues.map((i) => i.key);
  const results = order.map((key) => byKey.get(key) ?? { issueKey: key, outcome: 'not-found' as const, changed: false });
  const counts: Record<BulkOutcome, number> = { done: 0, unconfirmed: 0, 'no-permission': 0, 'not-found': 0, failed: 0 };
  for (const result of results) counts[result.outcome]++;
  return { results, counts };
}
