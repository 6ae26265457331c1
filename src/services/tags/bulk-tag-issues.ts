import { applyTagEdit, emptyTags, toIndexedProperty, validateTagChange, type JourneyTags, type TagEdit } from '../../domain';
import { MAX_BULK_ISSUES, type BulkIssueResult, type BulkOutcome, type TagsBulkResult } from '../../contract/journey';
import type { IssueJourneyProperty } from '../../platform/jira-properties';
import { AppFailure } from '../errors';
import { loadTaxonomy } from '../load-taxonomy';
import { asAppFailure } from '../platform-failures';
import { loadCatalogue } from '../use-cases/catalogue-store';
import { sameTags, tagFailure, tagsOfProperty } from './stored-tags';
import type { TagsPorts } from './tags-ports';

export type BulkSelection = { issueKeys: readonly string[] } | { jql: string };

async function readSelection(ports: TagsPorts, selection: BulkSelection): Promise<IssueJourneyProperty[]> {
  if ('issueKeys' in selection) return ports.jira.readMany([...new Set(selection.issueKeys)]);
  const found = await ports.jira.search(selection.jql, MAX_BULK_ISSUES);
  if (found.length > MAX_BULK_ISSUES) throw new AppFailure({ code: 'BULK_TOO_MANY', field: 'jql', params: { limit: MAX_BULK_ISSUES } });
  return found;
}

/**
 * Adds and removes terms on many issues as the user, in as few requests as Jira allows: one read (bulkfetch or
 * search, with the property embedded), one `properties/multi` write and its task, and — only when Jira refused
 * some issues — one permission check to tell "no permission" from other failures. Each issue gets its own
 * outcome; nothing is reported done that Jira did not confirm.
 */
export async function bulkTagIssues(ports: TagsPorts, selection: BulkSelection, edit: TagEdit): Promise<TagsBulkResult> {
  const [{ taxonomy }, { useCases }] = await Promise.all([loadTaxonomy(ports.store), loadCatalogue(ports.store)]);
  // Terms to add must be active, whatever the issue: refuse the whole action before touching anything.
  const additions = { ...emptyTags(), ...edit.add } as JourneyTags;
  const refused = validateTagChange(emptyTags(), additions, taxonomy, useCases)[0];
  if (refused) throw tagFailure(refused, 'add');

  try {
    const issues = await readSelection(ports, selection);
    const results = new Map<string, BulkIssueResult>();
    const writes: Array<{ issue: IssueJourneyProperty; value: unknown }> = [];
    for (const issue of issues) {
      let current: JourneyTags;
      try {
        current = tagsOfProperty(issue);
      } catch {
        results.set(issue.key, { issueKey: issue.key, outcome: 'failed', changed: false, detail: 'the stored tags are damaged' });
        continue;
      }
      const next = applyTagEdit(current, edit);
      if (sameTags(next, current)) results.set(issue.key, { issueKey: issue.key, outcome: 'done', changed: false });
      else writes.push({ issue, value: toIndexedProperty(next, taxonomy) });
    }

    const outcome = await (writes.length > 0 ? ports.jira.writeMany(writes.map((w) => ({ issueId: w.issue.id, value: w.value }))) : { failed: new Map<string, string>(), unconfirmed: new Set<string>() });
    const editable = outcome.failed.size > 0 ? await ports.jira.editable([...outcome.failed.keys()]) : new Set<string>();
    for (const { issue } of writes) {
      const failure = outcome.failed.get(issue.id);
      if (outcome.unconfirmed.has(issue.id)) {
        results.set(issue.key, { issueKey: issue.key, outcome: 'failed', changed: false, detail: 'Jira did not confirm the change in time; reload to see whether it was applied' });
      } else if (failure === undefined) {
        results.set(issue.key, { issueKey: issue.key, outcome: 'done', changed: true });
      } else {
        results.set(issue.key, { issueKey: issue.key, outcome: editable.has(issue.id) ? 'failed' : 'no-permission', changed: false, detail: failure });
      }
    }
    return summarise(selection, issues, results);
  } catch (error) {
    throw asAppFailure(error, { issueKey: 'issueKeys' in selection ? selection.issueKeys.join(', ') : '' });
  }
}

/** In the order asked for; a requested key Jira did not return is missing or invisible to the user. */
function summarise(selection: BulkSelection, issues: IssueJourneyProperty[], byKey: Map<string, BulkIssueResult>): TagsBulkResult {
  const order = 'issueKeys' in selection ? [...new Set(selection.issueKeys)] : issues.map((i) => i.key);
  const results = order.map((key) => byKey.get(key) ?? { issueKey: key, outcome: 'not-found' as const, changed: false });
  const counts: Record<BulkOutcome, number> = { done: 0, 'no-permission': 0, 'not-found': 0, failed: 0 };
  for (const result of results) counts[result.outcome]++;
  return { results, counts };
}
