/**
 * The KVS quotas as the local site wires them: on by default, metered by the site's instruments, shown by
 * GET /api/instruments/counts, zeroed by POST /api/instruments/reset, and refusing the app's own storage calls.
 */
import path from 'node:path';
import { buildDemoSite } from '../../../local/demo';
import { createInstruments } from '../../../local/instruments';
import { emptyKvsState, FORGE_KVS_QUOTA } from '../../../local/kvs';
import { createLocalSite } from '../../../local/site/create-local-site';
import { ADMIN, startDemoSite, type RunningLocalSite } from '../local-site/support';

const APP_DIR = path.resolve(__dirname, '../../..');

describe('the local site over HTTP', () => {
  let site: RunningLocalSite;
  beforeAll(async () => {
    site = await startDemoSite();
  }, 30_000);
  afterAll(() => site.stop());

  const counts = async () => JSON.parse((await site.get('/api/instruments/counts')).text) as { kvs: Record<string, unknown> };

  it('counts the units the app uses, under Forge quota, and resets the counts', async () => {
    const answer = await site.post('/api/invoke', { moduleKey: 'journey-panel', resolverKey: 'journey/issue', payload: { issueKey: 'EMA-3' }, accountId: ADMIN });
    expect(answer.json).toMatchObject({ ok: true, value: { ok: true } });
    const used = (await counts()).kvs;
    expect(used).toMatchObject({ quota: FORGE_KVS_QUOTA, relaxed: [], rateLimited: 0 });
    expect(used.requests).toBeGreaterThan(0);
    expect(used.readUnits).toBeGreaterThan(0);
    expect(used).toEqual({ ...site.local.instruments.kvs.usage(), lastMinute: expect.any(Object) });

    expect((await site.post('/api/instruments/reset', {})).status).toBe(200);
    expect((await counts()).kvs).toMatchObject({ requests: 0, readUnits: 0, writeUnits: 0, batchOps: 0, peakReadUnitsPerMinute: 0 });
  });
});

describe('a local site on an injected clock', () => {
  it('refuses the app over quota with the 429 its storage client sees, until the minute has passed', async () => {
    let clock = Date.parse('2026-08-03T09:00:00Z');
    const instruments = createInstruments({ now: () => new Date(clock) });
    const local = await createLocalSite({ appDir: APP_DIR, site: buildDemoSite(), kvsState: emptyKvsState(), instruments, autoDeliverQueues: false });
    try {
      const batchGet = () => local.kvs.fetch('/api/v1/batch/get', { method: 'POST', body: JSON.stringify([{ key: 'anything' }]) });
      for (let i = 0; i < 45; i++) expect((await batchGet()).status).toBe(200);
      const refused = await batchGet();
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED' });
      expect(instruments.kvs.usage()).toMatchObject({ batchOps: 45, rateLimited: 1, peakBatchOpsPerMinute: 45 });
      clock += 60_000;
      expect((await batchGet()).status).toBe(200);
    } finally {
      await local.close();
    }
  });
});
