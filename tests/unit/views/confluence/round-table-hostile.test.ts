import { renderRoundTablePages } from '../../../../src/confluence/round-table-publication';
import { checkStorageXhtml } from '../../../../local/confluence/storage-validation';
import { decision, roundTableModel } from './round-table-fixture';
import { HOSTILE, LONG_TITLE } from './publication-fixture';
import { readStorage } from './storage-text';

/** Round-table pages with hostile text wherever a person typed: well-formed, only XML's entities, the text intact. */
describe.each(['en', 'de'] as const)('round-table pages with hostile text (%s)', (language) => {
  const model = roundTableModel(language, {
    name: LONG_TITLE,
    itemTitle: `Item ${HOSTILE}`,
    note: `Note ${HOSTILE}`,
    decisionText: `Decide ${HOSTILE}`,
    submissionTitle: `Submitted ${HOSTILE}`,
    sectionLabel: `Section ${HOSTILE}`,
  });
  model.series.memberAccountIds = [`5b10"ac'8d<&>`];
  model.meetings[0]?.sections[1]?.items.push({
    id: 'manual-2', source: 'manual', topic: null, title: `Manual ${HOSTILE}`, detail: `Detail ${HOSTILE}`, issueKeys: [], submissionId: null, decisionId: null, note: '',
  });
  model.decisions.push(decision('d-hostl1', { ownerAccountId: `owner"<&>`, followUpKey: 'EMA-10', followUp: { key: 'EMA-10', summary: `Summary ${HOSTILE}`, status: `Status ${HOSTILE}`, statusCategory: 'new' } }));
  const pages = renderRoundTablePages(model, new Set());

  it.each(pages.map((page) => [page.pageKey, page] as const))('%s is well-formed storage format without named HTML entities', (_key, page) => {
    expect(checkStorageXhtml(page.storage)).toEqual({ ok: true });
    expect(page.storage).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;|#\d+;)/);
    expect(page.storage).not.toContain('<script');
  });

  it('keeps what people typed intact', () => {
    const texts = (key: string) => readStorage(pages.find((page) => page.pageKey === key)?.storage ?? '').texts;
    const agenda = texts('rt:rt-main01:agenda:m-20261126');
    expect(agenda).toEqual(expect.arrayContaining([`Item ${HOSTILE}`, `Manual ${HOSTILE}`, `Detail ${HOSTILE}`, `Section ${HOSTILE}`]));
    const minutes = texts('rt:rt-main01:minutes:m-20261126');
    expect(minutes).toEqual(expect.arrayContaining([`Note ${HOSTILE}`, `Decide ${HOSTILE}`]));
    const log = texts('rt:rt-main01:decisions');
    expect(log.some((text) => text.includes(`Submitted ${HOSTILE}`))).toBe(true);
    expect(log.some((text) => text.includes(`Summary ${HOSTILE}`) && text.includes(`Status ${HOSTILE}`))).toBe(true);
  });

  it('keeps account ids intact as attribute values', () => {
    const attributes = readStorage(pages[0]?.storage ?? '').attributes;
    expect(attributes).toContain(`5b10"ac'8d<&>`);
    expect(readStorage(pages.find((page) => page.pageKey === 'rt:rt-main01:decisions')?.storage ?? '').attributes).toContain(`owner"<&>`);
  });

  it('cuts a 300-character series name, never the date or the page kind, and keeps every title unique and at most 255', () => {
    const titles = pages.map((page) => page.title);
    for (const title of titles) expect(title.length).toBeLessThanOrEqual(255);
    expect(new Set(titles.map((title) => title.toLowerCase())).size).toBe(titles.length);
    const date = language === 'de' ? '26.11.2026' : '2026-11-26';
    expect(titles.some((title) => title.endsWith(`${date} ${language === 'de' ? '– Protokoll' : '— Minutes'}`))).toBe(true);
    // the pages link each other by these very titles
    expect(readStorage(pages[0]?.storage ?? '').attributes).toEqual(expect.arrayContaining(titles.slice(1)));
  });
});
