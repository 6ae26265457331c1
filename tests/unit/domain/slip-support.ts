/** Builds small programmes for the slip simulation: epics by key, and "A blocks B" pairs between them. */
import { DEFAULT_ANALYSIS_OPTIONS, type WorkItem } from '../../../src/domain';
import { simulateSlip } from '../../../src/domain/dependencies/slip';
import { TODAY } from './programme-builders';

export function programme(epics: WorkItem[], pairs: Array<[string, string]>) {
  const byKey = new Map(epics.map((e) => [e.key as string, e]));
  const find = (key: string) => {
    const found = byKey.get(key);
    if (!found) throw new Error(`no epic ${key}`);
    return found;
  };
  return { epics, dependencies: pairs.map(([blocker, blocked]) => ({ id: `${blocker}->${blocked}`, blocker: find(blocker), blocked: find(blocked) })) };
}

/** Slips `key` by `days` on the builders' TODAY with the default threshold; fails the test when the key is unknown. */
export function slip(input: ReturnType<typeof programme>, key: string, days: number, today = TODAY) {
  const result = simulateSlip(input, key, days, today, DEFAULT_ANALYSIS_OPTIONS);
  if (!result) throw new Error(`${key} is not in the programme`);
  return result;
}

/** "KEY+days" per pushed epic, in the order given: what a programme manager would read off the answer. */
export const pushesOf = (result: ReturnType<typeof slip>) => result.pushed.map((p) => `${p.epic.key}+${p.pushDays}@${p.depth}`);
