/**
 * In a real browser, from the shell's issue search:
 * - a team member who may edit only EMA selects three issues (mouse and keyboard), opens "Tag customer journey" from
 *   the Apps menu with the keyboard, is told it acts on the 3 selected issues, and exactly those are tagged: the
 *   other issues of the search keep what they had, in the site's data;
 * - with nothing selected, the action acts on the search's ten issues (nine EMA, one DATA), says so, and reports the
 *   DATA issue she may not edit; closing returns to the search;
 * - a German user reads the selection in German.
 */
import type { FrameLocator } from 'playwright-core';
import { buildDemoSite } from '../../local/demo';
import { JOURNEY_PROPERTY_KEY } from '../../src/domain';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(90_000);

const demo = buildDemoSite();
const ema = demo.issues.filter((i) => i.projectKey === 'EMA').slice(0, 9).map((i) => i.key);
const data = demo.issues.find((i) => i.projectKey === 'DATA')?.key as string;
const jql = `key in (${[...ema.slice(0, 4), data, ...ema.slice(4)].join(', ')})`;

let shell: DemoShell;
beforeAll(async () => {
  shell = await openDemoShell();
});
afterAll(async () => {
  await shell?.close();
});

const stored = (key: string) => shell.local.site.issues.find((i) => i.key === key)?.properties[JOURNEY_PROPERTY_KEY] as Record<string, string[]> | undefined;

async function choose(frame: FrameLocator, inputId: string, text: string): Promise<void> {
  const input = frame.locator(`#${inputId}`);
  await input.click();
  await input.pressSequentially(text);
  await frame.getByRole('option', { name: text, exact: false }).first().waitFor({ timeout: 5_000 });
  await input.press('Enter');
}

/** Opens the search as a person, with a fresh page state. */
async function openSearch(person: string, searchJql: string): Promise<void> {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, person);
  await shell.page.goto(`${shell.server.url}/jira/issues?jql=${encodeURIComponent(searchJql)}`);
}

/** Opens the action from the Apps menu with the keyboard only: Enter on the menu, Tab to the item, Enter. */
async function openActionByKeyboard(): Promise<FrameLocator> {
  await shell.page.locator('summary', { hasText: 'Apps' }).focus();
  await shell.page.keyboard.press('Enter');
  const item = shell.page.getByRole('button', { name: 'Tag customer journey' });
  await item.waitFor();
  await shell.page.keyboard.press('Tab');
  expect(await item.evaluate((element) => element === document.activeElement)).toBe(true);
  await Promise.all([shell.page.waitForURL((url) => url.searchParams.get('action') === 'bulk-journey-tags'), shell.page.keyboard.press('Enter')]);
  await shell.page.getByRole('dialog', { name: 'Tag customer journey' }).waitFor();
  return shell.page.frameLocator('#navigator-action-frame');
}

it('tags exactly the three issues she selected in the search, and says so', async () => {
  const picked = [ema[1], ema[4], ema[7]] as string[];
  const others = [...ema.filter((key) => !picked.includes(key)), data];
  const before = new Map(others.map((key) => [key, JSON.stringify(stored(key) ?? null)]));
  await openSearch('Lena Schulz', jql);
  await shell.page.getByText('10 issues').waitFor();

  // Two ticked with the mouse, the third with the keyboard (Space on the focused checkbox).
  await shell.page.getByRole('checkbox', { name: `Select ${picked[0]}` }).check();
  await shell.page.getByRole('checkbox', { name: `Select ${picked[1]}` }).check();
  await shell.page.getByRole('checkbox', { name: `Select ${picked[2]}` }).focus();
  await shell.page.keyboard.press('Space');
  expect(await shell.page.locator('#selection-status').textContent()).toBe('3 issues selected.');

  const action = await openActionByKeyboard();
  await action.getByTestId('bulk-count').waitFor({ timeout: 20_000 });
  expect(await action.getByTestId('bulk-count').textContent()).toBe('3 selected issues will be changed.');
  expect(await action.getByTestId('bulk-scope').textContent()).toBe('Add or remove journey tags on the issues you selected in the search.');
  expect(await action.getByTestId('bulk-issues').locator('li strong').allTextContents()).toEqual(picked);

  await choose(action, 'bulk-add-touchpoint', 'Preference centre');
  await action.getByRole('button', { name: 'Apply to 3 selected issues' }).click();
  const summary = action.getByTestId('bulk-summary');
  await summary.waitFor({ timeout: 20_000 });
  expect(await summary.textContent()).toContain('3 of 3 issues done');
  for (const key of picked) expect(await action.getByTestId(`result-${key}`).getAttribute('data-outcome')).toBe('done');
  expect(await action.locator('[data-testid^="result-"]').count()).toBe(3);

  // The site's data: the three carry the new touchpoint, every other issue of the search is as it was.
  for (const key of picked) expect(stored(key)?.touchpoint).toContain('preference-centre');
  for (const key of others) expect(JSON.stringify(stored(key) ?? null)).toBe(before.get(key));

  // Closing returns to the search with the same issues ticked.
  await Promise.all([shell.page.waitForURL((url) => !url.searchParams.has('action')), action.getByRole('button', { name: 'Close' }).click()]);
  for (const key of picked) expect(await shell.page.getByRole('checkbox', { name: `Select ${key}` }).isChecked()).toBe(true);
});

it('tags the nine EMA issues of the search and reports the DATA issue she may not edit', async () => {
  const dataBefore = JSON.stringify(stored(data) ?? null);
  await openSearch('Lena Schulz', jql);
  await shell.page.getByText('10 issues').waitFor();
  expect(await shell.page.locator('#selection-status').textContent()).toBe('No issues selected: an app action gets the whole search.');

  await shell.page.locator('summary', { hasText: 'Apps' }).click();
  await shell.page.getByRole('button', { name: 'Tag customer journey' }).click();
  const dialog = shell.page.getByRole('dialog', { name: 'Tag customer journey' });
  await dialog.waitFor();
  const action = shell.page.frameLocator('#navigator-action-frame');
  await action.getByTestId('bulk-count').waitFor({ timeout: 20_000 });
  expect(await action.getByTestId('bulk-count').textContent()).toBe('All 10 issues of the search will be changed.');
  expect(await action.getByTestId('bulk-scope').textContent()).toContain('on the issues of your current search');
  expect(await action.getByTestId('bulk-jql').textContent()).toBe(jql);
  expect(await action.getByTestId('bulk-more').count()).toBe(0);

  // Choosing nothing is refused before anything is sent.
  await action.getByRole('button', { name: 'Apply to 10 issues of the search' }).click();
  expect(await action.getByTestId('bulk-problem').textContent()).toBe('Choose at least one term to add or remove.');

  await choose(action, 'bulk-add-touchpoint', 'Preference centre');
  await choose(action, 'bulk-remove-channel', 'E-mail');
  await action.getByRole('button', { name: 'Apply to 10 issues of the search' }).click();

  const summary = action.getByTestId('bulk-summary');
  await summary.waitFor({ timeout: 20_000 });
  expect(await summary.textContent()).toContain('9 of 10 issues done');
  expect(await summary.textContent()).toContain('Not changed: 1 without permission, 0 not found, 0 failed.');
  const refused = action.getByTestId(`result-${data}`);
  expect(await refused.getAttribute('data-outcome')).toBe('no-permission');
  expect(await refused.textContent()).toContain('No permission');
  expect(await refused.textContent()).toContain('You may not edit this issue in Jira. Nothing was changed on it.');
  for (const key of ema) expect(await action.getByTestId(`result-${key}`).getAttribute('data-outcome')).toBe('done');

  // What the table says is what Jira holds.
  for (const key of ema) {
    expect(stored(key)?.touchpoint).toContain('preference-centre');
    expect(stored(key)?.channel ?? []).not.toContain('email');
  }
  expect(JSON.stringify(stored(data) ?? null)).toBe(dataBefore);

  // Close returns to the search.
  await Promise.all([shell.page.waitForURL((url) => !url.searchParams.has('action')), action.getByRole('button', { name: 'Close' }).click()]);
  expect(new URL(shell.page.url()).searchParams.get('jql')).toBe(jql);
  expect(await shell.page.getByRole('dialog').count()).toBe(0);
});

it('says when the search finds more issues than one action takes', async () => {
  await shell.page.goto(`${shell.server.url}/jira/issues?jql=${encodeURIComponent('project in (EMA, DATA, COM, LOY, PRT, OPS) order by key')}&action=bulk-journey-tags`);
  const action = shell.page.frameLocator('#navigator-action-frame');
  const more = action.getByTestId('bulk-more');
  await more.waitFor({ timeout: 20_000 });
  expect(await more.textContent()).toContain('The search finds more than 100 issues. Only the first 100, listed below, will be changed');
  expect(await action.getByTestId('bulk-count').textContent()).toBe('All 100 issues of the search will be changed.');
});

it('says in German which issues it acts on when the user selected some', async () => {
  const picked = [ema[2], data] as string[];
  await openSearch('Katrin Hoffmann', jql);
  const selected = picked.map((key) => `selected=${encodeURIComponent(key)}`).join('&');
  await shell.page.goto(`${shell.server.url}/jira/issues?jql=${encodeURIComponent(jql)}&${selected}&action=bulk-journey-tags`);
  const action = shell.page.frameLocator('#navigator-action-frame');
  await action.getByTestId('bulk-count').waitFor({ timeout: 20_000 });
  expect(await action.getByTestId('bulk-count').textContent()).toBe('2 ausgewählte Vorgänge werden geändert.');
  expect(await action.getByRole('button', { name: 'Auf 2 ausgewählte Vorgänge anwenden' }).count()).toBe(1);
  expect(await action.getByTestId('bulk-issues').locator('li strong').allTextContents()).toEqual(picked);
});
