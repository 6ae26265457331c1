/**
 * In a real browser: the remove-link confirmation and "Create dependency" are Forge modals and the results Forge
 * flags, all drawn by the host page (the shell) over everything, so a user who scrolled down to the last row of the
 * dependency list sees the dialog and, after removing, the flag — in the viewport, not at the top or bottom of a
 * tall frame.
 */
import type { FrameLocator, Locator } from 'playwright-core';
import { actAs, type DemoShell } from './support/demo-shell';
import { openProgrammeShell } from './support/programme-shell';

jest.setTimeout(120_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openProgrammeShell();
  await shell.page.setViewportSize({ width: 1200, height: 800 });
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Emily Carter');
});
afterAll(async () => {
  await shell?.close();
});

async function openList(): Promise<FrameLocator> {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
  const frame = shell.page.frameLocator('iframe[title="Programme"]');
  await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  await frame.getByRole('tab', { name: /^Dependencies/ }).click();
  await frame.getByTestId('dependency-list').waitFor();
  return frame;
}

/** Wholly inside the top-level viewport, as the user sees the page. */
async function expectInViewport(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = shell.page.viewportSize();
  if (!box || !viewport) throw new Error('no box or viewport');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

it('shows the remove confirmation in view from the last row, with the link\'s keys and type, and the flag after removing', async () => {
  const frame = await openList();
  const removeButtons = frame.getByRole('button', { name: /^Remove link / });
  const last = removeButtons.last();
  const label = (await last.getAttribute('aria-label')) ?? '';
  const [, blocker, blocked] = /^Remove link (\S+) blocks (\S+)$/.exec(label) ?? [];
  if (!blocker || !blocked) throw new Error(`unexpected label ${label}`);
  const linksBefore = shell.local.site.links.length;
  await last.scrollIntoViewIfNeeded();
  expect(await shell.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await last.click();

  const dialog = shell.page.getByRole('dialog', { name: 'Remove the Jira link?' });
  await dialog.waitFor({ timeout: 10_000 });
  await expectInViewport(dialog);
  const modal = shell.page.frameLocator('iframe[data-modal-frame]');
  await modal.getByText(`“${blocker} blocks ${blocked}”`, { exact: false }).waitFor({ timeout: 15_000 });
  expect(await modal.getByTestId('remove-link-type').textContent()).toBe('Link type: Blocks');
  // Focus is in the dialog: its frame, and in it the safe choice.
  expect(await shell.page.evaluate(() => document.activeElement?.hasAttribute('data-modal-frame'))).toBe(true);
  expect(await modal.locator(':focus').textContent()).toBe('Cancel');

  await modal.getByRole('button', { name: 'Remove link' }).click();
  const flag = shell.page.locator('#local-forge-flags [role="status"]', { hasText: `Link ${blocker} blocks ${blocked} removed.` });
  await flag.waitFor({ timeout: 15_000 });
  await expectInViewport(flag);
  expect(await dialog.count()).toBe(0);
  expect(shell.local.site.links.length).toBe(linksBefore - 1);
  await frame.getByRole('button', { name: `Remove link ${blocker} blocks ${blocked}` }).waitFor({ state: 'detached', timeout: 15_000 });
});

it('closes the confirmation on Escape and on Cancel without removing anything, focus back in the page', async () => {
  const frame = await openList();
  const linksBefore = shell.local.site.links.length;
  await frame.getByRole('button', { name: /^Remove link / }).first().click();
  const dialog = shell.page.getByRole('dialog', { name: 'Remove the Jira link?' });
  const modal = shell.page.frameLocator('iframe[data-modal-frame]');
  await modal.getByRole('button', { name: 'Cancel' }).waitFor({ timeout: 15_000 });
  await shell.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached', timeout: 5_000 });

  await frame.getByRole('button', { name: /^Remove link / }).first().click();
  await modal.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 5_000 });
  expect(await shell.page.evaluate(() => document.activeElement?.getAttribute('title'))).toBe('Programme');
  expect(shell.local.site.links.length).toBe(linksBefore);
  expect(await shell.page.locator('#local-forge-flags [role="status"]', { hasText: 'removed' }).count()).toBeLessThanOrEqual(1);
});

it('shows "Create dependency" in view from a scrolled page, focus in its first picker; Cancel creates nothing', async () => {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
  const frame = shell.page.frameLocator('iframe[title="Programme"]');
  await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  const linksBefore = shell.local.site.links.length;
  // The page is scrolled down until the button sits at the top edge: the frame runs far below the viewport.
  const create = frame.getByRole('button', { name: 'Create dependency' });
  await create.evaluate((button) => button.scrollIntoView({ block: 'start' }));
  expect(await shell.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await create.click();

  const dialog = shell.page.getByRole('dialog', { name: 'Create a dependency' });
  await dialog.waitFor({ timeout: 10_000 });
  const modal = shell.page.frameLocator('iframe[data-modal-frame]');
  await modal.locator('#create-blocker:focus').waitFor({ timeout: 15_000 });
  await expectInViewport(dialog);
  await expectInViewport(modal.getByRole('button', { name: 'Create', exact: true }));

  await modal.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 5_000 });
  expect(await shell.page.evaluate(() => document.activeElement?.getAttribute('title'))).toBe('Programme');
  expect(shell.local.site.links.length).toBe(linksBefore);
});
