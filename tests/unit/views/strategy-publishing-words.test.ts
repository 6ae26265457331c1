import { PAGE_REASONS, type PublishReport } from '../../../src/contract/publishing';
import { countsOf, pageUrl, reasonText } from '../../../static/main/src/surfaces/publishing/report-words';
import { publishingMessageTables } from '../../../static/main/src/surfaces/publishing/publishing-messages';
import { rolesMessageTables } from '../../../static/main/src/surfaces/settings/roles-messages';
import { strategyMessageTables } from '../../../static/main/src/surfaces/strategy/strategy-messages';

it.each([
  ['strategy', strategyMessageTables()],
  ['publishing', publishingMessageTables()],
  ['roles and publishing settings', rolesMessageTables()],
])('the %s words exist in English and German, none left empty', (_, tables) => {
  expect(Object.keys(tables.de).sort()).toEqual(Object.keys(tables.en).sort());
  for (const language of ['en', 'de'] as const) for (const text of Object.values(tables[language])) expect(text.trim()).not.toBe('');
});

const outcome = (reason: (typeof PAGE_REASONS)[number] | null, detail: string | null = null) => ({ pageKey: 'rollup', title: 'Roll-up', action: 'skipped' as const, reason, detail, webui: null });

it('words every reason a run may give, in both languages', () => {
  for (const reason of PAGE_REASONS) {
    expect(reasonText('en', outcome(reason))).not.toMatch(/^Reason:/);
    expect(reasonText('de', outcome(reason))).not.toMatch(/^Grund:/);
  }
  expect(reasonText('en', outcome('error', 'Confluence said no'))).toBe('Confluence refused the page. Confluence said no');
});

it('links a page only to a web address under the wiki', () => {
  expect(pageUrl('https://site.example/wiki/', '/spaces/PROG/pages/42/Roll-up')).toBe('https://site.example/wiki/spaces/PROG/pages/42/Roll-up');
  expect(pageUrl('https://site.example/wiki', null)).toBeNull();
  expect(pageUrl('javascript:', 'alert(1)')).toBeNull();
});

it('counts the pages of a run by what happened to them', () => {
  const report = { pages: [outcome(null), { ...outcome(null), action: 'created' as const }, { ...outcome(null), action: 'created' as const }] } as PublishReport;
  expect(countsOf(report)).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 1, failed: 0 });
});
