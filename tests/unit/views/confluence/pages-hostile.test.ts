import { buildPublication } from '../../../../src/services/publishing/publication-model';
import { checkStorageXhtml } from '../../../../local/confluence/storage-validation';
import { HOSTILE, hostileInput, LONG_TITLE, WITHOUT_CONTROL } from './publication-fixture';
import { pageText, readStorage } from './storage-text';

/** issue #10 "Done when": every page type, rendered with hostile text, is well-formed and says the text as typed. */
describe.each(['en', 'de'] as const)('published pages with hostile text (%s)', (language) => {
  const input = hostileInput({ publishing: { language, pageTypes: { rollUp: true, streams: true, strategy: true } } });
  const pages = buildPublication(input);
  const page = (key: string) => {
    const found = pages.find((candidate) => candidate.pageKey === key);
    if (!found) throw new Error(`no page ${key}`);
    return found;
  };

  it('renders every page type', () => {
    expect(pages.map((p) => p.pageKey)).toEqual(['rollup', 'stream:crm', 'stream:web', 'stream:app', 'strategy', 'strategy:n-root1', 'strategy:n-crm01', 'strategy:n-mail1', 'strategy:n-crm02']);
  });

  it.each(['rollup', 'stream:crm', 'stream:web', 'stream:app', 'strategy', 'strategy:n-root1', 'strategy:n-crm01', 'strategy:n-mail1', 'strategy:n-crm02'])(
    '%s is well-formed storage format as the strict emulator checks it, without named HTML entities',
    (key) => {
      const { storage } = page(key);
      expect(checkStorageXhtml(storage)).toEqual({ ok: true });
      expect(storage).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;|#\d+;)/);
      expect(storage).not.toContain('<script');
      expect(() => readStorage(storage)).not.toThrow();
    },
  );

  it('keeps what people typed intact: summaries, goals, KPI names, epic summaries, stream names, touchpoint labels', () => {
    const node = readStorage(page('strategy:n-root1').storage).texts;
    expect(node).toContain(HOSTILE);
    expect(node).toContain(`Ziel: ${HOSTILE}`);
    expect(node).toContain(`Conversion ${HOSTILE}`);
    expect(node).toContain(`Second line ${WITHOUT_CONTROL}`);
    expect(node.some((text) => text.includes(`CRM-1 Epic ${HOSTILE}`))).toBe(true);
    const stream = readStorage(page('stream:crm').storage).texts;
    expect(stream).toContain(`CRM ${HOSTILE}`);
    if (language === 'en') expect(stream).toContain(`Website ${HOSTILE}`);
    else expect(stream).toContain('Webseite');
    expect(readStorage(page('rollup').storage).texts).toContain(`CRM ${HOSTILE}`);
  });

  it('keeps attribute values intact: the owner mention, links to pages with long titles, the concept link', () => {
    const attributes = readStorage(page('strategy:n-root1').storage).attributes;
    expect(attributes).toContain(`5b10"ac'8d<&>`);
    expect(attributes).toContain('https://wiki.example.org/x?a=1&b="2"');
    expect(attributes).toContain(page('strategy:n-crm01').title);
    expect(readStorage(page('rollup').storage).attributes).toContain(page('stream:crm').title);
  });

  it('never links a concept that is not http(s)', () => {
    const { storage } = page('strategy:n-mail1');
    expect(readStorage(storage).attributes).not.toContain('javascript:alert(1)');
    expect(pageText(storage)).toContain('javascript:alert(1)');
  });

  it('gives 300-character titles at most 255 characters and two nodes with the same title different titles', () => {
    for (const p of pages) expect(p.title.length).toBeLessThanOrEqual(255);
    expect(page('stream:web').title.endsWith('…')).toBe(true);
    expect(page('strategy:n-crm01').title).toMatch(/… \(1\.1\)$/);
    expect(page('strategy:n-crm02').title).toMatch(/… \(1\.2\)$/);
    expect(new Set(pages.map((p) => p.title.toLowerCase())).size).toBe(pages.length);
    expect(LONG_TITLE).toHaveLength(300);
  });

  it('puts the titles' + "'" + ' text through intact, and nothing XML cannot carry', () => {
    expect(page('stream:crm').title).toBe(`Stream: CRM ${HOSTILE}`);
    for (const p of pages) expect([...p.title].some((char) => char.charCodeAt(0) < 0x20)).toBe(false);
  });

  it('is deterministic: the same input gives byte-identical pages, whatever order Jira answered in', () => {
    const again = buildPublication(hostileInput({ publishing: input.publishing }));
    expect(again).toEqual(pages);
    const shuffled = hostileInput({ publishing: input.publishing });
    shuffled.view = { ...shuffled.view, epics: [...shuffled.view.epics].reverse(), dependencies: [...shuffled.view.dependencies].reverse() };
    expect(buildPublication(shuffled)).toEqual(pages);
  });
});
