/**
 * In a real browser: from the shell's issue search of ten issues (nine EMA, one DATA), a team member who may edit
 * only EMA opens the "Tag customer journey" action from the Apps menu, adds a touchpoint and removes a channel,
 * and reads a per-issue result: nine done, the DATA issue named as one she may not edit and left untouched.
 * Closing returns to the search.
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

it('tags the nine EMA issues of the search and reports the DATA issue she may not edit', async () => {
  const dataBefore = JSON.stringify(stored(data) ?? null);
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Lena Schulz');
  await shell.page.goto(`${shell.server.url}/jira/issues?jql=${encodeURIComponent(jql)}`);
  await shell.page.getByText('10 issues').waitFor();

  await shell.page.locator('summary', { hasText: 'Apps' }).click();
  await shell.page.getByRole('link', { name: 'Tag customer journey' }).click();
  const dialog = shell.page.getByRole('dialog', { name: 'Tag customer journey' });
  await dialog.waitFor();
  const action = shell.page.frameLocator('#navigator-action-frame');
  await action.getByTestId('bulk-count').waitFor({ timeout: 20_000 });
  expect(await action.getByTestId('bulk-count').textContent()).toBe('10 issues will be changed.');
  expect(await action.getByTestId('bulk-jql').textContent()).toBe(jql);
  expect(await action.getByTestId('bulk-more').count()).toBe(0);

  // Choosing nothing is refused before anything is sent.
  await action.getByRole('button', { name: 'Apply to 10 issues' }).click();
  expect(await action.getByTestId('bulk-problem').textContent()).toBe('Choose at least one term to add or remove.');

  await choose(action, 'bulk-add-touchpoint', 'Preference centre');
  await choose(action, 'bulk-remove-channel', 'E-mail');
  await action.getByRole('button', { name: 'Apply to 10 issues' }).click();

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
  expect(await action.getByTestId('bulk-count').textContent()).toBe('100 issues will be changed.');
});
