import type { BaselineDiff, DependencyChange, EpicSlip } from '../domain/baseline/baseline-types';
import { HEALTHS, type Health } from '../domain/strategy/roll-up-types';
import type { Speaker } from './format';
import { fragment, h2, h3, p, ul, type Content, type Markup } from './xml';

/** "Changes since <date>": what the baseline diff found, narrowed to what a page is about. */

/** At most this many lines per kind of change; the rest is counted. */
const MAX_LINES = 10;

export interface ChangeScope {
  /** Only changes of these epics (and dependencies touching them); all when undefined. */
  epicKeys?: ReadonlySet<string>;
  /** Only health changes of these strategy nodes; all when undefined. */
  nodeIds?: ReadonlySet<string>;
}

export function scopeDiff(diff: BaselineDiff, scope: ChangeScope): BaselineDiff {
  const keys = scope.epicKeys;
  const nodes = scope.nodeIds;
  const epic = (key: string) => keys === undefined || keys.has(key);
  const pair = (change: DependencyChange) => epic(change.blocker) || epic(change.blocked);
  return {
    since: diff.since,
    slipped: diff.slipped.filter((slip) => epic(slip.key)),
    pulledIn: diff.pulledIn.filter((slip) => epic(slip.key)),
    completed: diff.completed.filter(epic),
    newConflicts: diff.newConflicts.filter(pair),
    resolvedConflicts: diff.resolvedConflicts.filter(pair),
    added: diff.added.filter(pair),
    removed: diff.removed.filter(pair),
    healthChanged: diff.healthChanged.filter((change) => nodes === undefined || nodes.has(change.nodeId)),
  };
}

function capped(say: Speaker, lines: readonly Content[]): Content[] {
  if (lines.length <= MAX_LINES) return [...lines];
  return [...lines.slice(0, MAX_LINES), say.say('more', { count: say.number(lines.length - MAX_LINES) })];
}

function group(say: Speaker, heading: string, lines: readonly Content[]): Markup | null {
  return lines.length === 0 ? null : fragment(h3(heading), ul(capped(say, lines)));
}

function slipLine(say: Speaker, slip: EpicSlip): string {
  return say.say('changes.slip', { key: slip.key, from: say.date(slip.from), to: say.date(slip.to), days: say.count(Math.abs(slip.days), 'day') });
}

const pairLine = (say: Speaker, change: DependencyChange) => say.say('changes.pair', { blocked: change.blocked, blocker: change.blocker });

/**
 * The section. With nothing to report (or no earlier publication) it says so without a date, so a publication
 * that changed nothing renders the page byte for byte as before and the sync writes nothing.
 */
export function changesSection(say: Speaker, diff: BaselineDiff | null, scope: ChangeScope = {}): Markup {
  const scoped = diff === null ? null : scopeDiff(diff, scope);
  const groups = scoped === null ? [] : [
    group(say, say.say('changes.slipped'), scoped.slipped.map((slip) => slipLine(say, slip))),
    group(say, say.say('changes.pulledIn'), scoped.pulledIn.map((slip) => slipLine(say, slip))),
    group(say, say.say('changes.completed'), scoped.completed),
    group(say, say.say('changes.newConflicts'), scoped.newConflicts.map((change) => pairLine(say, change))),
    group(say, say.say('changes.resolvedConflicts'), scoped.resolvedConflicts.map((change) => pairLine(say, change))),
    group(say, say.say('changes.added'), scoped.added.map((change) => pairLine(say, change))),
    group(say, say.say('changes.removed'), scoped.removed.map((change) => pairLine(say, change))),
    group(say, say.say('changes.health'), scoped.healthChanged.map((change) =>
      say.say('changes.healthLine', { title: change.title, from: healthWord(say, change.from), to: healthWord(say, change.to) }))),
  ].filter((part): part is Markup => part !== null);
  if (scoped === null || groups.length === 0) return fragment(h2(say.say('section.changesNone')), p(say.say('changes.none')));
  return fragment(h2(say.say('section.changes', { date: say.date(scoped.since) })), groups);
}

const isHealth = (value: string): value is Health => (HEALTHS as readonly string[]).includes(value);
const healthWord = (say: Speaker, health: string) => (isHealth(health) ? say.say(`health.${health}`) : health);
