/**
 * In a real browser: the strategy dialogs are Forge modals the host page draws over everything, so from the bottom of
 * a long strategy tree the edit dialog opens in the viewport (not at the top of a tall frame); a stale revision is
 * refused in words inside the dialog, and a saved change is a flag in view; Escape closes with the keyboard back in
 * the tab on the button that opened the dialog.
 */
import type { FrameLocator, Locator } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import type { ResolverResult } from '../../src/contract/errors';
import type { StrategyEditPayload, StrategyEditResult } from '../../src/contract/strategy';
import type { StrategyNodeId } from '../../src/domain/strategy/strategy-tree';
import { demoSettings, storeSettings } from '../integration/snapshot/support';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(150_000);

const LAST = 'Strategie 30';
const fields = (title: string) => ({ title, ownerAccountId: null, summary: '', goal: '', conceptUrl: null, epicKeys: [], epicJql: null, kpis: [] });
let shell: DemoShell;

async function edit(payload: StrategyEditPayload): Promise<StrategyEditResult> {
  const answer = await shell.local.host.invokeResolver<ResolverResult<StrategyEditResult>>({
    functionKey: 'resolver', resolverKey: 'strategy/edit', payload, accountId: DEMO_ACCOUNTS.programmeManager,
    context: { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } },
  });
  if (!answer.ok || !answer.value.ok) throw new Error(`strategy/edit refused: ${JSON.stringify(answer)}`);
  return answer.value.data;
}

beforeAll(async () => {
  shell = await openDemoShell();
  await shell.page.setViewportSize({ width: 1200, height: 800 });
  storeSettings(shell.local.kvsState, demoSettings(shell.local.site));
  // Thirty strategies at the top level: taller than any viewport.
  for (let n = 1; n <= 30; n += 1) await edit({ kind: 'add', id: `n-long${n}` as StrategyNodeId, parentId: null, index: n - 1, fields: fields(`Strategie ${n}`) });
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Katrin Hoffmann');
});
afterAll(async () => {
  await shell?.close();
});

async function expectInViewport(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = shell.page.viewportSize();
  if (!box || !viewport) throw new Error('no box or viewport');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

async function openStrategy(name: string): Promise<FrameLocator> {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
  const frame = shell.page.frameLocator('iframe[title="Programme"]');
  await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  await frame.getByRole('tab', { name: 'Strategie' }).click();
  const last = frame.getByRole('treeitem', { name, exact: true });
  await last.waitFor({ timeout: 20_000 });
  await last.scrollIntoViewIfNeeded();
  await last.click();
  await frame.getByTestId('node-actions').getByRole('button', { name: 'Bearbeiten' }).scrollIntoViewIfNeeded();
  expect(await shell.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  return frame;
}

it('opens the edit dialog in view from the bottom of a long tree, refuses a stale revision in words, and saves', async () => {
  const frame = await openStrategy(LAST);
  await frame.getByTestId('node-actions').getByRole('button', { name: 'Bearbeiten' }).click();
  const dialog = shell.page.getByRole('dialog', { name: `„${LAST}“ bearbeiten` });
  await dialog.waitFor({ timeout: 10_000 });
  await expectInViewport(dialog);
  const modal = shell.page.frameLocator('iframe[data-modal-frame]');
  const title = modal.locator('#node-title');
  await title.waitFor({ timeout: 15_000 });
  expect(await title.inputValue()).toBe(LAST);

  // Someone else saves the same strategy while the dialog is open: the dialog says so and keeps what was typed.
  await edit({ kind: 'update', id: 'n-long30' as StrategyNodeId, baseRev: 0, fields: { ...fields(LAST), summary: 'Anderswo geändert' } });
  await title.fill('Strategie 30 (neu)');
  await modal.getByRole('button', { name: 'Speichern' }).click();
  expect(await modal.getByTestId('form-refusal').textContent({ timeout: 15_000 })).toBe('Jemand anderes hat diese Strategie zwischenzeitlich geändert. Bitte neu laden und die Änderung erneut vornehmen.');
  expect(await title.inputValue()).toBe('Strategie 30 (neu)');
  await modal.getByRole('button', { name: 'Abbrechen' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 5_000 });

  // Opened again, the dialog loads the stored revision and the save goes through; the flag is in view.
  await frame.getByTestId('node-actions').getByRole('button', { name: 'Bearbeiten' }).click();
  await modal.locator('#node-title').waitFor({ timeout: 15_000 });
  expect(await modal.locator('#node-summary').inputValue()).toBe('Anderswo geändert');
  await modal.locator('#node-title').fill('Strategie 30 (neu)');
  await modal.getByRole('button', { name: 'Speichern' }).click();
  const flag = shell.page.locator('#local-forge-flags [role="status"]', { hasText: '„Strategie 30 (neu)“ gespeichert.' });
  await flag.waitFor({ timeout: 15_000 });
  await expectInViewport(flag);
  await frame.getByRole('treeitem', { name: 'Strategie 30 (neu)', exact: true }).waitFor({ timeout: 15_000 });
});

it('closes on Escape without saving, the keyboard back on the button that opened the dialog', async () => {
  const frame = await openStrategy('Strategie 30 (neu)');
  const editButton = frame.getByTestId('node-actions').getByRole('button', { name: 'Bearbeiten' });
  await editButton.click();
  const modal = shell.page.frameLocator('iframe[data-modal-frame]');
  await modal.locator('#node-title:focus').waitFor({ timeout: 15_000 });
  await shell.page.keyboard.press('Escape');
  await shell.page.getByRole('dialog').waitFor({ state: 'detached', timeout: 5_000 });
  expect(await shell.page.evaluate(() => document.activeElement?.getAttribute('title'))).toBe('Programme');
  expect(await editButton.evaluate((el) => el === document.activeElement)).toBe(true);
});
