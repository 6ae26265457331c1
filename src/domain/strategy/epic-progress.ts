import { createEpicResolver } from '../dependencies/roll-up';
import type { StatusCategory, WorkItem } from '../programme';
import type { Progress } from './roll-up-types';

const COUNTER: Record<StatusCategory, keyof Progress> = { new: 'todo', indeterminate: 'inProgress', done: 'done' };

/**
 * Each epic's issues by status category: the issues under it (its children and their sub-tasks); an epic without any
 * counts as one issue itself, so an epic marked done with no breakdown still reads as done. An issue counts for the
 * nearest epic above it, as in the dependency roll-up. Linear in the number of items.
 */
export function epicProgressOf(items: readonly WorkItem[]): Map<string, Progress> {
  const byKey = new Map(items.map((item) => [item.key as string, item]));
  const epicOf = createEpicResolver(byKey);
  const progress = new Map<string, Progress>();
  for (const item of items) if (item.hierarchyLevel >= 1) progress.set(item.key, { todo: 0, inProgress: 0, done: 0 });

  for (const item of items) {
    if (item.hierarchyLevel >= 1) continue;
    const counts = progress.get(epicOf(item.key));
    // An issue with no epic above it belongs to no epic's progress.
    if (counts) counts[COUNTER[item.statusCategory]] += 1;
  }
  for (const [key, counts] of progress) {
    if (counts.todo + counts.inProgress + counts.done > 0) continue;
    const epic = byKey.get(key) as WorkItem;
    counts[COUNTER[epic.statusCategory]] = 1;
  }
  return progress;
}
