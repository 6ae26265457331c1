/** The page map's compact form: a 300-page tree of long names round-trips and fits the storage's values. */
import { chunkTuples, recordOf, tupleOf, type PageRecord } from '../../../../src/services/publishing/sync/page-map';
import { contentHash } from '../../../../src/services/publishing/sync/content-hash';
import { MAX_CHUNK_CHARS } from '../../../../src/services/publishing/sync/page-map-store';

// CJK text: three UTF-8 bytes a character, the worst case for a limit counted in bytes
const long = (prefix: string, i: number) => `${prefix}${i}-${'戦'.repeat(290)}`.slice(0, 300);

it('a 300-page tree of 300-character keys and titles splits into chunks below the storage limit and reads back the same', () => {
  const records: PageRecord[] = Array.from({ length: 300 }, (_, i) => ({
    pageKey: long('strategy:', i), pageId: String(1_000_000 + i), title: long('Title ', i), hash: contentHash({ title: `t${i}`, parentKey: null, storage: '<p/>' }),
    version: i + 1, parentKey: i === 0 ? null : long('strategy:', i - 1), parentId: String(999_999 + i), marked: i % 2 === 0,
  }));
  const chunks = chunkTuples(records.map(tupleOf), MAX_CHUNK_CHARS);
  expect(chunks.length).toBeGreaterThan(1);
  for (const chunk of chunks) expect(Buffer.byteLength(JSON.stringify(chunk), 'utf8')).toBeLessThan(240 * 1024);
  expect(chunks.flat().map(recordOf)).toEqual(records);
});

it('the fingerprint changes with the title, the parent or the storage, and never runs two fields together', () => {
  const base = { title: 'CRM', parentKey: 'strategy:n1', storage: '<p>a</p>' };
  const hashes = new Set([
    contentHash(base), contentHash({ ...base, title: 'CRM ' }), contentHash({ ...base, parentKey: null }), contentHash({ ...base, storage: '<p>b</p>' }),
    contentHash({ title: 'CRM|1', parentKey: '1', storage: '<p>a</p>' }), contentHash({ title: 'CRM', parentKey: '|1', storage: '<p>a</p>' }),
  ]);
  expect(hashes.size).toBe(6);
  expect(contentHash(base)).toBe(contentHash({ ...base }));
});
