/** The persisted site: atomic, debounced writes that reload as they were, and a bad `--site` file refused by name. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDemoSite } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { createLocalSite } from '../../../local/site/create-local-site';
import { parseSiteFile, SiteFileError } from '../../../local/site/schema';
import { createSiteStore, openSite, type SiteSnapshot } from '../../../local/site/store';
import { ADMIN, APP_DIR } from './support';

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'local-site-'));

describe('site store', () => {
  it('saves atomically and loads the same site and store back', async () => {
    const dir = freshDir();
    const store = createSiteStore(dir);
    expect(store.load()).toBeUndefined();
    const snapshot: SiteSnapshot = { site: buildDemoSite(), kvsState: emptyKvsState() };
    snapshot.kvsState.kv['settings'] = { value: { streams: ['EMA'] }, createdAt: 1, updatedAt: 2 };
    await store.save(snapshot);
    expect(readdirSync(dir).sort()).toEqual(['kvs.json', 'site.json']); // no temp file left behind
    const loaded = store.load();
    expect(loaded?.site).toEqual(snapshot.site);
    expect(loaded?.kvsState).toEqual(snapshot.kvsState);
  });

  it('debounces a burst of changes into one write, serialised when it happens', async () => {
    const dir = freshDir();
    const store = createSiteStore(dir, { debounceMs: 50 });
    const snapshot: SiteSnapshot = { site: buildDemoSite(), kvsState: emptyKvsState() };
    store.scheduleSave(snapshot);
    snapshot.site.issues[0]!.summary = 'Changed after scheduling';
    store.scheduleSave(snapshot);
    expect(readdirSync(dir)).toEqual([]);
    await store.flush();
    expect(store.load()?.site.issues[0]?.summary).toBe('Changed after scheduling');
  });

  it('persists what the app writes through a local site, and --reset goes back to the demo', async () => {
    const dir = freshDir();
    const store = createSiteStore(dir, { debounceMs: 10 });
    const opened = openSite({ store, demo: buildDemoSite });
    expect(opened.source).toBe('demo');
    const local = await createLocalSite({ appDir: APP_DIR, site: opened.site, kvsState: opened.kvsState, persist: (s) => store.scheduleSave(s), autoDeliverQueues: false });
    const put = await local.jira(
      new Request(`${local.host.settings.siteUrl}/rest/api/3/issue/EMA-3/properties/local-note`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ seen: true }) }),
      { kind: 'user', accountId: ADMIN },
    );
    expect(put.status).toBeLessThan(300);
    await store.flush();
    await local.close();
    const reopened = openSite({ store, demo: buildDemoSite });
    expect(reopened.source).toBe('saved');
    expect(reopened.site.issues.find((i) => i.key === 'EMA-3')?.properties['local-note']).toEqual({ seen: true });
    const reset = openSite({ store, reset: true, demo: buildDemoSite });
    expect(reset.source).toBe('demo');
    expect(reset.site.issues.find((i) => i.key === 'EMA-3')?.properties['local-note']).toBeUndefined();
  }, 30_000);
});

describe('--site FILE', () => {
  const badSite = () => {
    const site = JSON.parse(JSON.stringify(parseSiteFile({ version: 1, projects: [{ id: '1', key: 'CRM', name: 'CRM' }], issues: [] })));
    site.issues.push({ id: '10', key: 'CRM-1', projectKey: 'CRM', summary: 'Checkout', issueType: 'Story', status: 'To Do', dueDate: '2026-13-45' });
    const file = path.join(freshDir(), 'bad-site.json');
    writeFileSync(file, JSON.stringify(site));
    return file;
  };

  it('is refused with the entry and the field named', () => {
    const file = badSite();
    expect(() => openSite({ store: createSiteStore(freshDir()), siteFile: file, demo: buildDemoSite })).toThrow(SiteFileError);
    expect(() => openSite({ store: createSiteStore(freshDir()), siteFile: file, demo: buildDemoSite })).toThrow(/issues\[0\] \(CRM-1\)\.dueDate: expected/);
  });

  it('makes npm start exit with that message', () => {
    const result = spawnSync(process.execPath, [path.join(APP_DIR, 'node_modules/tsx/dist/cli.mjs'), path.join(APP_DIR, 'local/cli.ts'), '--site', badSite(), '--port', '0'], {
      cwd: APP_DIR,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/issues\[0\] \(CRM-1\)\.dueDate: expected/);
  }, 60_000);
});
