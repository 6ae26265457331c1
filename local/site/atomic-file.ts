/**
 * Whole-file writes that a crash cannot tear: the text goes to a temp file in the same directory, is fsync'd,
 * and is renamed over the target, so readers see the old file or the new one, never half of either.
 */
import { promises as fs, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const TEMP_SUFFIX = '.tmp';
let tempCounter = 0;

/** `.site.json.<pid>.<n>.tmp`: dot-prefixed so it never passes for the real file. */
function tempNameFor(file: string): string {
  tempCounter += 1;
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${tempCounter}${TEMP_SUFFIX}`);
}

/** Writes `text` to `file` atomically; the caller makes the rename itself durable with syncDirectory. */
export async function writeTextAtomic(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = tempNameFor(file);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, file);
}

/**
 * A rename is durable only once its directory is fsync'd (the new name lives in the directory's own blocks).
 * Windows cannot open a directory for fsync; there the rename is as durable as the platform makes it.
 */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (process.platform !== 'win32') throw error;
  } finally {
    await handle?.close();
  }
}

/** Temp files a killed writer left behind for any of `files` (one host writes a site directory at a time). */
export function removeLeftoverTempFiles(dir: string, files: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.endsWith(TEMP_SUFFIX) && files.some((file) => name.startsWith(`.${file}.`))) rmSync(path.join(dir, name), { force: true });
  }
}
