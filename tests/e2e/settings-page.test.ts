/**
 * In a real browser: a Jira admin sets up the programme on the settings page from "one stream per project",
 * saves, reloads and finds the streams; a second save after someone else's is refused as a conflict with the
 * admin's edits kept; the programme manager, who is no Jira admin, gets the server's refusal.
 */
import type { FrameLocator, Locator } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import type { ResolverResult } from '../../src/contract/errors';
import type { ProgrammeSettings, SettingsView } from '../../src/contract/programme';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(90_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openDemoShell();
});
afterAll(async () => {
  await shell?.close();
});

// The tests run in order on one site: the later ones edit what the first one saved.
let streamProjects: SettingsView['projects'] = [];

async function asAdmin<T>(resolverKey: string, payload: unknown): Promise<ResolverResult<T>> {
  const result = await shell.local.host.invokeResolver<ResolverResult<T>>({
    functionKey: 'admin-resolver',
    resolverKey,
    payload,
    accountId: DEMO_ACCOUNTS.admin,
    context: { moduleKey: 'programme-settings', extension: { type: 'jira:adminPage' } },
  });
  if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
  return result.value;
}

async function storedView(): Promise<SettingsView> {
  const answer = await asAdmin<SettingsView>('settings/get', {});
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.data;
}

async function openSettings(): Promise<FrameLocator> {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-settings`);
  const frame = shell.page.frameLocator('iframe[title="Programme settings"]');
  await frame.getByRole('heading', { name: 'Streams' }).waitFor({ timeout: 20_000 });
  return frame;
}

const nameField = (frame: FrameLocator, position: number): Locator => frame.getByTestId(`stream-${position}`).locator('input').first();

it('lets the admin create one stream per ticked project, save, and find the streams after a reload', async () => {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Emily Carter');
  // The page lists projects in Jira's order; all but the IT-operations project become streams.
  streamProjects = (await storedView()).projects.filter((p) => p.key !== 'OPS');
  let frame = await openSettings();
  await frame.getByRole('heading', { name: 'Start with one stream per project' }).waitFor();
  await frame.getByText('IT Operations (OPS)').click();
  await frame.getByRole('button', { name: `Create ${streamProjects.length} streams` }).click();

  expect(await nameField(frame, 0).inputValue()).toBe(streamProjects[0]?.name);
  expect(await frame.getByTestId(`stream-${streamProjects.length}`).count()).toBe(0);
  await frame.getByText('Unsaved changes').waitFor();

  // Reorder by keyboard-reachable buttons: the second stream moves to the top.
  await frame.getByRole('button', { name: `Move ${streamProjects[1]?.name} up` }).click();
  expect(await nameField(frame, 0).inputValue()).toBe(streamProjects[1]?.name);

  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  // The result is the host's flag, drawn on the product page outside the app's frame, so it is in view.
  await shell.page.locator('#local-forge-flags [role="status"]', { hasText: 'Programme settings saved' }).waitFor({ timeout: 20_000 });
  await frame.getByText('All changes saved').waitFor();

  const stored = await storedView();
  expect(stored.stored).toBe(true);
  expect(stored.settings.streams.map((s) => s.jql)).toEqual([streamProjects[1], streamProjects[0], ...streamProjects.slice(2)].map((p) => `project = ${p?.key}`));

  await shell.page.reload();
  frame = await openSettings();
  await nameField(frame, 0).waitFor();
  expect(await nameField(frame, 0).inputValue()).toBe(streamProjects[1]?.name);
  expect(await nameField(frame, streamProjects.length - 1).inputValue()).toBe(streamProjects[streamProjects.length - 1]?.name);
  expect(await frame.getByRole('heading', { name: 'Start with one stream per project' }).count()).toBe(0);
});

it('shows Jira’s own message under a stream’s JQL when the check refuses it', async () => {
  const frame = await openSettings();
  const jql = frame.getByTestId('stream-0').locator('input').nth(1);
  await jql.fill('project = = EMA');
  await frame.getByTestId('stream-0').getByRole('button', { name: 'Check JQL' }).click();
  const errors = frame.getByTestId('stream-0').getByTestId('jql-errors');
  await errors.waitFor({ timeout: 20_000 });
  expect((await errors.textContent())?.trim().length).toBeGreaterThan(0);
  // The bad text stays in the field, marked, for the admin to correct.
  expect(await jql.inputValue()).toBe('project = = EMA');
});

it('explains a conflict when someone else saved meanwhile, and keeps the admin’s edits on screen', async () => {
  const frame = await openSettings();
  await nameField(frame, 0).fill('Renamed by Emily');

  const current = await storedView();
  const { version, ...rest } = current.settings;
  const other = await asAdmin<{ settings: ProgrammeSettings }>('settings/save', { expectedVersion: version, settings: { ...rest, atRiskThresholdDays: 7 } });
  expect(other.ok).toBe(true);

  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await frame.getByText('Someone else saved the settings meanwhile').waitFor({ timeout: 20_000 });
  expect(await nameField(frame, 0).inputValue()).toBe('Renamed by Emily');
  await frame.getByText('Unsaved changes').waitFor();
  expect((await storedView()).settings.streams[0]?.name).not.toBe('Renamed by Emily');
});

it('shows the programme manager, who is no Jira admin, the server’s refusal in German', async () => {
  await actAs(shell.page, 'Katrin Hoffmann');
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-settings`);
  await shell.page.getByText("You don't have access to this page").waitFor({ timeout: 10_000 });
  // Reaching the frame anyway (as a crafted request would) changes nothing: the admin function refuses.
  await shell.page.goto(`${shell.server.url}/resources/main/?moduleKey=programme-settings&localId=programme-settings-page`);
  const refusal = shell.page.getByTestId('admin-required');
  await refusal.waitFor({ timeout: 20_000 });
  expect(await refusal.textContent()).toContain('Nur Jira-Administratoren können diese Einstellungen ändern');
  expect(await shell.page.getByRole('button', { name: 'Speichern' }).count()).toBe(0);
});

it('asks before deleting a stream right under its row, in view from the bottom of the list, and deletes only on confirmation', async () => {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Emily Carter');
  await shell.page.setViewportSize({ width: 1280, height: 700 });
  const frame = await openSettings();
  const count = (await storedView()).settings.streams.length;
  expect(count).toBeGreaterThan(2);
  const last = nameField(frame, count - 1);
  const name = await last.inputValue();
  const remove = frame.getByRole('button', { name: `Delete ${name}`, exact: true });
  await remove.scrollIntoViewIfNeeded();
  await remove.click();
  const confirmation = frame.getByTestId('stream-delete-confirmation');
  await confirmation.waitFor();
  const box = await confirmation.boundingBox();
  const viewport = shell.page.viewportSize();
  if (!box || !viewport) throw new Error('no box');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(await confirmation.getByText(`Delete stream ${name}?`).count()).toBe(1);
  // Escape keeps the stream; the confirmation asked with the keyboard on Cancel.
  await shell.page.keyboard.press('Escape');
  await confirmation.waitFor({ state: 'detached' });
  expect(await nameField(frame, count - 1).inputValue()).toBe(name);
  await remove.click();
  await frame.getByTestId('stream-delete-confirmation').getByRole('button', { name: 'Delete', exact: true }).click();
  await frame.getByRole('button', { name: `Delete ${name}`, exact: true }).waitFor({ state: 'detached' });
  // Nothing is stored until the admin saves.
  expect((await storedView()).settings.streams.map((s) => s.name)).toContain(name);
});
