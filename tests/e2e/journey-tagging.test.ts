/**
 * In a real browser: a team member (Lena Schulz, may edit only EMA) tags an EMA issue in the journey panel with
 * the keyboard, saves, reloads and sees the stored tags beside those inherited from the epic, with the JQL that
 * finds them; that JQL, with every search alias, finds the issue in the shell's issue search; on an issue
 * she may not edit, Jira's refusal reaches her in words; and on an EMA issue whose epic is in MI (a project she
 * cannot browse) she sees the issue's own tags and is told the inherited ones are withheld, with no MI key anywhere.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_FACTS, DEMO_USE_CASES, buildDemoSite } from '../../local/demo';
import { JOURNEY_PROPERTY_KEY, SEARCH_ALIAS } from '../../src/domain';
import { writeUseCaseCsv } from '../../src/domain/use-case-csv';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(90_000);

const demo = buildDemoSite();
const epicOf = (key: string) => demo.issues.find((i) => i.key === demo.issues.find((c) => c.key === key)?.parentKey);
// An untagged EMA task whose epic has tags, so the panel shows inherited ones beside hers.
const target = demo.issues.find((i) => i.projectKey === 'EMA' && i.issueType !== 'Epic' && i.properties[JOURNEY_PROPERTY_KEY] === undefined && epicOf(i.key)?.properties[JOURNEY_PROPERTY_KEY] !== undefined);
const foreign = demo.issues.find((i) => i.projectKey === 'DATA' && i.issueType !== 'Epic');
if (!target || !foreign) throw new Error('the demo needs an untagged EMA task under a tagged epic and a DATA issue');
const epic = epicOf(target.key);
// An EMA story under an MI epic: Lena may browse and edit it, but not its epic.
const underHiddenEpic = demo.issues.find((i) => i.key === DEMO_FACTS.underAnotherProjectsEpic[0]?.key);
if (!underHiddenEpic) throw new Error('the demo needs an EMA issue under an MI epic');
const inheritedChannel = (epic?.properties[JOURNEY_PROPERTY_KEY] as { channel?: string[] } | undefined)?.channel?.[0];

let shell: DemoShell;
beforeAll(async () => {
  shell = await openDemoShell();
  // The admin imports the demo's use-case catalogue, as a new installation would.
  const imported = await shell.local.host.invokeResolver({
    functionKey: 'admin-resolver',
    resolverKey: 'use-cases/import',
    payload: { expectedVersion: 0, csv: writeUseCaseCsv(DEMO_USE_CASES) },
    accountId: DEMO_ACCOUNTS.admin,
    context: { moduleKey: 'programme-settings', extension: { type: 'jira:adminPage' } },
  });
  if (!imported.ok) throw new Error(imported.error.message);
});
afterAll(async () => {
  await shell?.close();
});

const panelOf = (page: Page) => page.frameLocator('iframe[title="Customer journey"]');

/** Types into a picker and takes the first match with Enter, as a keyboard user does. */
async function choose(panel: FrameLocator, inputId: string, text: string): Promise<void> {
  const input = panel.locator(`#${inputId}`);
  await input.click();
  await input.pressSequentially(text);
  await panel.getByRole('option', { name: text, exact: false }).first().waitFor({ timeout: 5_000 });
  await input.press('Enter');
}

async function openIssue(key: string): Promise<FrameLocator> {
  await shell.page.goto(`${shell.server.url}/jira/browse/${key}`);
  const panel = panelOf(shell.page);
  await panel.getByRole('button', { name: /Add tags|Edit tags/ }).waitFor({ timeout: 20_000 });
  return panel;
}

it('lets a team member tag an EMA issue with the keyboard, and shows the stored tags after a reload', async () => {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Lena Schulz');
  let panel = await openIssue(target.key);
  await panel.getByText('This issue has no journey tags of its own yet; the tags below come from its epic.').waitFor();
  await panel.getByRole('button', { name: 'Add tags' }).click();
  expect(await panel.getByTestId('unsaved-state').textContent()).toBe('No changes yet');

  await choose(panel, 'picker-touchpoint', 'Website');
  await choose(panel, 'picker-lifecycle', 'Buy');
  await choose(panel, 'picker-category', 'Loyalty');
  await choose(panel, 'picker-action', 'Reward me');
  await choose(panel, 'picker-channel', 'WhatsApp');
  await choose(panel, 'picker-useCase', 'UC-003');
  expect(await panel.getByTestId('unsaved-state').textContent()).toBe('Unsaved changes');
  // The JQL for what she chose, per dimension, before she saves.
  expect(await panel.getByTestId('jql-hint-touchpoint').textContent()).toBe('journeyTouchpoint = website');
  if (epic && inheritedChannel) expect(await panel.getByTestId('inherited-channel').textContent()).toContain(`From epic ${epic.key}`);

  await panel.getByRole('button', { name: 'Save' }).click();
  await panel.getByText(`Saved. The panel shows the tags stored on ${target.key}.`).waitFor({ timeout: 15_000 });

  panel = await openIssue(target.key);
  await panel.getByTestId('tag-touchpoint-website').waitFor();
  expect(await panel.getByTestId('tag-touchpoint-website').textContent()).toContain('Website');
  expect(await panel.getByTestId('tag-lifecycle-buy').textContent()).toContain('Buy');
  expect(await panel.getByTestId('tag-action-reward-me').textContent()).toContain('Reward me');
  expect(await panel.getByTestId('tag-useCase-UC-003').textContent()).toContain('Abandoned booking reminder');
  expect(await panel.getByTestId('jql-hint').textContent()).toBe('journeyTouchpoint = website');
  expect(await panel.getByTestId('jql-hint-useCase').textContent()).toBe('journeyUseCase = UC-003');
  if (epic && inheritedChannel) {
    const inherited = panel.getByTestId(`tag-channel-${inheritedChannel}`);
    expect(await inherited.getAttribute('data-source')).toBe('epic');
    expect(await inherited.textContent()).toContain(`from epic ${epic.key}`);
  }
  // Stored on the issue as ids; the inherited epic tag is not copied.
  const stored = shell.local.site.issues.find((i) => i.key === target.key)?.properties[JOURNEY_PROPERTY_KEY] as Record<string, string[]>;
  expect(stored).toMatchObject({ touchpoint: ['website'], lifecycle: ['buy'], category: ['loyalty'], action: ['reward-me'], channel: ['whatsapp'], useCase: ['UC-003'] });
});

it.each([
  ['touchpoint', 'website'],
  ['lifecycle', 'buy'],
  ['category', 'loyalty'],
  ['action', 'reward-me'],
  ['channel', 'whatsapp'],
  ['useCase', 'UC-003'],
] as const)('finds the issue in the issue search with %s (its alias) = %s', async (slot, value) => {
  const jql = `${SEARCH_ALIAS[slot]} = ${value} AND project = EMA`;
  await shell.page.goto(`${shell.server.url}/jira/issues?jql=${encodeURIComponent(jql)}`);
  await shell.page.locator('main table').waitFor({ timeout: 10_000 });
  expect(await shell.page.locator('main table').getByRole('link', { name: target.key, exact: true }).count()).toBe(1);
});

it('opens the issue search from the JQL link in the panel', async () => {
  const panel = await openIssue(target.key);
  const [search] = await Promise.all([shell.page.context().waitForEvent('page'), panel.getByTestId('jql-link-touchpoint').click()]);
  await search.waitForLoadState('load');
  expect(new URL(search.url()).searchParams.get('jql')).toBe('journeyTouchpoint = website');
  await search.locator('main table').getByRole('link', { name: target.key, exact: true }).waitFor({ timeout: 10_000 });
  await search.close();
});

it('offers her no tag editing on an issue she may not edit, says why, and the server refuses a save anyway', async () => {
  await shell.page.goto(`${shell.server.url}/jira/browse/${foreign.key}`);
  const panel = panelOf(shell.page);
  await panel.getByTestId('tags-read-only').waitFor({ timeout: 20_000 });
  expect(await panel.getByTestId('tags-read-only').textContent()).toBe('You can’t edit this issue in Jira, so its tags are read-only for you.');
  expect(await panel.getByRole('button', { name: /Add tags|Edit tags/ }).count()).toBe(0);
  // Hiding the button is a courtesy: a save sent anyway is refused by Jira, and nothing is stored.
  const own = foreign.properties[JOURNEY_PROPERTY_KEY] ?? {};
  const refused = await shell.local.host.invokeResolver<{ ok: boolean; error?: { code: string } }>({
    functionKey: 'resolver', resolverKey: 'tags/save', payload: { issueKey: foreign.key, base: {}, tags: { channel: ['sms'] } }, accountId: DEMO_ACCOUNTS.teamMember,
    context: { moduleKey: 'journey-panel', extension: { type: 'jira:issueContext' } },
  });
  expect(refused.ok && refused.value.ok).toBe(false);
  expect(JSON.stringify(shell.local.site.issues.find((i) => i.key === foreign.key)?.properties[JOURNEY_PROPERTY_KEY] ?? {})).toBe(JSON.stringify(own));
});

it('merges with a change someone else saved while she was editing, and says so', async () => {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Lena Schulz');
  const panel = await openIssue(target.key);
  await panel.getByRole('button', { name: 'Edit tags' }).click();
  await choose(panel, 'picker-touchpoint', 'Retention');
  // Meanwhile the EMA stream lead adds a channel to the same issue.
  const before = await shell.local.host.invokeResolver<{ ok: true; data: { own: Record<string, string[]> } }>({
    functionKey: 'resolver', resolverKey: 'journey/issue', payload: { issueKey: target.key }, accountId: DEMO_ACCOUNTS.leadEma,
    context: { moduleKey: 'journey-panel', extension: { type: 'jira:issueContext' } },
  });
  if (!before.ok) throw new Error(before.error.message);
  const own = before.value.data.own;
  const saved = await shell.local.host.invokeResolver({
    functionKey: 'resolver', resolverKey: 'tags/save', payload: { issueKey: target.key, base: own, tags: { ...own, channel: [...(own.channel ?? []), 'sms'] } }, accountId: DEMO_ACCOUNTS.leadEma,
    context: { moduleKey: 'journey-panel', extension: { type: 'jira:issueContext' } },
  });
  if (!saved.ok) throw new Error(saved.error.message);

  await panel.getByRole('button', { name: 'Save' }).click();
  await panel.getByText('Saved and merged with changes someone else made meanwhile. The panel shows what is stored now.').waitFor({ timeout: 15_000 });
  await panel.getByTestId('tag-touchpoint-retention').waitFor();
  await panel.getByTestId('tag-channel-sms').waitFor();
  expect(await panel.getByTestId('tag-channel-whatsapp').count()).toBe(1);
});

it('shows her the own tags of an issue whose epic she cannot browse, says the inherited ones are withheld, and names no MI issue', async () => {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Lena Schulz');
  const panel = await openIssue(underHiddenEpic.key);
  const notice = panel.getByTestId('epic-hidden');
  await notice.waitFor({ timeout: 15_000 });
  expect(await notice.textContent()).toContain('The tags this issue inherits from its epic are not shown: the epic is in a project you cannot browse.');
  const own = underHiddenEpic.properties[JOURNEY_PROPERTY_KEY] as Record<string, string[]>;
  for (const [slot, ids] of Object.entries(own)) {
    if (slot === 'phase') continue;
    for (const id of ids) expect(await panel.getByTestId(`tag-${slot}-${id}`).getAttribute('data-source')).toBe('own');
  }
  expect(await panel.locator('[data-source="epic"], [data-source="both"]').count()).toBe(0);
  // Still hers to edit; the editor says the same and offers no inherited tags.
  await panel.getByRole('button', { name: 'Edit tags' }).click();
  await panel.getByTestId('unsaved-state').waitFor();
  expect(await panel.getByTestId('epic-hidden').count()).toBe(1);
  expect(await panel.locator('[data-testid^="inherited-"]').count()).toBe(0);
  const html = await panel.locator('html').evaluate((root) => root.outerHTML);
  expect(html).not.toMatch(/\bMI-\d+/);
  await panel.getByRole('button', { name: 'Cancel' }).click();
});
