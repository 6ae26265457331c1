import { daysBetween, type CalendarDate } from '../calendar-date';
import { compareIssueKeys } from '../ids';
import type { Baseline, BaselineDiff, DependencyChange, EpicSlip, HealthChange } from './baseline-types';

type EpicRow = Baseline['epics'][number];
type DependencyRow = Baseline['dependencies'][number];

const pairOf = (row: DependencyRow): DependencyChange => ({ blocker: row[0], blocked: row[1] });
const byPair = (a: DependencyChange, b: DependencyChange) => compareIssueKeys(a.blocker, b.blocker) || compareIssueKeys(a.blocked, b.blocked);

function epicChanges(before: ReadonlyMap<string, EpicRow>, after: ReadonlyMap<string, EpicRow>) {
  const slipped: EpicSlip[] = [];
  const pulledIn: EpicSlip[] = [];
  const completed: string[] = [];
  for (const [key, now] of after) {
    const then = before.get(key);
    if (!then) continue; // new to the programme: nothing to compare with
    if (now[1] === 'done' && then[1] !== 'done') completed.push(key);
    const [from, to] = [then[3], now[3]];
    if (from === null || to === null) continue; // a due date set or cleared is no measurable move
    const days = daysBetween(from as CalendarDate, to as CalendarDate);
    if (days > 0) slipped.push({ key, from, to, days });
    if (days < 0) pulledIn.push({ key, from, to, days });
  }
  slipped.sort((a, b) => b.days - a.days || compareIssueKeys(a.key, b.key));
  pulledIn.sort((a, b) => a.days - b.days || compareIssueKeys(a.key, b.key));
  return { slipped, pulledIn, completed: completed.sort(compareIssueKeys) };
}

/**
 * A dependency in conflict now that was not (or did not exist) before is a new conflict; one in conflict before that
 * is not now, or is gone, is resolved. Added and removed dependencies are listed as well, whatever their status.
 */
function dependencyChanges(before: ReadonlyMap<string, DependencyRow>, after: ReadonlyMap<string, DependencyRow>) {
  const changes = { newConflicts: [] as DependencyChange[], resolvedConflicts: [] as DependencyChange[], added: [] as DependencyChange[], removed: [] as DependencyChange[] };
  for (const [id, now] of after) {
    const then = before.get(id);
    if (!then) changes.added.push(pairOf(now));
    if (now[2] === 'conflict' && then?.[2] !== 'conflict') changes.newConflicts.push(pairOf(now));
  }
  for (const [id, then] of before) {
    const now = after.get(id);
    if (!now) changes.removed.push(pairOf(then));
    if (then[2] === 'conflict' && now?.[2] !== 'conflict') changes.resolvedConflicts.push(pairOf(then));
  }
  for (const list of Object.values(changes)) list.sort(byPair);
  return changes;
}

/** Nodes in both baselines whose health differs, in the later baseline's (tree) order; titles as they read now. */
function healthChanges(before: Baseline, after: Baseline): HealthChange[] {
  const healthThen = new Map(before.nodes.map(([id, , health]) => [id, health]));
  const changed: HealthChange[] = [];
  for (const [nodeId, title, health] of after.nodes) {
    const from = healthThen.get(nodeId);
    if (from !== undefined && from !== health) changed.push({ nodeId, title, from, to: health });
  }
  return changed;
}

/**
 * What changed from `before` to `after`: epics that slipped (largest first) or were pulled in, epics completed,
 * conflicts that arose or were resolved, dependencies added or removed, nodes whose health changed. `since` is the
 * calendar day of `before`, for "Changes since …". Keys are data: everything is looked up in Maps.
 */
export function diffBaselines(before: Baseline, after: Baseline): BaselineDiff {
  const epicsBy = (baseline: Baseline) => new Map(baseline.epics.map((row) => [row[0], row]));
  const dependenciesBy = (baseline: Baseline) => new Map(baseline.dependencies.map((row) => [`${row[0]}->${row[1]}`, row]));
  return {
    since: before.day,
    ...epicChanges(epicsBy(before), epicsBy(after)),
    ...dependencyChanges(dependenciesBy(before), dependenciesBy(after)),
    healthChanged: healthChanges(before, after),
  };
}
