/**
 * In a real browser: the Jira admin names the programme managers (a person and a Jira group, picked from Jira's own
 * pickers) and sets the publishing target — the space from a list, the parent page searched by title, checked by the
 * app — with the language, schedule and page types; everything is found again after a reload. A save from a stale
 * version is refused as a conflict in words.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import { DEMO_GROUPS } from '../../local/demo/users';
import type { ResolverResult } from '../../src/contract/errors';
import type { ProgrammeSettings, SettingsView } from '../../src/contract/programme';
import type { PublishingChoices, PublishingSettings } from '../../src/contract/publishing';
import { demoSettings, storeSettings } from '../integration/snapshot/support';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(120_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openDemoShell();
  storeSettings(shell.local.kvsState, { ...demoSettings(shell.local.site), programmeManagerAccountIds: [], programmeManagerGroupIds: [] });
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Emily Carter');
});
afterAll(async () => {
  await shell?.close();
});

async function asAdmin<T>(resolverKey: string, payload: unknown): Promise<T> {
  const answer = await shell.local.host.invokeResolver<ResolverResult<T>>({
    functionKey: 'admin-resolver',
    resolverKey,
    payload,
    accountId: DEMO_ACCOUNTS.admin,
    context: { moduleKey: 'programme-settings', extension: { type: 'jira:adminPage' } },
  });
  if (!answer.ok || !answer.value.ok) throw new Error(`${resolverKey} refused: ${JSON.stringify(answer)}`);
  return answer.value.data;
}
const storedProgramme = async () => (await asAdmin<SettingsView>('settings/get', {})).settings;
const storedPublishing = async () => asAdmin<{ settings: PublishingSettings; choices: PublishingChoices }>('publishing/settings-get', {});

async function openAdmin(tab: RegExp): Promise<FrameLocator> {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-settings`);
  const frame = shell.page.frameLocator('iframe[title="Programme settings"]');
  await frame.getByRole('tab', { name: tab }).click();
  return frame;
}

it('names a programme manager and a group with the pickers, saves, and finds them by name after a reload', async () => {
  let frame = await openAdmin(/^Streams, dependencies & roles$/);
  await frame.getByRole('heading', { name: 'Roles' }).waitFor({ timeout: 20_000 });
  await frame.locator('#roles-people').fill('Katrin');
  await frame.getByRole('listbox').getByRole('option', { name: /Katrin Hoffmann/ }).click();
  await frame.locator('#roles-groups').fill('PROGRAMME');
  await frame.getByRole('listbox').getByRole('option', { name: DEMO_GROUPS.programmeOffice.name }).click();
  await frame.getByText('Unsaved changes').waitFor();
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await frame.getByText('All changes saved').waitFor({ timeout: 20_000 });

  const stored: ProgrammeSettings = await storedProgramme();
  expect(stored.programmeManagerAccountIds).toEqual([DEMO_ACCOUNTS.programmeManager]);
  expect(stored.programmeManagerGroupIds).toEqual([DEMO_GROUPS.programmeOffice.groupId]);

  await shell.page.reload();
  frame = await openAdmin(/^Streams, dependencies & roles$/);
  await frame.getByTestId('manager-people').getByText('Katrin Hoffmann').waitFor({ timeout: 20_000 });
  await frame.getByTestId('manager-groups').getByText(DEMO_GROUPS.programmeOffice.name).waitFor({ timeout: 20_000 });
});

it('sets the publishing target: picks the space, finds the parent page by title, has it checked, and saves', async () => {
  const { choices } = await storedPublishing();
  const space = choices.spaces.find((s) => s.key === 'PROG');
  if (!space) throw new Error('the demo site has the PROG space');
  const parent = shell.local.site.confluence.pages.find((p) => p.spaceId === space.id && p.parentId !== null) ?? shell.local.site.confluence.pages.find((p) => p.spaceId === space.id);
  if (!parent) throw new Error('the PROG space has a page');

  let frame = await openAdmin(/^Publishing$/);
  await frame.getByRole('heading', { name: 'Publishing to Confluence' }).waitFor({ timeout: 20_000 });
  await frame.getByLabel('Confluence space').selectOption(space.id);
  await frame.locator('#publishing-parent-search').fill(parent.title.slice(0, 6));
  await frame.getByRole('listbox').getByRole('option', { name: parent.title }).click();
  expect(await frame.getByTestId('publishing-parent').textContent()).toContain(parent.title);
  await frame.getByRole('button', { name: 'Check target' }).click();
  await frame.getByTestId('target-verdict').filter({ hasText: 'The app may publish into' }).waitFor({ timeout: 20_000 });
  await frame.getByLabel('German', { exact: true }).check();
  await frame.getByLabel('Off: only on “Publish now”').check();
  await frame.getByLabel('One page per stream').uncheck();
  await frame.getByRole('button', { name: 'Save publishing settings' }).click();
  await frame.getByTestId('publishing-save-state').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 20_000 });

  const { settings } = await storedPublishing();
  expect(settings).toMatchObject({ target: { spaceKey: 'PROG', parentPageId: parent.id, parentTitle: parent.title }, language: 'de', schedule: 'off', pageTypes: { rollUp: true, streams: false, strategy: true } });

  await shell.page.reload();
  frame = await openAdmin(/^Publishing$/);
  await frame.getByTestId('publishing-parent').getByText(parent.title).waitFor({ timeout: 20_000 });
  expect(await frame.getByLabel('German', { exact: true }).isChecked()).toBe(true);
});

it('is told in words when someone else saved the publishing settings in the meantime', async () => {
  const frame = await openAdmin(/^Publishing$/);
  await frame.getByRole('heading', { name: 'Publishing to Confluence' }).waitFor({ timeout: 20_000 });
  const { settings } = await storedPublishing();
  const { version: _version, ...rest } = settings;
  await asAdmin('publishing/settings-save', { expectedVersion: settings.version, settings: { ...rest, schedule: 'weekly' } });
  await frame.getByLabel('English', { exact: true }).check();
  await frame.getByRole('button', { name: 'Save publishing settings' }).click();
  const refusal = frame.getByTestId('publishing-refusal');
  expect(await refusal.textContent({ timeout: 20_000 })).toContain('Someone else saved a change in the meantime');
  await refusal.getByRole('button', { name: 'Reload the stored settings' }).waitFor();
  // The failure is also the host's flag, in view wherever the admin scrolled to, and it stays until dismissed.
  const flag = shell.page.locator('#local-forge-flags [role="alert"]', { hasText: 'Publishing settings not saved' });
  await flag.waitFor({ timeout: 10_000 });
  expect(await flag.textContent()).toContain('Someone else saved a change in the meantime');
});
