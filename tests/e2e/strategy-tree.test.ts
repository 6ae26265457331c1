/**
 * In a real browser: the programme manager (German, her language) builds a branch of the strategy tree on an empty
 * programme — adds strategies, picks an owner and an epic from Jira, adds a KPI — moves one by dragging and one by
 * keyboard (Alt+→, Alt+↑, announced), is refused a move that would make a cycle, and deletes a strategy after being
 * told what happens to its sub-strategies and epics, then publishes and finds the branch as a page tree in the
 * Confluence space under the programme roll-up. The sponsor reads the same tree with no edit controls.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import type { ResolverResult } from '../../src/contract/errors';
import type { StrategyView } from '../../src/contract/strategy';
import { demoPublishingSettings } from '../../local/demo/app-data';
import { PUBLISHING_SETTINGS_KEY } from '../../src/services/publishing/publishing-settings-store';
import { actAs, type DemoShell } from './support/demo-shell';
import { openProgrammeShell } from './support/programme-shell';

jest.setTimeout(180_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openProgrammeShell();
  // Tall enough that the strategy form's dialog, footer included, fits beside the programme page.
  await shell.page.setViewportSize({ width: 1280, height: 2000 });
});
afterAll(async () => {
  await shell?.close();
});

/** The tree as stored, read the way the tab reads it. */
async function storedTree(accountId: string = DEMO_ACCOUNTS.programmeManager): Promise<StrategyView['tree']> {
  const answer = await shell.local.host.invokeResolver<ResolverResult<StrategyView>>({
    functionKey: 'resolver',
    resolverKey: 'strategy/load',
    payload: {},
    accountId,
    context: { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } },
  });
  if (!answer.ok || !answer.value.ok) throw new Error(`strategy/load refused: ${JSON.stringify(answer)}`);
  return answer.value.data.tree;
}
const idOf = (tree: StrategyView['tree'], title: string) => tree.nodes.find((n) => n.title === title)?.id;
const childTitles = (tree: StrategyView['tree'], parentTitle: string | null) => {
  const parentId = parentTitle === null ? null : idOf(tree, parentTitle);
  return tree.nodes.filter((n) => n.parentId === parentId).map((n) => n.title);
};

async function openStrategyTab(displayName: string): Promise<FrameLocator> {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, displayName);
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
  const frame = shell.page.frameLocator('iframe[title="Programme"]');
  await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  await frame.getByRole('tab', { name: 'Strategie' }).click();
  await frame.getByTestId('strategy-tab').waitFor({ timeout: 20_000 });
  return frame;
}

/**
 * Storage is metered per minute as on Forge (each tab's load reads the snapshot's view in one batch operation, of 45 a
 * minute): before another person opens the page, let a busy minute pass if there was one, as between two people's visits.
 */
async function quietMinute(): Promise<void> {
  const deadline = Date.now() + 65_000;
  while (shell.local.instruments.kvs.usage().lastMinute.batchOps > 15 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1_000));
}

const node = (frame: FrameLocator, title: string) => frame.getByRole('treeitem', { name: title, exact: true });
/** The strategy dialogs are Forge modals: the host page draws them, with the app's resource in a frame of their own. */
const dialogFrame = () => shell.page.frameLocator('iframe[data-modal-frame]');
/** A result flag in the host page's corner, outside the app's frame. */
const flag = (text: string) => shell.page.locator('#local-forge-flags [role="status"]', { hasText: text });
const ROOT = 'Kundenzentrierung 360°';

async function addUnder(frame: FrameLocator, parent: string, title: string): Promise<void> {
  await node(frame, parent).click();
  await frame.getByRole('button', { name: 'Unterstrategie anlegen' }).click();
  await dialogFrame().locator('#node-title').fill(title);
  await dialogFrame().getByRole('button', { name: 'Speichern' }).click();
  await node(frame, title).waitFor({ timeout: 15_000 });
}

describe('the programme manager builds a branch', () => {
  let frame: FrameLocator;
  beforeAll(async () => {
    frame = await openStrategyTab('Katrin Hoffmann');
  });

  it('starts from the empty state and adds the first strategy', async () => {
    await frame.getByTestId('strategy-empty').waitFor();
    await frame.getByRole('button', { name: 'Erste Strategie anlegen' }).click();
    await shell.page.getByRole('dialog', { name: 'Neue Strategie' }).waitFor({ timeout: 10_000 });
    // The keyboard starts in the dialog, on its first field.
    await dialogFrame().locator('#node-title:focus').waitFor({ timeout: 15_000 });
    await dialogFrame().locator('#node-title').fill(ROOT);
    await dialogFrame().getByRole('button', { name: 'Speichern' }).click();
    await flag(`„${ROOT}“ angelegt.`).waitFor({ timeout: 15_000 });
    await node(frame, ROOT).waitFor({ timeout: 15_000 });
    expect(await node(frame, ROOT).getAttribute('aria-level')).toBe('1');
  });

  it('adds a sub-strategy with an owner and an epic picked from Jira and a KPI typed the German way', async () => {
    await node(frame, ROOT).click();
    await frame.getByRole('button', { name: 'Unterstrategie anlegen' }).click();
    const dialog = dialogFrame();
    await dialog.locator('#node-title').fill('CRM');
    // The pickers by keyboard: type, wait for the answer, Enter takes the first.
    await dialog.locator('#node-owner').fill('Katrin');
    await dialog.getByRole('option', { name: /Katrin Hoffmann/ }).waitFor();
    await dialog.locator('#node-owner').press('Enter');
    await dialog.locator('#node-epic').fill('DATA-2');
    await dialog.getByRole('option', { name: /^DATA-2\b/ }).waitFor();
    await dialog.locator('#node-epic').press('Enter');
    expect(await dialog.getByTestId('epic-keys').textContent()).toContain('DATA-2');
    await dialog.getByRole('button', { name: 'KPI hinzufügen' }).click();
    const kpi = dialog.getByTestId('kpi-draft');
    await kpi.getByLabel('KPI', { exact: true }).fill('Öffnungsrate');
    await kpi.getByLabel('Einheit').fill('%');
    await kpi.getByLabel('Ausgangswert').fill('18');
    await kpi.getByLabel('Ziel', { exact: true }).fill('25');
    await kpi.getByLabel('Aktuell').fill('21,5');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await node(frame, 'CRM').waitFor({ timeout: 15_000 });

    // What the detail shows is the stored node `strategy/edit` returned.
    await node(frame, 'CRM').click();
    const detail = frame.getByTestId('strategy-detail');
    expect(await detail.getByTestId('kpi-against').textContent()).toBe('Rückstand 3,5 %');
    // The epic's link comes with the roll-ups, reloaded once the edits settle.
    await detail.getByRole('link', { name: 'DATA-2' }).waitFor({ timeout: 15_000 });
    expect(await detail.textContent()).toContain('Katrin Hoffmann');
  });

  it('drags a strategy onto another to place it underneath', async () => {
    await addUnder(frame, ROOT, 'Salesforce-Konzept');
    expect(await node(frame, 'Salesforce-Konzept').getAttribute('aria-posinset')).toBe('2');
    const target = node(frame, 'CRM');
    const box = await target.boundingBox();
    await node(frame, 'Salesforce-Konzept').dragTo(target, { targetPosition: { x: 60, y: (box?.height ?? 40) / 2 } });
    await frame.getByTestId('strategy-announcement').filter({ hasText: 'Salesforce-Konzept liegt jetzt unter CRM' }).waitFor({ timeout: 15_000 });
    expect(await node(frame, 'Salesforce-Konzept').getAttribute('aria-level')).toBe('3');
  });

  it('moves a strategy by keyboard: Alt+→ under the one above, Alt+↑ to the front, each move announced', async () => {
    await addUnder(frame, ROOT, 'E-Mail-Marketing');
    const email = node(frame, 'E-Mail-Marketing');
    await email.focus();
    await email.press('Alt+ArrowRight');
    await frame.getByTestId('strategy-announcement').filter({ hasText: 'E-Mail-Marketing liegt jetzt unter CRM, Position 2 von 2.' }).waitFor({ timeout: 15_000 });
    await node(frame, 'E-Mail-Marketing').press('Alt+ArrowUp');
    await frame.getByTestId('strategy-announcement').filter({ hasText: 'E-Mail-Marketing liegt jetzt unter CRM, Position 1 von 2.' }).waitFor({ timeout: 15_000 });
    expect(await node(frame, 'E-Mail-Marketing').getAttribute('aria-level')).toBe('3');
    expect(await node(frame, 'E-Mail-Marketing').getAttribute('aria-posinset')).toBe('1');
    // The keyboard stays on the strategy that moved.
    expect(await node(frame, 'E-Mail-Marketing').evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('is refused, in words, a move that would put a strategy under its own sub-strategy', async () => {
    const target = node(frame, 'E-Mail-Marketing');
    const box = await target.boundingBox();
    await node(frame, ROOT).dragTo(target, { targetPosition: { x: 60, y: (box?.height ?? 40) / 2 } });
    expect(await frame.getByTestId('strategy-refusal').textContent({ timeout: 15_000 })).toBe('Eine Strategie kann nicht unter sich selbst oder eine ihrer Unterstrategien verschoben werden.');
    expect(await node(frame, ROOT).getAttribute('aria-level')).toBe('1');
  });

  it('deletes a strategy after being told its sub-strategies move up and its epic stays in Jira', async () => {
    await node(frame, 'CRM').click();
    await frame.getByTestId('node-actions').getByRole('button', { name: 'Löschen' }).click();
    await shell.page.getByRole('dialog', { name: '„CRM“ löschen?' }).waitFor({ timeout: 10_000 });
    const dialog = dialogFrame();
    await dialog.getByTestId('delete-consequence').first().waitFor({ timeout: 15_000 });
    const consequences = await dialog.getByTestId('delete-consequence').allTextContents();
    expect(consequences).toEqual([`Die 2 Unterstrategien rücken auf und gehören dann zu ${ROOT}.`, 'Das zugeordnete Epic bleibt in Jira, ist aber nicht mehr mit dem Baum verbunden.']);
    // The safe choice has the keyboard.
    expect(await dialog.locator(':focus').textContent()).toBe('Abbrechen');
    await dialog.getByRole('button', { name: 'Löschen' }).click();
    await flag('„CRM“ gelöscht.').waitFor({ timeout: 15_000 });
    await node(frame, 'CRM').waitFor({ state: 'detached', timeout: 15_000 });
    await quietMinute();
    const stored = await storedTree();
    expect(childTitles(stored, null)).toEqual([ROOT]);
    expect(childTitles(stored, ROOT)).toEqual(['E-Mail-Marketing', 'Salesforce-Konzept']);
    expect(stored.nodes.find((n) => n.title === 'CRM')).toBeUndefined();
  });

  it('publishes the branch and finds it in the Confluence space as a page tree under the programme roll-up', async () => {
    shell.local.kvsState.kv[PUBLISHING_SETTINGS_KEY] = { value: demoPublishingSettings(shell.local.site), createdAt: 0, updatedAt: 0 };
    await frame.getByRole('tab', { name: 'Veröffentlichung' }).click();
    await frame.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
    await frame.getByTestId('last-run').waitFor({ timeout: 120_000 });
    await frame.getByTestId('publish-running').waitFor({ state: 'detached', timeout: 120_000 });
    const href = await frame.getByRole('link', { name: /^Strategy: Salesforce-Konzept/ }).getAttribute('href');
    await shell.page.goto(href ?? '');
    const tree = shell.page.getByRole('navigation', { name: /Pages of/ });
    // The page tree mirrors the strategy tree: the root strategy under the overview, its sub-strategies under it.
    const rootItem = tree.locator('li').filter({ has: shell.page.getByRole('link', { name: `Strategy: ${ROOT}`, exact: true }) });
    expect(await rootItem.getByRole('link', { name: 'Strategy: Salesforce-Konzept', exact: true }).count()).toBe(1);
    expect(await rootItem.getByRole('link', { name: 'Strategy: E-Mail-Marketing', exact: true }).count()).toBe(1);
    await shell.page.getByRole('link', { name: 'Programme roll-up', exact: true }).first().click();
    const body = (await shell.page.locator('main').textContent()) ?? '';
    expect(body).toContain('Overall health');
    expect(body).toContain('Changes since');
  });
});

describe('the sponsor', () => {
  let frame: FrameLocator;
  beforeAll(async () => {
    await quietMinute();
    frame = await openStrategyTab('Dr. Michael Richter');
  });

  it('reads the tree, with no edit controls, and moving by keyboard does nothing', async () => {
    await node(frame, ROOT).waitFor({ timeout: 15_000 });
    expect(await frame.getByTestId('read-only-note').count()).toBe(1);
    await node(frame, 'Salesforce-Konzept').click();
    await frame.getByTestId('strategy-detail').waitFor();
    expect(await frame.getByTestId('node-actions').count()).toBe(0);
    expect(await frame.getByTestId('strategy-tab').getByRole('button', { name: /anlegen|Bearbeiten|Löschen/ }).count()).toBe(0);
    expect(await node(frame, 'Salesforce-Konzept').getAttribute('draggable')).toBe('false');
    await node(frame, 'Salesforce-Konzept').press('Alt+ArrowUp');
    expect(await frame.getByTestId('strategy-announcement').textContent()).toBe('');
    expect(await node(frame, 'Salesforce-Konzept').getAttribute('aria-posinset')).toBe('2');
    expect(childTitles(await storedTree(DEMO_ACCOUNTS.sponsor), ROOT)).toEqual(['E-Mail-Marketing', 'Salesforce-Konzept']);
  });
});
