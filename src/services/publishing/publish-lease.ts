import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AppStore } from '../../platform/app-store';

/**
 * One publication at a time: two runs writing the same pages would race on versions and on the page map. The lease is
 * the storage's own compare-and-set (`setIfAbsent` with a time to live, as the snapshot writer's), so a run that dies
 * frees it when it expires.
 */
export const PUBLISH_LEASE_KEY = 'publishing:lease';
/** The consumer's time limit: a run cannot outlive it. */
export const PUBLISH_LEASE_SECONDS = 900;

const LeaseSchema = z.object({ holder: z.string(), runId: z.string(), until: z.string() });

export interface PublishLease {
  release(): Promise<void>;
}

export async function takePublishLease(store: AppStore, runId: string, now: Date): Promise<PublishLease | null> {
  const holder = randomUUID();
  const until = new Date(now.getTime() + PUBLISH_LEASE_SECONDS * 1000).toISOString();
  if (!(await store.setIfAbsent(PUBLISH_LEASE_KEY, { holder, runId, until }, PUBLISH_LEASE_SECONDS))) return null;
  return {
    async release() {
      const current = LeaseSchema.safeParse(await store.get(PUBLISH_LEASE_KEY));
      if (current.success && current.data.holder === holder) await store.delete(PUBLISH_LEASE_KEY);
    },
  };
}

/** The run holding the lease and the seconds until it expires at the latest, or null when no run holds it. */
export async function currentPublishLease(store: AppStore, now: Date): Promise<{ runId: string; secondsLeft: number } | null> {
  const lease = LeaseSchema.safeParse(await store.get(PUBLISH_LEASE_KEY));
  if (!lease.success) return null;
  return { runId: lease.data.runId, secondsLeft: Math.max(0, Math.ceil((Date.parse(lease.data.until) - now.getTime()) / 1000)) };
}
