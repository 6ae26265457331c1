/**
 * Every design token the UI names exists in @atlaskit/tokens. A misspelt or invented token falls back to its
 * hard-coded light colour in every theme (in the dark theme the coverage heat map's top bucket read 1.63:1).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import tokenNames from '@atlaskit/tokens/token-names';

const ROOT = join(__dirname, '../../..');
const SOURCES = [join(ROOT, 'static/main/src')];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(tsx?|css)$/.test(entry.name) ? [path] : [];
  });
}

const known = new Set<string>(Object.values(tokenNames));

/** Each `--ds-…` name and where it is used. */
function usedTokens(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of SOURCES.flatMap(filesUnder)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/--ds-[a-z0-9-]+/g)) {
      const where = used.get(match[0]) ?? [];
      where.push(relative(ROOT, file));
      used.set(match[0], where);
    }
  }
  return used;
}

describe('design tokens named in the UI', () => {
  it('knows the tokens package: its list has the tokens the UI leans on most', () => {
    expect(known.size).toBeGreaterThan(300);
    for (const name of ['--ds-text', '--ds-text-subtle', '--ds-border', '--ds-background-accent-green-bolder']) expect(known.has(name)).toBe(true);
  });

  it('finds tokens in the sources (the scan reads them)', () => {
    expect(usedTokens().size).toBeGreaterThan(10);
  });

  it('names only tokens that exist', () => {
    const unknown = [...usedTokens()].filter(([name]) => !known.has(name)).map(([name, files]) => `${name} (in ${[...new Set(files)].join(', ')})`);
    expect(unknown).toEqual([]);
  });
});
