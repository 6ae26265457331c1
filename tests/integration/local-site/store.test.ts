/**
 * The persisted site: atomic writes that reload as they were, a write answered over HTTP only once it is on disk,
 * and saved or given files that cannot be used refused with a message that says what to do.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDemoSite } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { startSiteServer } from '../../../local/server';
import { createLocalSite } from '../../../local/site/create-local-site';
import { SiteFileError } from '../../../local/site/schema';
import { createSiteStore, KvsFileDamagedError, openSite, type SiteSnapshot } from '../../../local/site/store';
import { ADMIN, APP_DIR } from './support';

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'local-site-'));

/** `npm start` with these arguments, run to its exit (it exits at once when the site cannot be opened). */
function runHost(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(APP_DIR, 'local/cli.ts'), ...args, '--port', '0'], { cwd: APP_DIR, encoding: 'utf8', timeout: 60_000 });
}

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

  it('serialises a change when it is written, and rewrites only the file that changed', async () => {
    const dir = freshDir();
    const store = createSiteStore(dir, { maxDelayMs: 60_000 });
    const snapshot: SiteSnapshot = { site: buildDemoSite(), kvsState: emptyKvsState() };
    await store.save(snapshot);
    const kvsWrittenAt = statSync(path.join(dir, 'kvs.json')).mtimeMs;
    snapshot.site.issues[0]!.summary = 'Changed after the first save';
    store.changed(snapshot);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.durable();
    expect(store.load()?.site.issues[0]?.summary).toBe('Changed after the first save');
    expect(statSync(path.join(dir, 'kvs.json')).mtimeMs).toBe(kvsWrittenAt);
  });

  it('removes temp files a killed host left behind when it loads the site', async () => {
    const dir = freshDir();
    await createSiteStore(dir).save({ site: buildDemoSite(), kvsState: emptyKvsState() });
    writeFileSync(path.join(dir, '.site.json.4242.7.tmp'), '{"half": ');
    expect(createSiteStore(dir).load()).toBeDefined();
    expect(readdirSync(dir).sort()).toEqual(['kvs.json', 'site.json']);
  });

  it('persists what the app writes through a local site, and --reset goes back to the demo', async () => {
    const dir = freshDir();
    const store = createSiteStore(dir, { maxDelayMs: 10 });
    const opened = openSite({ store, demo: buildDemoSite });
    expect(opened.source).toBe('demo');
    const local = await createLocalSite({ appDir: APP_DIR, site: opened.site, kvsState: opened.kvsState, persist: store, autoDeliverQueues: false });
    const put = await local.jira(
      new Request(`${local.host.settings.siteUrl}/rest/api/3/issue/EMA-3/properties/local-note`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ seen: true }) }),
      { kind: 'user', accountId: ADMIN },
    );
    expect(put.status).toBeLessThan(300);
    await local.durable();
    await local.close();
    const reopened = openSite({ store, demo: buildDemoSite });
    expect(reopened.source).toBe('saved');
    expect(reopened.site.issues.find((i) => i.key === 'EMA-3')?.properties['local-note']).toEqual({ seen: true });
    const reset = openSite({ store, reset: true, demo: buildDemoSite });
    expect(reset.source).toBe('demo');
    expect(reset.site.issues.find((i) => i.key === 'EMA-3')?.properties['local-note']).toBeUndefined();
  }, 30_000);
});

describe('a write over HTTP', () => {
  async function serve(dir: string) {
    // No timer would write within the test: whatever is on disk was written for the answer.
    const store = createSiteStore(dir, { maxDelayMs: 600_000 });
    const local = await createLocalSite({ appDir: APP_DIR, site: buildDemoSite(), kvsState: emptyKvsState(), persist: store, autoDeliverQueues: false });
    const server = await startSiteServer({ local, appDir: APP_DIR, port: 0 });
    const putProperty = async (key: string) => {
      const response = await fetch(`${server.url}/api/product/jira`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ accountId: ADMIN, method: 'PUT', restPath: `/rest/api/3/issue/EMA-3/properties/${key}`, headers: { 'Content-Type': 'application/json' }, body: '{"kept":true}' }),
      });
      return { status: response.status, json: (await response.json()) as { status?: number; error?: { name: string; message: string } } };
    };
    return { putProperty, stop: async () => (await server.close(), await local.close()) };
  }

  it('is on disk when its answer arrives', async () => {
    const dir = freshDir();
    const site = await serve(dir);
    try {
      for (const key of ['first-note', 'second-note']) {
        expect((await site.putProperty(key)).json.status).toBe(201);
        const onDisk = JSON.parse(readFileSync(path.join(dir, 'site.json'), 'utf8')) as ReturnType<typeof buildDemoSite>;
        expect(onDisk.issues.find((issue) => issue.key === 'EMA-3')?.properties[key]).toEqual({ kept: true });
      }
    } finally {
      await site.stop();
    }
  }, 30_000);

  it('that cannot be saved is answered as not saved', async () => {
    const notADirectory = path.join(freshDir(), 'site-file-in-the-way');
    writeFileSync(notADirectory, '');
    const site = await serve(notADirectory);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const answer = await site.putProperty('lost-note');
      expect(answer.status).toBe(500);
      expect(answer.json.error).toMatchObject({ name: 'NotSaved', message: expect.stringMatching(/^The change was made but could not be saved to disk: /) });
    } finally {
      errors.mockRestore();
      await site.stop();
    }
  }, 30_000);
});

describe('a saved site that cannot be used', () => {
  const savedDir = async () => {
    const dir = freshDir();
    await createSiteStore(dir).save({ site: buildDemoSite(), kvsState: emptyKvsState() });
    return dir;
  };

  it('a damaged kvs.json is named as the key-value store file, with --reset as the way out', async () => {
    for (const damage of ['{"kv": {', '{"kv": [], "secrets": {}, "entities": {}}']) {
      const dir = await savedDir();
      writeFileSync(path.join(dir, 'kvs.json'), damage);
      expect(() => createSiteStore(dir).load()).toThrow(KvsFileDamagedError);
      expect(() => createSiteStore(dir).load()).toThrow(/^The key-value store file .*kvs\.json is damaged \(.+\)\.\n.*`npm start -- --reset`/);
      expect(() => createSiteStore(dir).load()).not.toThrow(/site file is invalid/);
    }
  });

  it('a hand-broken site.json names the entry and field, and says how to start again', async () => {
    const dir = await savedDir();
    const site = JSON.parse(readFileSync(path.join(dir, 'site.json'), 'utf8')) as { issues: Array<Record<string, unknown>> };
    site.issues[0]!.status = 'Doing';
    writeFileSync(path.join(dir, 'site.json'), JSON.stringify(site));
    const statuses = buildDemoSite().statuses.map((status) => status.name);
    expect(statuses).toContain('In Progress');
    expect(() => createSiteStore(dir).load()).toThrow(SiteFileError);
    expect(() => createSiteStore(dir).load()).toThrow(`- issues[0] (EMA-1).status: unknown status "Doing"; known statuses: ${statuses.join(', ')}\n`);
    expect(() => createSiteStore(dir).load()).toThrow(/\n.*`npm start -- --reset` starts again from the demo/);
  });

  it('makes npm start exit with the key-value store message', async () => {
    const dir = await savedDir();
    writeFileSync(path.join(dir, 'kvs.json'), 'not json');
    const result = runHost(['--dir', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^The key-value store file .*kvs\.json is damaged \(not valid JSON/);
    expect(result.stderr).toContain('npm start -- --reset');
  }, 60_000);
});

describe('--site FILE', () => {
  const badSite = () => {
    const site = {
      version: 1,
      users: [{ accountId: 'ana', displayName: 'Ana' }],
      projects: [{ id: '1', key: 'CRM', name: 'CRM' }],
      issues: [{ id: '10', key: 'CRM-1', projectKey: 'CRM', summary: 'Checkout', issueType: 'Story', status: 'To Do', dueDate: '2026-13-45' }],
    };
    const file = path.join(freshDir(), 'bad-site.json');
    writeFileSync(file, JSON.stringify(site));
    return file;
  };

  it('is refused with the entry and the field named', () => {
    const file = badSite();
    expect(() => openSite({ store: createSiteStore(freshDir()), siteFile: file, demo: buildDemoSite })).toThrow(SiteFileError);
    expect(() => openSite({ store: createSiteStore(freshDir()), siteFile: file, demo: buildDemoSite })).toThrow(/issues\[0\] \(CRM-1\)\.dueDate: expected/);
    expect(() => openSite({ store: createSiteStore(freshDir()), siteFile: `${file}.missing`, demo: buildDemoSite })).toThrow(`The site file ${file}.missing cannot be used:\n- there is no such file`);
  });

  it('makes npm start exit with that message', () => {
    const file = badSite();
    const result = runHost(['--site', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`The site file ${file} cannot be used:\n- issues[0] (CRM-1).dueDate: expected YYYY-MM-DD`);
  }, 60_000);
});
