import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SURFACES = path.join(__dirname, '../../../static/main/src');

function messageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return messageFiles(full);
    return /messages\.ts$/.test(name) ? [full] : [];
  });
}

// A count followed by a noun must choose its form by `{count, plural, …}`: "1 conflicts" and "1 Konflikte" must not appear.
const COUNTS = ['count', 'days', 'n', 'total', 'max', 'limit', 'rows', 'projects', 'links', 'conflicts', 'reads', 'writes', 'epics', 'issues'];
// Words that read the same after 1 and after 2 ("noch 1 Zeichen", "Show 1 more", "1 of 3").
const SAME_AFTER_ANY_NUMBER = new Set(['Zeichen', 'more', 'weitere', 'of', 'von', 'in', 'im', 'insgesamt', 'können', 'kann', 'can', 'angezeigt', 'eingeben', 'd', 'T', '%']);

it('has no count in front of a noun outside a plural form, in any messages file', () => {
  const offenders: string[] = [];
  for (const file of messageFiles(SURFACES)) {
    // A line whose key names the plural form (`'x.other':`, `other: '…'`) is chosen by count already.
    const text = readFileSync(file, 'utf8').split('\n').filter((line) => !/(\.other'|\bother):/.test(line)).join('\n');
    for (const match of text.matchAll(new RegExp(`\\{(${COUNTS.join('|')})\\} (\\p{L}+)`, 'gu'))) {
      if (!SAME_AFTER_ANY_NUMBER.has(match[2] ?? '')) offenders.push(`${path.relative(SURFACES, file)}: ${match[0]}`);
    }
  }
  expect(offenders).toEqual([]);
});
