/**
 * In a real browser: actions only for those who may use them. The read-only sponsor sees no "Create dependency" and
 * no remove button; a team member sees remove buttons only on links with an issue of her project; on an issue she
 * may not edit she sees no "Edit tags" but why; where she may, focus moves into the editor and back.
 */
import type { FrameLocator } from 'playwright-core';
import { actAs, type DemoShell } from './support/demo-shell';
import { openProgrammeShell } from './support/programme-shell';

jest.setTimeout(120_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openProgrammeShell();
});
afterAll(async () => {
  await shell?.close();
});

async function programmeList(displayName: string): Promise<FrameLocator> {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, displayName);
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
  const frame = shell.page.frameLocator('iframe[title="Programme"]');
  await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  await frame.getByRole('tab', { name: /^(Dependencies|Abhängigkeiten)/ }).click();
  await frame.getByTestId('dependency-list').waitFor();
  return frame;
}

it('the sponsor sees the dependencies but no write action: no Create dependency, no remove button', async () => {
  const frame = await programmeList('Dr. Michael Richter');
  expect(await frame.locator('[data-testid^="evidence-"]').count()).toBeGreaterThan(0);
  expect(await frame.getByRole('button', { name: 'Abhängigkeit anlegen' }).count()).toBe(0);
  expect(await frame.getByRole('button', { name: /^Link .* entfernen$/ }).count()).toBe(0);
  expect(await frame.getByRole('button', { name: 'Jetzt aktualisieren' }).count()).toBe(0);
});

it('the team member who edits EMA may remove only links with an EMA issue', async () => {
  const frame = await programmeList('Lena Schulz');
  expect(await frame.getByRole('button', { name: 'Create dependency' }).count()).toBe(1);
  const labels = await frame.getByRole('button', { name: /^Remove link / }).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  expect(labels.length).toBeGreaterThan(0);
  expect(labels.every((label) => /\bEMA-\d+\b/.test(label))).toBe(true);
  const evidence = await frame.locator('[data-testid^="evidence-"]').count();
  expect(labels.length).toBeLessThan(evidence);
});

it('a team member sees no Edit tags on an issue she may not edit, and is told why', async () => {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Lena Schulz');
  const other = shell.local.site.issues.find((i) => i.projectKey === 'DATA');
  await shell.page.goto(`${shell.server.url}/jira/browse/${other?.key}`);
  const panel = shell.page.frameLocator('iframe[title="Customer journey"]');
  await panel.getByTestId('tags-read-only').waitFor({ timeout: 20_000 });
  expect(await panel.getByTestId('tags-read-only').textContent()).toContain('read-only');
  expect(await panel.getByRole('button', { name: /Add tags|Edit tags/ }).count()).toBe(0);
});

it('on her own project\'s issue, Edit tags moves focus into the editor and Cancel brings it back', async () => {
  const own = shell.local.site.issues.find((i) => i.projectKey === 'EMA');
  await shell.page.goto(`${shell.server.url}/jira/browse/${own?.key}`);
  const panel = shell.page.frameLocator('iframe[title="Customer journey"]');
  const edit = panel.getByRole('button', { name: /Add tags|Edit tags/ });
  await edit.waitFor({ timeout: 20_000 });
  await edit.click();
  await panel.getByRole('button', { name: 'Cancel' }).waitFor();
  expect(await panel.locator(':focus').evaluate((el) => ['INPUT', 'BUTTON', 'SELECT', 'TEXTAREA'].includes(el.tagName))).toBe(true);
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await edit.waitFor();
  expect(await panel.locator(':focus').textContent()).toMatch(/Add tags|Edit tags/);
});
