/**
 * In a real browser, "Create dependency" with Jira-native pickers: the programme admin types part of a summary, chooses
 * the epic with the keyboard, picks the waiting epic by its key, sees before creating that it would conflict and by how
 * many days, creates it, and finds it in the list. On the settings page she sets a stream's owner by name.
 */
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { FrameLocator, Locator } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import { SETTINGS_KEY } from '../../src/services/settings/stored-settings';
import { axeViolationsInFrame, formatViolations, gated } from './support/axe';
import { actAs, type DemoShell } from './support/demo-shell';
import { openProgrammeShell } from './support/programme-shell';

jest.setTimeout(120_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openProgrammeShell();
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Emily Carter');
});
afterAll(async () => {
  await shell?.close();
});

/** EMA-3 and a COM epic that starts before EMA-3 is due and is not linked to it yet: a conflict if EMA-3 blocks it. */
function conflictingPair() {
  const issues = shell.local.site.issues;
  const blocker = issues.find((i) => i.key === 'EMA-3');
  const linked = new Set(shell.local.site.links.flatMap((l) => [l.inwardKey, l.outwardKey]));
  const blocked = issues.find((i) => i.projectKey === 'COM' && i.issueType === 'Epic' && !linked.has(i.key) && i.startDate && blocker?.dueDate && i.startDate < blocker.dueDate);
  if (!blocker?.dueDate || !blocked?.startDate) throw new Error('the demo needs EMA-3 and an unlinked COM epic starting before EMA-3 is due');
  return { blocker: { key: blocker.key, due: blocker.dueDate }, blocked: { key: blocked.key, start: blocked.startDate } };
}

/** Wholly inside the top-level viewport, as the user sees the page. */
async function expectInViewport(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = shell.page.viewportSize();
  if (!box || !viewport) throw new Error('no box or viewport');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

/** Types into a picker, waits for the answers, and chooses `key` with ↓ and Enter. */
async function chooseWithKeyboard(frame: FrameLocator, id: string, text: string, key: string): Promise<void> {
  const field = frame.locator(`#${id}`);
  await field.pressSequentially(text, { delay: 30 });
  const options = frame.locator(`[data-testid="${id}-options"] [role="option"]`);
  await options.first().waitFor({ timeout: 15_000 });
  const labels = await options.allTextContents();
  const at = labels.findIndex((label) => label.startsWith(key));
  expect(at).toBeGreaterThanOrEqual(0);
  for (let step = 0; step < at; step += 1) await field.press('ArrowDown');
  expect(await field.getAttribute('aria-activedescendant')).toBe(await options.nth(at).getAttribute('id'));
  await field.press('Enter');
  await frame.locator(`#${id}[aria-expanded="false"]`).waitFor();
  expect(await field.inputValue()).toBe(key);
}

/** The programme page, and in it "Create dependency" opened: the host's dialog and the modal's frame. */
async function openCreate(): Promise<{ frame: FrameLocator; dialog: Locator; modal: FrameLocator }> {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
  const frame = shell.page.frameLocator('iframe[title="Programme"]');
  await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  await frame.getByRole('button', { name: 'Create dependency' }).click();
  const dialog = shell.page.getByRole('dialog', { name: 'Create a dependency' });
  await dialog.waitFor({ timeout: 10_000 });
  const modal = shell.page.frameLocator('iframe[data-modal-frame]');
  await modal.locator('#create-blocker').waitFor({ timeout: 15_000 });
  return { frame, dialog, modal };
}

it('creates a dependency chosen in the pickers, after seeing that it would conflict', async () => {
  const { blocker, blocked } = conflictingPair();
  const { frame, dialog, modal } = await openCreate();
  // Focus starts in the first picker, inside the host's dialog.
  expect(await shell.page.evaluate(() => document.activeElement?.hasAttribute('data-modal-frame'))).toBe(true);
  expect(await modal.locator(':focus').getAttribute('id')).toBe('create-blocker');

  await chooseWithKeyboard(modal, 'create-blocker', 'onboarding journ', blocker.key);
  const options = modal.locator('[role="option"]');
  expect(await options.count()).toBe(0);
  await chooseWithKeyboard(modal, 'create-blocked', blocked.key.toLowerCase(), blocked.key);

  const overlap = differenceInCalendarDays(parseISO(blocker.due), parseISO(blocked.start));
  const day = (iso: string) => format(parseISO(iso), 'd MMM yyyy').replace(/^Sep /, 'Sept ');
  const preview = modal.getByTestId('dependency-preview');
  await preview.getByText(/^\S+ \(due /).waitFor({ timeout: 15_000 });
  expect(await preview.textContent()).toBe(`${blocker.key} (due ${day(blocker.due)}) blocks ${blocked.key} (starts ${day(blocked.start)}): conflict, ${overlap} days overlap`);

  await modal.getByRole('button', { name: 'Create', exact: true }).click();
  const flag = shell.page.locator('#local-forge-flags [role="status"]', { hasText: `${blocker.key} now blocks ${blocked.key}.` });
  await flag.waitFor({ timeout: 15_000 });
  await expectInViewport(flag);
  await dialog.waitFor({ state: 'detached', timeout: 5_000 });
  await frame.getByRole('tab', { name: /^Dependencies/ }).click();
  await frame.locator(`[data-testid^="row-"][aria-label^="${blocker.key} blocks ${blocked.key}:"]`).waitFor({ timeout: 20_000 });
  expect(shell.local.site.links.some((l) => l.outwardKey === blocker.key && l.inwardKey === blocked.key)).toBe(true);
});

it('shows the waiting picker’s whole list of answers inside the dialog, and passes axe there', async () => {
  const { dialog, modal } = await openCreate();
  await modal.locator('#create-blocked').pressSequentially('com', { delay: 30 });
  const list = modal.getByTestId('create-blocked-options');
  await list.locator('[role="option"]').nth(4).waitFor({ timeout: 15_000 });
  const listBox = await list.boundingBox();
  const frameBox = await shell.page.locator('iframe[data-modal-frame]').boundingBox();
  if (!listBox || !frameBox) throw new Error('no box for the list or the modal frame');
  // Not clipped by the frame's edge, and the frame does not have to scroll to show it.
  expect(listBox.y + listBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
  expect(await modal.locator('html').evaluate((html) => html.scrollHeight <= html.clientHeight + 1)).toBe(true);
  await expectInViewport(dialog);
  const modalFrame = shell.page.frames().find((f) => f.url().includes('modal='));
  if (!modalFrame) throw new Error('no modal frame');
  const violations = gated(await axeViolationsInFrame(modalFrame));
  expect(formatViolations(violations)).toBe('');
  await shell.page.keyboard.press('Escape'); // closes the list only
  expect(await list.count()).toBe(0);
  expect(await dialog.count()).toBe(1);
});

it('says in the dialog, in words, that a key does not exist, and closes on Escape creating nothing', async () => {
  const linksBefore = shell.local.site.links.length;
  const { dialog, modal } = await openCreate();
  await modal.locator('#create-blocker').fill('DATA-999');
  await modal.locator('#create-blocked').fill('COM-2');
  await modal.locator('#create-blocked[aria-expanded="true"]').waitFor();
  await modal.locator('#create-blocked').press('Escape'); // the list, not the dialog
  await modal.locator('#create-blocked[aria-expanded="false"]').waitFor();
  await modal.getByRole('button', { name: 'Create', exact: true }).click();
  const error = modal.getByTestId('create-error');
  await error.waitFor({ timeout: 10_000 });
  expect(await error.textContent()).toBe('DATA-999 does not exist or you do not have permission to see it.');
  expect(await dialog.count()).toBe(1);
  await modal.locator('#create-blocker').press('Escape');
  await dialog.waitFor({ state: 'detached', timeout: 5_000 });
  expect(shell.local.site.links.length).toBe(linksBefore);
});

it('sets a stream’s owner by name on the settings page, and shows the owner by name', async () => {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-settings`);
  const frame = shell.page.frameLocator('iframe[title="Programme settings"]');
  const row = frame.getByTestId('stream-0');
  await row.waitFor({ timeout: 20_000 });
  const owner = row.getByTestId('stream-owner');
  const field = row.getByRole('combobox');
  await field.pressSequentially('sophie', { delay: 30 });
  await row.getByRole('option', { name: /Sophie Keller/ }).waitFor({ timeout: 15_000 });
  await field.press('Enter');
  await owner.getByText('Sophie Keller').waitFor();
  expect(await owner.textContent()).not.toContain('712020:');
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await frame.getByText(/saved/i).first().waitFor({ timeout: 15_000 });
  const stored = shell.local.kvsState.kv[SETTINGS_KEY]?.value as { streams: Array<{ ownerAccountId?: string | null }> } | undefined;
  expect(stored?.streams[0]?.ownerAccountId).toBe(DEMO_ACCOUNTS.leadLoy);

  await shell.page.reload();
  await frame.getByTestId('stream-0').getByTestId('stream-owner').getByText('Sophie Keller').waitFor({ timeout: 20_000 });
});
