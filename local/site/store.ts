/**
 * The persisted local site in `.local-site/`: `site.json` (the SiteFile) and `kvs.json` (the app's key-value
 * store). Every write is atomic (atomic-file.ts). A change that an HTTP response acknowledges is on disk before
 * that response leaves (the server awaits `durable()`); changes nobody waits for are written within `maxDelayMs`
 * (save-scheduler.ts). Each write is the whole file, which costs a few milliseconds for the demo's few hundred
 * issues — cheap enough that no journal is needed, and there is nothing to replay after a crash.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { emptyKvsState, kvsStateSchema, type KvsState } from '../kvs';
import type { SitePersistence } from './create-local-site';
import { removeLeftoverTempFiles, syncDirectory, writeTextAtomic } from './atomic-file';
import { findDuplicateKeys } from './json-duplicate-keys';
import { createSaveScheduler } from './save-scheduler';
import { parseSiteFileText, SiteFileError, type SiteFile } from './schema';

export const DEFAULT_SITE_DIR = '.local-site';
const SITE_FILE = 'site.json';
const KVS_FILE = 'kvs.json';
const RESET_ADVICE = 'npm start -- --reset';

export interface SiteSnapshot {
  site: SiteFile;
  kvsState: KvsState;
}

export type SiteSource = 'saved' | 'demo' | 'file';

export interface SiteStore extends SitePersistence {
  readonly dir: string;
  /** the saved site, or undefined when nothing was saved yet; throws SiteFileError or KvsFileDamagedError when a saved file is unusable */
  load(): SiteSnapshot | undefined;
  /** makes `snapshot` the site's state and writes it now */
  save(snapshot: SiteSnapshot): Promise<void>;
}

/** kvs.json cannot be read back; unlike a hand-written site file it is only ever written by the host. */
export class KvsFileDamagedError extends Error {
  constructor(file: string, detail: string) {
    super(
      [
        `The key-value store file ${file} is damaged (${detail}).`,
        `It holds the app's stored data (settings, catalogue, snapshot). Start again from the demo with \`${RESET_ADVICE}\``,
        `(this discards your local changes), or move the file aside to keep the site with an empty app store.`,
      ].join('\n'),
    );
    this.name = 'KvsFileDamagedError';
  }
}

/** Reads and validates a site file; the SiteFileError names the file, and the entry and field of every problem. */
export function readSiteFile(file: string, hint?: string): SiteFile {
  if (!existsSync(file)) throw new SiteFileError(['there is no such file'], { file });
  try {
    return parseSiteFileText(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof SiteFileError) throw new SiteFileError(error.problems, { file, ...(hint ? { hint } : {}) });
    throw error;
  }
}

function readKvsFile(file: string): KvsState {
  if (!existsSync(file)) return emptyKvsState();
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KvsFileDamagedError(file, `not valid JSON: ${(error as Error).message}`);
  }
  const duplicate = findDuplicateKeys(text)[0];
  if (duplicate) throw new KvsFileDamagedError(file, `the key "${duplicate.key}" is given twice in ${duplicate.objectPath.join('.') || 'the top level'}`);
  const parsed = kvsStateSchema.safeParse(json);
  if (!parsed.success) throw new KvsFileDamagedError(file, z.prettifyError(parsed.error).replace(/\n\s*/g, ' '));
  return parsed.data;
}

export function createSiteStore(dir: string = DEFAULT_SITE_DIR, options: { maxDelayMs?: number } = {}): SiteStore {
  const siteFile = path.join(dir, SITE_FILE);
  const kvsFile = path.join(dir, KVS_FILE);
  let latest: SiteSnapshot | undefined;
  // What each file holds now, so a write skips the file whose content did not change (most writes touch one).
  const onDisk: { site?: string; kvs?: string } = {};

  const writeLatest = async (): Promise<void> => {
    if (!latest) return;
    // Serialised before the first await: the scheduler counts this write as covering every change noted so far.
    const site = JSON.stringify(latest.site, null, 1);
    const kvs = JSON.stringify(latest.kvsState, null, 1);
    if (site === onDisk.site && kvs === onDisk.kvs) return;
    if (site !== onDisk.site) await writeTextAtomic(siteFile, site);
    onDisk.site = site;
    if (kvs !== onDisk.kvs) await writeTextAtomic(kvsFile, kvs);
    onDisk.kvs = kvs;
    await syncDirectory(dir);
  };
  const scheduler = createSaveScheduler({
    write: writeLatest,
    maxDelayMs: options.maxDelayMs ?? 300,
    onBackgroundError: (error) => console.error(`Could not save the local site to ${dir} (retrying):`, error),
  });

  return {
    dir,
    load() {
      if (!existsSync(siteFile)) return undefined;
      removeLeftoverTempFiles(dir, [SITE_FILE, KVS_FILE]);
      const hint = `This is the saved local site; \`${RESET_ADVICE}\` starts again from the demo (and discards your local changes).`;
      return { site: readSiteFile(siteFile, hint), kvsState: readKvsFile(kvsFile) };
    },
    save(snapshot) {
      latest = snapshot;
      scheduler.noteChange();
      return scheduler.whenSaved();
    },
    changed(snapshot) {
      latest = snapshot;
      scheduler.noteChange();
    },
    durable: () => scheduler.whenSaved(),
  };
}

export interface OpenSiteOptions {
  store: SiteStore;
  /** start again from the demo, discarding the saved site */
  reset?: boolean;
  /** start from this site file (validated), with an empty app store */
  siteFile?: string;
  demo: () => SiteFile;
  /** the app's stored data the demo starts with (settings, catalogue); empty when left out */
  demoAppData?: (site: SiteFile) => KvsState;
}

/** Chooses the starting site: `--site FILE`, else `--reset` → demo, else the saved site, else the demo. */
export function openSite(options: OpenSiteOptions): SiteSnapshot & { source: SiteSource } {
  if (options.siteFile) return { site: readSiteFile(options.siteFile), kvsState: emptyKvsState(), source: 'file' };
  if (!options.reset) {
    const saved = options.store.load();
    if (saved) return { ...saved, source: 'saved' };
  }
  const site = options.demo();
  return { site, kvsState: options.demoAppData?.(site) ?? emptyKvsState(), source: 'demo' };
}
