/**
 * Publication of a big programme through the local site, 100 ms per Confluence call: 20 stream pages and a strategy
 * tree of 150 nodes under the roll-up (synthetic storage of a few KB each, as the renderer makes), first into an empty
 * space, then again with nothing changed. Measures pages, Confluence requests and points, storage units and wall time.
 */
import { resolve } from 'node:path';
import { buildDemoSite } from '../local/demo';
import { emptyKvsState } from '../local/kvs';
import { createLocalSite } from '../local/site/create-local-site';
import type { DesiredPage } from '../src/confluence/desired-page';
import type { PublishingSettings } from '../src/contract/publishing';
import { forgeAppStore } from '../src/platform/app-store';
import { getSpaceById } from '../src/platform/confluence-pages';
import { runPublication } from '../src/services/publishing/publish-run';
import { confluenceSyncPort } from '../src/services/publishing/sync/sync-port';

const STREAMS = 20;
const NODES = 150;

function benchPages(): DesiredPage[] {
  const row = (i: number) => `<tr><td><p>EPIC-${i}</p></td><td><p>In progress &#8211; due 2026-12-${String((i % 28) + 1).padStart(2, '0')}</p></td></tr>`;
  const body = (title: string, rows: number) => `<h2>${title}</h2><table><tbody>${Array.from({ length: rows }, (_, i) => row(i)).join('')}</tbody></table>`;
  const pages: DesiredPage[] = [{ pageKey: 'rollup', title: 'Programme roll-up', parentKey: null, storage: body('Roll-up', 60) }];
  for (let s = 1; s <= STREAMS; s++) pages.push({ pageKey: `stream:s${s}`, title: `Stream S${s}`, parentKey: 'rollup', storage: body(`Stream ${s}`, 40) });
  // A cascade: 5 roots, each node's children follow it (parents before children).
  for (let n = 1; n <= NODES; n++) {
    const parent = n <= 5 ? 'rollup' : `strategy:n${Math.floor((n - 1) / 5)}`;
    pages.push({ pageKey: `strategy:n${n}`, title: `Strategy ${n}`, parentKey: parent, storage: body(`Strategy ${n}`, 20) });
  }
  return pages;
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
  const file = buildDemoSite();
  const kvsState = emptyKvsState();
  const settings: PublishingSettings = { version: 1, target: { spaceId: '98305', spaceKey: 'PROG', spaceName: 'Programme', parentPageId: '98306', parentTitle: null }, language: 'en', schedule: 'weekly', pageTypes: { rollUp: true, streams: true, strategy: true } };
  kvsState.kv['publishing-settings'] = { value: settings, createdAt: 0, updatedAt: 0 };
  const site = await createLocalSite({ appDir: resolve(__dirname, '..'), site: file, kvsState, autoDeliverQueues: false });
  const pages = benchPages();
  const deps = {
    store: forgeAppStore,
    render: async () => ({ pages }),
    confluence: confluenceSyncPort,
    readSpace: async (spaceId: string) => {
      const space = await getSpaceById('app', spaceId);
      return space ? { homepageId: space.homepageId ?? null } : null;
    },
    now: () => new Date(),
  };
  const run = async (runId: string) => {
    site.instruments.reset(); // counts, and latency with them
    site.instruments.setLatency('*', 100);
    const started = Date.now();
    const outcome = await runPublication(deps, { runId, trigger: 'manual', requestedBy: null, overwriteEdited: [] });
    if (!outcome.ran || outcome.report.state !== 'done') throw new Error(`bench publication did not finish: ${JSON.stringify(outcome).slice(0, 500)}`);
    return { report: outcome.report, seconds: (Date.now() - started) / 1000, points: site.instruments.confluenceLimits.usage().used, units: site.instruments.kvs.usage() };
  };
  try {
    const first = await run('bench-first');
    const second = await run('bench-second');
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
