/**
 * The snapshot benchmark: the synthetic programme in a local site with 100 ms per REST call. Counts the REST
 * calls of a full build against the lower bound (issues ÷ the largest search page), times the build, and
 * measures one `programme/load` (storage reads and server time).
 */
import { resolve } from 'node:path';
import { createLocalSite } from '../local/site/create-local-site';
import { SEARCH_PAGE_SIZE } from '../src/platform/jira-search';
import { BENCH_ACCOUNT, syntheticSite } from './snapshot-site';
import { syntheticProgramme } from './synthetic-programme';

export interface SnapshotFigures {
  calls: number;
  lowerBound: number;
  buildMs: number;
  /** Jira points the build used (of the app's 65,000 an hour) */
  buildPoints: number;
  /** storage units the build used (each of the 4,000 a minute) */
  buildReadUnits: number;
  buildWriteUnits: number;
  panelReads: number;
  panelServerMs: number;
  panelDependencies: number;
}

const ms = (start: bigint) => Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10;

export async function benchSnapshot(): Promise<SnapshotFigures> {
  const { site: file, kvsState } = syntheticSite(syntheticProgramme());
  const site = await createLocalSite({ appDir: resolve(__dirname, '..'), site: file, kvsState, autoDeliverQueues: false });
  const invoke = (resolverKey: string, payload: unknown = {}) =>
    site.host.invokeResolver<{ ok: boolean; data?: { dependencies?: unknown[] }; error?: unknown }>({
      functionKey: 'resolver', resolverKey, payload, accountId: BENCH_ACCOUNT, context: { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } },
    });
  try {
    site.instruments.setLatency('*', 100);
    const queued = await invoke('programme/refresh');
    if (!queued.ok) throw new Error(`refresh failed: ${queued.error.message}`);
    const started = process.hrtime.bigint();
    await site.host.drainQueues();
    const buildMs = ms(started);
    const calls = Object.values(site.instruments.counts()).reduce((sum, n) => sum + n, 0);
    const buildPoints = site.instruments.jiraLimits.usage().quota.used;
    const { readUnits: buildReadUnits, writeUnits: buildWriteUnits } = site.instruments.kvs.usage();
    const lowerBound = Math.ceil(file.issues.length / SEARCH_PAGE_SIZE);

    await invoke('programme/load'); // warm the function's module cache, as a deployed function would be
    site.host.resetCounters();
    const loadStarted = process.hrtime.bigint();
    const load = await invoke('programme/load');
    const panelServerMs = ms(loadStarted);
    const state = load.ok && load.value.ok ? (load.value.data as { state?: string; failure?: string | null }) : undefined;
    if (state?.state !== 'ready') throw new Error(`the snapshot is not ready: ${JSON.stringify({ state: state?.state, failure: state?.failure })}`);
    if (!load.ok || !load.value.ok) throw new Error(`programme/load failed: ${JSON.stringify(load.ok ? load.value.error : load.error)}`);
    return { calls, lowerBound, buildMs, buildPoints, buildReadUnits, buildWriteUnits, panelReads: site.host.counters().kvsReads, panelServerMs, panelDependencies: load.value.data?.dependencies?.length ?? 0 };
  } finally {
    await site.close();
  }
}
