import { z } from 'zod';
import { BaselineSchema, type Baseline } from '../../domain/baseline/baseline-types';
import type { AppStore } from '../../platform/app-store';

/** The baseline of the last publication that finished without a failure: what "Changes since" compares with. */
export const LAST_BASELINE_KEY = 'publishing:baseline:last';

const StoredSchema = z.object({ publishedAt: z.string(), baseline: BaselineSchema });
export type PublishedBaseline = z.infer<typeof StoredSchema>;

/** The stored baseline, or null before the first clean publication (a damaged one counts as none: the pages then show no changes). */
export async function loadLastBaseline(store: AppStore): Promise<PublishedBaseline | null> {
  return parseLastBaseline(await store.get(LAST_BASELINE_KEY));
}

/** A stored baseline record as read in a batch; damaged or absent → null. */
export function parseLastBaseline(raw: unknown): PublishedBaseline | null {
  const parsed = StoredSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function saveLastBaseline(store: AppStore, publishedAt: string, baseline: Baseline): Promise<void> {
  await store.set(LAST_BASELINE_KEY, { publishedAt, baseline });
}
