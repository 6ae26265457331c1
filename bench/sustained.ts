/**
 * Sustained change: the synthetic programme under 120 issue changes a minute (one every half second, each a due
 * date edited in Jira by a person), with one bulk edit of 100 epics at once in the second minute, 100 ms on every
 * REST call and queued events delivered when due (the 10 s event window is real). Measures what a programme manager
 * would: how long a change takes to reach the programme page (p95), whether any is lost once it is quiet, and what it
 * costs the installation's storage quota. `BENCH_SUSTAIN_MINUTES` shortens the run (default 5).
 */
import { resolve } from 'node:path';
import { createLocalSite, type LocalSite } from '../local/site/create-local-site';
import { addCalendarDays, calendarDate } from '../src/domain';
import { BENCH_ACCOUNT, syntheticSite } from './snapshot-site';
import { syntheticProgramme } from './synthetic-programme';

export interface SustainedFigures {
  minutes: number;
  changes: number;
  changesLost: number;
  storage429s: number;
  peakReadUnitsPerMinute: number;
  peakWriteUnitsPerMinute: number;
  /** The busier of the two, as a share of Forge's 4,000 units a minute. */
  peakQuotaShare: number;
  p95StalenessSeconds: number;
  maxStalenessSeconds: number;
  jiraPoints: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The due dates the programme page would show now, read from the stored view without going through the app. */
function shownDueDates(site: LocalSite): Map<string, string | null> {
  const meta = site.kvsState.kv['snapshot:meta']?.value as { current?: { generation: string; viewChunks: number } } | undefined;
  const shown = new Map<string, string | null>();
  if (!meta?.current) return shown;
  const { generation, viewChunks } = meta.current;
  let text = '';
  for (let index = 0; index < viewChunks; index++) {
    const chunk = site.kvsState.kv[`snapshot:${generation}:view:${index}`]?.value;
    if (typeof chunk !== 'string') return shown; // switched meanwhile: the next look reads the new generation
    text += chunk;
  }
  const view = JSON.parse(text) as { nodes: Array<[string, unknown, unknown, unknown, unknown, string | null, number]> };
  for (const node of view.nodes) if (node[6] === 1) shown.set(node[0], node[5]);
  return shown;
}

const percentile = (values: number[], share: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] as number;
};

export async function benchSustained(minutes = Number(process.env.BENCH_SUSTAIN_MINUTES ?? 5)): Promise<SustainedFigures> {
  const programme = syntheticProgramme();
  const { site: file, kvsState } = syntheticSite(programme);
  const site = await createLocalSite({ appDir: resolve(__dirname, '..'), site: file, kvsState, autoDeliverQueues: true });
  const edit = (key: string, due: string) =>
    site.direct.jira(
      new Request(`https://local-site.atlassian.net/rest/api/3/issue/${key}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fields: { duedate: due } }) }),
      { kind: 'user', accountId: BENCH_ACCOUNT },
    );
  try {
    site.instruments.setLatency('*', 100);
    const queued = await site.host.invokeResolver<{ ok: boolean }>({ functionKey: 'resolver', resolverKey: 'programme/refresh', payload: {}, accountId: BENCH_ACCOUNT, context: { moduleKey: 'programme-page' } });
    if (!queued.ok) throw new Error('refresh failed');
    while (shownDueDates(site).size === 0) await sleep(500);
    site.instruments.kvs.resetUsage();
    site.instruments.jiraLimits.reset();

    const epics = programme.items.filter((item) => item.hierarchyLevel >= 1).map((item) => item.key as string);
    const latest = new Map<string, { due: string; at: number }>();
    const waiting: Array<{ key: string; due: string; at: number }> = [];
    const staleness: number[] = [];
    let counter = 0;
    const nextDue = () => addCalendarDays(calendarDate('2030-01-01'), counter++);
    const change = async (key: string) => {
      const due = nextDue();
      const at = Date.now();
      if ((await edit(key, due)).status !== 204) throw new Error(`the edit of ${key} was refused`);
      latest.set(key, { due, at });
      waiting.push({ key, due, at });
    };
    const look = () => {
      const shown = shownDueDates(site);
      for (let i = waiting.length - 1; i >= 0; i--) {
        const entry = waiting[i] as { key: string; due: string; at: number };
        const now = shown.get(entry.key);
        // Seen when the page shows this date or a later edit of the same epic (which superseded it).
        if (now !== undefined && now !== null && now >= entry.due) {
          staleness.push((Date.now() - entry.at) / 1000);
          waiting.splice(i, 1);
        }
      }
    };

    const end = Date.now() + minutes * 60_000;
    let bulkDone = false;
    let tick = 0;
    while (Date.now() < end) {
      const started = Date.now();
      if (!bulkDone && minutes > 1 && Date.now() > end - (minutes - 1) * 60_000 - 30_000) {
        bulkDone = true;
        await Promise.all(epics.slice(0, 100).map((key) => change(key)));
      }
      await change(epics[(tick * 7919) % epics.length] as string);
      tick += 1;
      if (tick % 2 === 0) look();
      await sleep(Math.max(0, 500 - (Date.now() - started)));
    }
    // Quiet: wait until every change is shown, or two minutes pass.
    const quietUntil = Date.now() + 120_000;
    while (waiting.length > 0 && Date.now() < quietUntil) {
      await sleep(1000);
      look();
    }
    const shown = shownDueDates(site);
    const lost = [...latest].filter(([key, { due }]) => shown.get(key) !== due).length;
    const usage = site.instruments.kvs.usage();
    const peak = Math.max(usage.peakReadUnitsPerMinute, usage.peakWriteUnitsPerMinute);
    return {
      minutes,
      changes: counter,
      changesLost: lost,
      storage429s: usage.rateLimited,
      peakReadUnitsPerMinute: usage.peakReadUnitsPerMinute,
      peakWriteUnitsPerMinute: usage.peakWriteUnitsPerMinute,
      peakQuotaShare: Math.round((peak / 4000) * 100) / 100,
      p95StalenessSeconds: Math.round(percentile(staleness, 0.95) * 10) / 10,
      maxStalenessSeconds: Math.round(percentile(staleness, 1) * 10) / 10,
      jiraPoints: site.instruments.jiraLimits.usage().quota.used,
    };
  } finally {
    await site.close();
  }
}
