/**
 * In a real browser, as the German-speaking programme manager: every app frame declares `lang="de"`; a count of one
 * reads in the singular ("1 Konflikt", "1 Tag Puffer"); dates read "18. Dez. 2026", never "2026-12-18"; a picker's
 * remove button is named in German. As a Jira admin who switched Jira to German: the CSV import's row error is German
 * through and through, with no validator English in it.
 */
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import { isAppFrame } from './support/axe';
import { actAs, type DemoShell } from './support/demo-shell';
import { openProgrammeShell } from './support/programme-shell';

jest.setTimeout(120_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openProgrammeShell();
  // Given an admin has set up the demo's streams, and the snapshot has been built once.
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Katrin Hoffmann');
});
afterAll(async () => {
  await shell?.close();
});

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** The `lang` of every app frame on the page, once each has drawn something. */
async function frameLanguages(page: Page): Promise<string[]> {
  const frames = page.frames().filter(isAppFrame);
  await Promise.all(frames.map((frame) => frame.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, { timeout: 20_000 })));
  return Promise.all(frames.map((frame) => frame.evaluate(() => document.documentElement.lang)));
}

async function openProgramme(): Promise<ReturnType<Page['frameLocator']>> {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
  const frame = shell.page.frameLocator('iframe[title="Programme"]');
  await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  return frame;
}

it('declares German in the programme page and in both issue-view panels', async () => {
  await openProgramme();
  expect(await frameLanguages(shell.page)).toEqual(['de']);

  await shell.page.goto(`${shell.server.url}/jira/browse/COM-2`);
  await shell.page.frameLocator('iframe[title="Dependencies"]').getByTestId('panel-subject').waitFor({ timeout: 20_000 });
  const languages = await frameLanguages(shell.page);
  expect(languages.length).toBeGreaterThanOrEqual(2);
  expect(new Set(languages)).toEqual(new Set(['de']));
});

it('writes dates the German way in the issue’s dependency panel, never as ISO', async () => {
  await shell.page.goto(`${shell.server.url}/jira/browse/COM-2`);
  const panel = shell.page.frameLocator('iframe[title="Dependencies"]');
  const dates = panel.getByTestId('dependency-DATA-2').getByTestId('dependency-dates');
  await dates.waitFor({ timeout: 20_000 });
  // DATA-2 runs from 2026-04-01 to 2026-12-18 in the demo.
  expect(await dates.textContent()).toBe('1. Apr. 2026 → 18. Dez. 2026');
  expect(await panel.locator('body').textContent()).not.toMatch(ISO_DATE);
});

it('counts one conflict and one day of slack in the singular', async () => {
  const frame = await openProgramme();
  await frame.getByRole('tab', { name: /^Matrix/ }).click();
  const matrix = frame.locator('table').first();
  await matrix.waitFor();
  const matrixText = (await matrix.textContent()) ?? '';
  expect(matrixText).toMatch(/(^|\D)1 Konflikt(?!e)/);
  expect(matrixText).not.toMatch(/(^|\D)1 Konflikte/);

  await frame.getByRole('tab', { name: /^Abhängigkeiten/ }).click();
  // DATA-6 → MI-6 has one day of slack in the demo.
  const row = frame.locator('[data-testid^="row-"]', { hasText: 'MI-6' }).filter({ hasText: 'DATA-6' });
  await row.first().waitFor({ timeout: 20_000 });
  const rowText = (await row.first().textContent()) ?? '';
  expect(rowText).toContain('1 Tag Puffer');
  expect(rowText).not.toMatch(ISO_DATE);
  expect(await frame.getByTestId('dependency-list').textContent()).not.toMatch(/(^|\D)1 Tage\b/);
});

it('names a chosen filter term’s remove button in German', async () => {
  const frame = await openProgramme();
  const input = frame.locator('#filter-journey-touchpoint');
  await input.click();
  await input.press('ArrowDown');
  await input.press('Enter');
  const remove = frame.locator('[aria-label$=" entfernen"]').first();
  await remove.waitFor({ timeout: 10_000 });
  expect(await frame.locator('[aria-label^="Remove "]').count()).toBe(0);
});

it('words a bad CSV row entirely in German for an admin who reads German', async () => {
  const admin = shell.local.site.users.find((user) => user.accountId === DEMO_ACCOUNTS.admin);
  if (!admin) throw new Error('the demo has no site admin');
  admin.locale = 'de-DE'; // the admin's Jira profile language, as the frame context reports it
  await actAs(shell.page, 'Emily Carter');
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-settings`);
  const frame = shell.page.frameLocator('iframe[title="Programme settings"]');
  await frame.getByRole('tab', { name: 'Use Cases' }).click({ timeout: 20_000 });
  expect(await frameLanguages(shell.page)).toEqual(['de']);
  await frame.getByTestId('csv-columns').getByText('lifecycleStage').waitFor({ timeout: 20_000 });
  const csv = ['id;title;lifecycleStage;touchpoints;channels', 'UC-901;Begrüßungsstrecke für Neukunden;set-up;website;email', 'UC-902;;set-up;website;email'].join('\n');
  await frame.getByLabel('Oder den CSV-Text einfügen').fill(csv);
  await frame.getByRole('button', { name: '2 Zeilen importieren' }).click();

  const problem = frame.getByTestId('import-problem-row-3');
  await problem.waitFor({ timeout: 20_000 });
  expect(await problem.locator('th').textContent()).toBe('Zeile 3');
  const text = (await problem.textContent()) ?? '';
  expect(text).toContain('Der Wert darf nicht leer sein.');
  expect(text).not.toMatch(/must|empty|invalid|expected/i);
});
