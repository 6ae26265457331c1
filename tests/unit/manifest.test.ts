/**
 * manifest.yml is the single list of what the app has. Atlassian's own validator must accept it without a
 * warning, and every handler it names must be exported by the file it names.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { validate } from '@forge/manifest';

const ROOT = resolve(__dirname, '../..');
const MANIFEST = join(ROOT, 'manifest.yml');

interface ValidationMessage { level: string; message: string; line?: number }

async function problems(manifestPath: string): Promise<string[]> {
  const result = (await validate(false, manifestPath)) as { success: boolean; errors?: ValidationMessage[] };
  return (result.errors ?? []).map((e) => `${e.level}: ${e.message}${e.line ? ` (line ${e.line})` : ''}`);
}

describe('manifest.yml', () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it('passes the full @forge/manifest validation with no error and no warning', async () => {
    process.chdir(ROOT);
    expect(await problems('manifest.yml')).toEqual([]);
  });

  it('fails that validation when a module type is misspelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    mkdirSync(join(dir, 'static'), { recursive: true });
    const misspelt = readFileSync(MANIFEST, 'utf8').replace('jira:entityProperty:', 'jira:entityPropety:');
    expect(misspelt).not.toEqual(readFileSync(MANIFEST, 'utf8'));
    writeFileSync(join(dir, 'manifest.yml'), misspelt);
    process.chdir(dir);
    const found = await problems('manifest.yml');
    expect(found.join('\n')).toMatch(/entityPropety/);
  });

  it('names only handlers that the named files export as functions', () => {
    const manifest = load(readFileSync(MANIFEST, 'utf8')) as { modules: { function?: Array<{ key: string; handler: string }> } };
    const functions = manifest.modules.function ?? [];
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) {
      const match = /^(.+)\.([^.]+)$/.exec(fn.handler);
      expect(match).not.toBeNull();
      const [, path, exportName] = match as unknown as [string, string, string];
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(join(ROOT, 'src', path)) as Record<string, unknown>;
      expect({ function: fn.key, type: typeof module[exportName] }).toEqual({ function: fn.key, type: 'function' });
    }
  });

  it('declares every journey search alias the domain uses, on the tag property', () => {
    const manifest = load(readFileSync(MANIFEST, 'utf8')) as { modules: Record<string, Array<{ propertyKey?: string; values?: Array<{ searchAlias?: string }> }>> };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SEARCH_ALIAS, JOURNEY_PROPERTY_KEY } = require('../../src/domain') as { SEARCH_ALIAS: Record<string, string>; JOURNEY_PROPERTY_KEY: string };
    const declared = manifest.modules['jira:entityProperty']?.find((m) => m.propertyKey === JOURNEY_PROPERTY_KEY);
    expect(declared?.values?.map((v) => v.searchAlias).sort()).toEqual(Object.values(SEARCH_ALIAS).sort());
  });
});
