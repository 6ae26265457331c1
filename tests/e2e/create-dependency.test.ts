/**
 * In a real browser, "Create dependency" with Jira-native pickers: the programme admin types part of a summary, chooses
 * the epic with the keyboard, picks the waiting epic by its key, sees before creating that it would conflict and by how
 * many days, creates it, and finds it in the list. On the settings page she sets a stream's owner by name.
 */
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { FrameLocator } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import type { ResolverResult } from '../../src/contract/errors';
import { SETTINGS_KEY } from '../../src/services/settings/stored-settings';
import { demoSettings, storeSettings } from '../integration/snapshot/support';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(120_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openDemoShell();
  storeSettings(shell.local.kvsState, demoSettings(shell.local.site));
  const answer = await shell.local.host.invokeResolver<ResolverResult<{ queued: boolean }>>({
    functionKey: 'resolver',
    resolverKey: 'programme/refresh',
    payload: {},
    accountId: DEMO_ACCOUNTS.programmeManager,
    context: { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } },
  });
  if (!answer.ok || !answer.value.ok) throw new Error(`refresh refused: ${JSON.stringify(answer)}`);
  await shell.local.host.drainQueues();
  await shell.local.host.idle();
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

it('creates a dependency chosen in the pickers, after seeing that it would conflict', async () => {
  const { blocker, blocked } = conflictingPair();
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
  const frame = shell.page.frameLocator('iframe[title="Programme"]');
  await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  await frame.getByRole('button', { name: 'Create dependency' }).click();

  await chooseWithKeyboard(frame, 'create-blocker', 'onboarding journ', blocker.key);
  const options = frame.locator('[role="option"]');
  expect(await options.count()).toBe(0);
  await chooseWithKeyboard(frame, 'create-blocked', blocked.key.toLowerCase(), blocked.key);

  const overlap = differenceInCalendarDays(parseISO(blocker.due), parseISO(blocked.start));
  const day = (iso: string) => format(parseISO(iso), 'd MMM yyyy').replace(/^Sep /, 'Sept ');
  expect(await frame.getByTestId('dependency-preview').textContent()).toBe(`${blocker.key} (due ${day(blocker.due)}) blocks ${blocked.key} (starts ${day(blocked.start)}): conflict, ${overlap} days overlap`);

  await frame.getByRole('button', { name: 'Create', exact: true }).click();
  await frame.getByRole('tab', { name: /^Dependencies/ }).click();
  await frame.locator(`[data-testid^="row-"][aria-label^="${blocker.key} blocks ${blocked.key}:"]`).waitFor({ timeout: 20_000 });
  expect(shell.local.site.links.some((l) => l.outwardKey === blocker.key && l.inwardKey === blocked.key)).toBe(true);
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
