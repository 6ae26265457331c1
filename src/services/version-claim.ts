import type { AppStore } from '../platform/app-store';
import { AppFailure } from './errors';

/** Long enough to outlast the moment between claiming a version and writing it; short, so a crash frees it soon. */
const CLAIM_SECONDS = 60;

/**
 * Compare-and-set for a versioned record on a plain key (settings, taxonomy, catalogue), with the store's own
 * `FAIL_IF_EXISTS`: before writing version N+1, the writer claims that version under a key of its own. Two saves
 * based on the same version N can both pass their version check, but only one can claim N+1; the other is told
 * CONFLICT and writes nothing, so neither overwrites the other.
 */
export async function claimNextVersion(store: AppStore, recordKey: string, currentVersion: number): Promise<void> {
  const next = currentVersion + 1;
  if (!(await store.setIfAbsent(`${recordKey}:claim:${next}`, { claimed: true }, CLAIM_SECONDS))) {
    throw new AppFailure({ code: 'CONFLICT', params: { currentVersion: next, expectedVersion: currentVersion } });
  }
}
