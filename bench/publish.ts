/**
 * Publication of the benchmark programme (20 streams, 1,000 epics, 20,000 lower issues) with a strategy tree of 150
 * nodes tied to its epics, through the local site with 100 ms per REST call: "Publish now" as a programme manager,
 * the queued run rendering from the snapshot and syncing into an empty space, then again with nothing changed.
 * Measures pages, Confluence writes, reads and points, storage units and wall time.
 */
import { resolve } from 'node:path';
import { createLocalSite } from '../local/site/create-local-site';
import type { PublishingSettings, PublishingStatusView } from '../src/contract/publishing';
import type { StrategyNode, StrategyTree } from '../src/domain/strategy/strategy-tree';
import type { IssueKey } from '../src/domain';
import { STRATEGY_HEAD_KEY, strategyEntries } from '../src/services/strategy/strategy-store';
import { BENCH_ACCOUNT, syntheticSite } from './snapshot-site';
import { syntheticProgramme } from './synthetic-programme';

const NODES = 150;
const SPACE = { id: '98305', key: 'PROG', name: 'Programme' };
const HOME = '98306';

/** 150 nodes, five roots, each node's children after it; node n holds five epics of the programme and two KPIs. */
function benchTree(epicKeys: readonly string[]): StrategyTree {
  const nodes: StrategyNode[] = Array.from({ length: NODES }, (_, index) => {
    const n = index + 1;
    return {
      id: `n-bench${String(n).padStart(3, '0')}` as StrategyNode['id'],
      parentId: (n <= 5 ? null : `n-bench${String(Math.floor((n - 1) / 5)).padStart(3, '0')}`) as StrategyNode['parentId'],
      title: `Strategy ${n}`,
      ownerAccountId: BENCH_ACCOUNT,
      summary: `What strategy ${n} is about, in a few sentences a sponsor reads.`,
      goal: `What strategy ${n} should achieve.`,
      kpis: [
        { id: `k-conv${n}`, name: 'Conversion rate', unit: '%', baseline: 2, target: 3, current: 2.4, asOf: null, higherIsBetter: true },
        { id: `k-churn${n}`, name: 'Churn', unit: '%', baseline: 8, target: 6, current: 7.5, asOf: null, higherIsBetter: false },
      ],
      conceptUrl: null,
      epicKeys: Array.from({ length: 5 }, (_, i) => epicKeys[(index * 5 + i) % epicKeys.length] as IssueKey),
      epicJql: null,
      rev: 1,
    };
  });
  return { version: 1, nodes };
}

export interface PublishFigures {
  publishPages: number;
  publishWrites: number;
  publishReads: number;
  publishPoints: number;
  publishReadUnits: number;
  publishWriteUnits: number;
  publishSeconds: number;
  republishWrites: number;
  republishReads: number;
  republishSeconds: number;
}

export async function benchPublish(): Promise<PublishFigures> {
  const programme = syntheticProgramme();
  const { site: file, kvsState, settings } = syntheticSite(programme);
  const createdAt = '2026-01-05T09:00:00.000Z';
  file.confluence.spaces.push({ ...SPACE, type: 'global', status: 'current', homepageId: HOME, viewers: 'all', authorId: BENCH_ACCOUNT, createdAt });
  file.confluence.pages.push({
    id: HOME, spaceId: SPACE.id, title: 'Programme', status: 'current', body: '<p>Home</p>', version: { number: 1, message: '', createdAt, authorId: BENCH_ACCOUNT },
    authorId: BENCH_ACCOUNT, createdAt, properties: [], labels: [],
  });
  const stored = (value: unknown) => ({ value, createdAt: 0, updatedAt: 0 });
  kvsState.kv['programme-settings'] = stored({ ...settings, programmeManagerAccountIds: [BENCH_ACCOUNT] });
  const publishing: PublishingSettings = { version: 1, target: { spaceId: SPACE.id, spaceKey: SPACE.key, spaceName: SPACE.name, parentPageId: HOME, parentTitle: 'Programme' }, language: 'en', schedule: 'weekly', pageTypes: { rollUp: true, streams: true, strategy: true } };
  kvsState.kv['publishing-settings'] = stored(publishing);
  const tree = strategyEntries(benchTree(programme.items.filter((item) => item.hierarchyLevel === 1).map((item) => item.key)), 1, 'be000001');
  kvsState.kv[STRATEGY_HEAD_KEY] = stored(tree.head);
  for (const chunk of tree.chunks) kvsState.kv[chunk.key] = stored(chunk.value);

  const site = await createLocalSite({ appDir: resolve(__dirname, '..'), site: file, kvsState, autoDeliverQueues: false });
  const invoke = async <T>(resolverKey: string): Promise<T> => {
    const result = await site.host.invokeResolver<{ ok: boolean; data?: T; error?: unknown }>({ functionKey: 'resolver', resolverKey, payload: {}, accountId: BENCH_ACCOUNT, context: { moduleKey: 'programme-page' } });
    if (!result.ok || !result.value.ok) throw new Error(`${resolverKey} failed: ${JSON.stringify(result.ok ? result.value.error : result.error.message)}`);
    return result.value.data as T;
  };
  const run = async () => {
    site.instruments.reset(); // counts, and latency with them
    site.instruments.setLatency('*', 100);
    site.host.resetCounters();
    const started = Date.now();
    await invoke('publishing/publish-now');
    await site.host.drainQueues();
    const seconds = (Date.now() - started) / 1000;
    const report = (await invoke<PublishingStatusView>('publishing/status')).lastReport;
    if (report?.state !== 'done') throw new Error(`bench publication did not finish: ${JSON.stringify(report).slice(0, 500)}`);
    return { report, seconds, points: site.instruments.confluenceLimits.usage().used, units: site.instruments.kvs.usage() };
  };
  try {
    await invoke('programme/refresh');
    await site.host.drainQueues();
    const first = await run();
    const second = await run();
    return {
      publishPages: first.report.pages.filter((p) => p.action === 'created').length,
      publishWrites: first.report.requests.writes,
      publishReads: first.report.requests.reads,
      publishPoints: first.points,
      publishReadUnits: first.units.readUnits,
      publishWriteUnits: first.units.writeUnits,
      publishSeconds: Math.round(first.seconds * 10) / 10,
      republishWrites: second.report.requests.writes,
      republishReads: second.report.requests.reads,
      republishSeconds: Math.round(second.seconds * 10) / 10,
    };
  } finally {
    await site.close();
  }
}

if (require.main === module) {
  void benchPublish().then((figures) => console.log(JSON.stringify(figures)));
}
