/**
 * The persisted local site in `.local-site/`: `site.json` (the SiteFile) and `kvs.json` (the app's key-value
 * store). Writes are atomic (temp file in the same directory, fsync, rename) so a crash mid-write never leaves
 * a half-written site, and debounced so a burst of changes costs one write.
 */
import { promises as fs, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { emptyKvsState, kvsStateSchema, type KvsState } from '../kvs';
import { parseSiteFile, SiteFileError, type SiteFile } from './schema';

export const DEFAULT_SITE_DIR = '.local-site';
const SITE_FILE = 'site.json';
const KVS_FILE = 'kvs.json';

export interface SiteSnapshot {
  site: SiteFile;
  kvsState: KvsState;
}

export type SiteSource = 'saved' | 'demo' | 'file';

export interface SiteStore {
  readonly dir: string;
  /** the saved site, or undefined when nothing was saved yet; throws SiteFileError when a saved file is invalid */
  load(): SiteSnapshot | undefined;
  /** writes both files now (atomically) */
  save(snapshot: SiteSnapshot): Promise<void>;
  /** writes after `debounceMs` without further calls; the snapshot is serialised when the write happens */
  scheduleSave(snapshot: SiteSnapshot): void;
  /** waits for a scheduled or running write */
  flush(): Promise<void>;
}

/** Writes JSON so that readers see either the old or the new file, never a torn one. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(JSON.stringify(value, null, 1));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, file);
}

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SiteFileError([`${file} is not valid JSON: ${(error as Error).message}`]);
  }
}

/** Reads and validates a site file; the SiteFileError names the entry and field of every problem. */
export function readSiteFile(file: string): SiteFile {
  if (!existsSync(file)) throw new SiteFileError([`${file} does not exist`]);
  try {
    return parseSiteFile(readJson(file));
  } catch (error) {
    if (error instanceof SiteFileError) throw new SiteFileError(error.problems.map((p) => `${path.basename(file)}: ${p}`));
    throw error;
  }
}

function readKvsFile(file: string): KvsState {
  if (!existsSync(file)) return emptyKvsState();
  const parsed = kvsStateSchema.safeParse(readJson(file));
  if (!parsed.success) throw new SiteFileError([`${file}: ${z.prettifyError(parsed.error)}`]);
  return parsed.data;
}

export function createSiteStore(dir: string = DEFAULT_SITE_DIR, options: { debounceMs?: number } = {}): SiteStore {
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  let pending: SiteSnapshot | undefined;
  let writing: Promise<void> = Promise.resolve();

  // Writes are chained so two saves never interleave their renames.
  const save = (snapshot: SiteSnapshot): Promise<void> => {
    writing = writing
      .catch(() => undefined)
      .then(async () => {
        await writeJsonAtomic(path.join(dir, SITE_FILE), snapshot.site);
        await writeJsonAtomic(path.join(dir, KVS_FILE), snapshot.kvsState);
      });
    return writing;
  };
  const writePending = (): Promise<void> => {
    timer = undefined;
    const snapshot = pending;
    pending = undefined;
    return snapshot ? save(snapshot) : writing;
  };

  return {
    dir,
    load() {
      const siteFile = path.join(dir, SITE_FILE);
      if (!existsSync(siteFile)) return undefined;
      return { site: readSiteFile(siteFile), kvsState: readKvsFile(path.join(dir, KVS_FILE)) };
    },
    save,
    scheduleSave(snapshot) {
      pending = snapshot;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        writePending().catch((error: unknown) => console.error(`Could not save the local site to ${dir}:`, error));
      }, debounceMs);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      await writePending();
    },
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
