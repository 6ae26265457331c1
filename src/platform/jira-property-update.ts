import { editableIssueIds, fetchJourneyProperties, setJourneyPropertyWhere, type IssueJourneyProperty, type PropertyCondition } from './jira-properties';
import type { TaskEnd } from './jira-task';
import { PlatformError } from './platform-error';
import type { Principal } from './product-client';

/**
 * Compare-and-set of the journey property on one or many issues, so that no concurrent change is lost:
 * 1. the caller has read the issues; `changeOf` says what each property should become given what is stored;
 * 2. issues storing the same value get the same new value in ONE conditional write (`filter.currentValue`, or
 *    `hasProperty: false` for none): one request (and its task) per distinct stored value, never one per issue;
 * 3. ONE bulkfetch reads every written issue back. An issue whose stored value needs no further change is done;
 *    one that someone else changed first is re-merged on top of what is stored now and written again (at most
 *    MAX_WRITES_PER_ISSUE times, then `conflict`); one still as it was although Jira completed the write was
 *    skipped by Jira, and one permission check tells "may not edit" from a lost race.
 * Outcomes say only what Jira showed: a write it accepted but could not confirm — the task or the read-back
 * failed — is `unconfirmed`, never a failure; only a write Jira refused is `refused`.
 */

export type PropertyChange = { write: unknown } | 'keep';
/**
 * What an issue's property should become given what it stores now (`issue.value`). It must depend on that value
 * only (its errors may name the issue), since issues storing the same value share one write. Throw to refuse.
 */
export type ChangeOf = (issue: IssueJourneyProperty) => PropertyChange;

export type UpdateOutcome =
  /** Already as wanted when first read: nothing was written. `stored` is the raw value. */
  | { status: 'kept'; stored: unknown }
  /** Read back from Jira: what is stored now carries the change (perhaps with others' changes merged in). */
  | { status: 'written'; stored: unknown }
  /** Jira accepted the write but did not confirm it (task or read-back failed, or the task is still queued). */
  | { status: 'unconfirmed'; sent: unknown }
  | { status: 'no-permission' }
  /** The issue vanished (deleted, moved out of sight) between the read and the read-back. */
  | { status: 'not-found' }
  /** Jira refused the write, so nothing was changed. */
  | { status: 'refused'; error: PlatformError }
  /** Others changed the issue every time it was written. Nothing of this change is stored. */
  | { status: 'conflict' }
  /** `changeOf` threw; the error is handed back untouched. */
  | { status: 'rejected'; error: unknown };

/** Two concurrent writers need two rounds; four leave room for a burst of them. */
const MAX_WRITES_PER_ISSUE = 4;
/** Conditional writes in flight at once: one value group each, so a bulk run stays inside Jira's burst limits. */
const PARALLEL_WRITES = 4;

interface Group {
  condition: PropertyCondition;
  value: unknown;
  issues: IssueJourneyProperty[];
}
type GroupEnd = TaskEnd | { state: 'refused'; error: PlatformError };

/** Per issue id, what became of the change. */
export async function updateJourneyProperties(principal: Principal, issues: readonly IssueJourneyProperty[], changeOf: ChangeOf): Promise<Map<string, UpdateOutcome>> {
  const run: Run = { principal, changeOf, outcomes: new Map(), attempted: new Set(), editable: new Set() };
  let pending = [...issues];
  for (let round = 1; pending.length > 0; round++) {
    const groups = plan(run, pending, round > MAX_WRITES_PER_ISSUE);
    if (groups.length === 0) break;
    const ends = await mapLimit(groups, PARALLEL_WRITES, (group) => write(principal, group));
    pending = await judge(run, groups, ends);
  }
  return run.outcomes;
}

interface Run {
  principal: Principal;
  changeOf: ChangeOf;
  outcomes: Map<string, UpdateOutcome>;
  /** Issues a write was sent for: a later "keep" means the change is stored. */
  attempted: Set<string>;
  /** Issues a permission check found editable, so they are not asked about twice. */
  editable: Set<string>;
}

/** Settles the issues that need no write and groups the others by what they store now. */
function plan(run: Run, issues: readonly IssueJourneyProperty[], exhausted: boolean): Group[] {
  const groups = new Map<string, Group>();
  for (const issue of issues) {
    let change: PropertyChange;
    try {
      change = run.changeOf(issue);
    } catch (error) {
      run.outcomes.set(issue.id, { status: 'rejected', error });
      continue;
    }
    if (change === 'keep') {
      run.outcomes.set(issue.id, { status: run.attempted.has(issue.id) ? 'written' : 'kept', stored: issue.value });
    } else if (exhausted) {
      run.outcomes.set(issue.id, { status: 'conflict' });
    } else {
      const key = canonicalJson(issue.value);
      const condition: PropertyCondition = issue.value === undefined ? { hasProperty: false } : { currentValue: issue.value };
      const group = groups.get(key) ?? { condition, value: change.write, issues: [] };
      group.issues.push(issue);
      groups.set(key, group);
      run.attempted.add(issue.id);
    }
  }
  return [...groups.values()];
}

async function write(principal: Principal, group: Group): Promise<GroupEnd> {
  try {
    return await setJourneyPropertyWhere(principal, group.issues.map((i) => i.id), group.condition, group.value);
  } catch (error) {
    if (error instanceof PlatformError) return { state: 'refused', error };
    throw error;
  }
}

/** Reads the written issues back in one go and answers those to write again, settling the rest. */
async function judge(run: Run, groups: readonly Group[], ends: readonly GroupEnd[]): Promise<IssueJourneyProperty[]> {
  const sent = groups.filter((_, i) => ends[i]?.state === 'complete' || ends[i]?.state === 'unknown');
  const stored = await readBack(run.principal, sent.flatMap((group) => group.issues.map((issue) => issue.id)));
  const again: IssueJourneyProperty[] = [];
  const skipped: Array<{ issue: IssueJourneyProperty; error?: PlatformError }> = [];
  groups.forEach((group, i) => {
    const end = ends[i] as GroupEnd;
    for (const issue of group.issues) {
      if (end.state === 'refused') skipped.push({ issue, error: end.error });
      else if (end.state === 'failed') skipped.push({ issue, error: new PlatformError('server', 500, end.message, 'jira') });
      else if (stored === undefined) run.outcomes.set(issue.id, { status: 'unconfirmed', sent: group.value });
      else {
        const now = stored.get(issue.id);
        if (now === undefined) run.outcomes.set(issue.id, { status: 'not-found' });
        // Changed since the read: by this write (the next plan says "keep") or by someone else first (it re-merges).
        else if (!sameJson(now.value, issue.value)) again.push(now);
        // Untouched: a task we could not follow may still be queued; a finished one skipped the issue.
        else if (end.state === 'unknown') run.outcomes.set(issue.id, { status: 'unconfirmed', sent: group.value });
        else skipped.push({ issue: now });
      }
    }
  });
  return [...again, ...(await sortOutSkipped(run, skipped))];
}

/** The stored values by issue id, or undefined when Jira could not be read (the writes stay unconfirmed). */
async function readBack(principal: Principal, issueIds: readonly string[]): Promise<Map<string, IssueJourneyProperty> | undefined> {
  if (issueIds.length === 0) return new Map();
  try {
    return new Map((await fetchJourneyProperties(principal, issueIds)).map((issue) => [issue.id, issue]));
  } catch (error) {
    if (error instanceof PlatformError) return undefined;
    throw error;
  }
}

/** Issues Jira did not write: no permission, refused, or (editable and untouched) worth another try. */
async function sortOutSkipped(run: Run, skipped: ReadonlyArray<{ issue: IssueJourneyProperty; error?: PlatformError }>): Promise<IssueJourneyProperty[]> {
  const unknown = skipped.map((s) => s.issue.id).filter((id) => !run.editable.has(id));
  let checked = true;
  try {
    const editable = run.principal === 'user' ? await editableIssueIds(unknown) : new Set(unknown);
    editable.forEach((id) => run.editable.add(id));
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    checked = false;
  }
  const again: IssueJourneyProperty[] = [];
  for (const { issue, error } of skipped) {
    if (checked && !run.editable.has(issue.id)) run.outcomes.set(issue.id, { status: 'no-permission' });
    else if (error) run.outcomes.set(issue.id, { status: 'refused', error });
    else again.push(issue);
  }
  return again;
}

/** JSON text with object keys sorted, so equal values (Jira's deep equality) group together; '' for no property. */
function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

const sameJson = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** `fn` over `items` with at most `limit` calls in flight, results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
