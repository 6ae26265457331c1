/**
 * In a real browser, from the shell's issue search:
 * - a team member who may edit only EMA selects three issues (mouse and keyboard), opens "Tag customer journey" from
 *   the Apps menu with the keyboard, is told it acts on the 3 selected issues, chooses Add for touchpoints and (with
 *   the keyboard) Remove for channels, sees per issue what will be added and removed, applies, and exactly those are
 *   tagged: the other issues of the search keep what they had, in the site's data;
 * - with nothing selected, the action acts on the search's ten issues (nine EMA, one DATA), says so, and reports the
 *   DATA issue she may not edit; closing returns to the search;
 * - when Jira throttles some of the writes (an injected 429), those issues are named, and "Try again" finishes them;
 * - a German user reads the selection in German.
 */
import type { FrameLocator } from 'playwright-core';
import { buildDemoSite } from '../../local/demo';
import { JOURNEY_PROPERTY_KEY } from '../../src/domain';
import { axeAppFrames, formatViolations } from './support/axe';
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

/** The accessibility gate on the action's frame: no serious or critical axe finding. */
async function expectAccessible(): Promise<void> {
  expect(formatViolations(await axeAppFrames(shell.page))).toBe('');
}

async function choose(frame: FrameLocator, inputId: string, text: string): Promise<void> {
  const input = frame.locator(`#${inputId}`);
  await input.click();
  await input.pressSequentially(text);
  await frame.getByRole('option', { name: text, exact: false }).first().waitFor({ timeout: 5_000 });
  await input.press('Enter');
}

/** What the preview should say for an issue, from what the site stores for it: + Preference centre, − E-mail. */
function expectedPreview(key: string): { add: string[]; remove: string[] } {
  const now = stored(key);
  return {
    add: now?.touchpoint?.includes('preference-centre') ? [] : ['+ Preference centre'],
    remove: now?.channel?.includes('email') ? ['− E-mail'] : [],
  };
}

/** Add for touchpoints with the mouse, Remove for channels with the keyboard (arrow key in the Add/Remove switch). */
async function chooseAddTouchpointRemoveEmail(action: FrameLocator): Promise<void> {
  await choose(action, 'bulk-touchpoint', 'Preference centre');
  const channelAdd = action.getByRole('radiogroup', { name: 'Channels: add or remove' }).getByRole('radio', { name: 'Add' });
  await channelAdd.focus();
  await channelAdd.press('ArrowRight');
  expect(await action.getByRole('radiogroup', { name: 'Channels: add or remove' }).getByRole('radio', { name: 'Remove' }).isChecked()).toBe(true);
  await choose(action, 'bulk-channel', 'E-mail');
}

/** Opens the search as a person, with a fresh page state. */
async function openSearch(person: string, searchJql: string): Promise<void> {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, person);
  await shell.page.goto(`${shell.server.url}/jira/issues?jql=${encodeURIComponent(searchJql)}`);
}

/** Opens the action from the Apps menu with the keyboard only: Enter on the menu, Tab to the item, Enter. */
async function openActionByKeyboard(): Promise<FrameLocator> {
  await shell.page.locator('summary', { hasText: 'Apps' }).focus();
  await shell.page.keyboard.press('Enter');
  const item = shell.page.getByRole('button', { name: 'Tag customer journey' });
  await item.waitFor();
  await shell.page.keyboard.press('Tab');
  expect(await item.evaluate((element) => element === document.activeElement)).toBe(true);
  await Promise.all([shell.page.waitForURL((url) => url.searchParams.get('action') === 'bulk-journey-tags'), shell.page.keyboard.press('Enter')]);
  await shell.page.getByRole('dialog', { name: 'Tag customer journey' }).waitFor();
  return shell.page.frameLocator('#navigator-action-frame');
}

it('tags exactly the three issues she selected in the search, and says so', async () => {
  const picked = [ema[1], ema[4], ema[7]] as string[];
  const others = [...ema.filter((key) => !picked.includes(key)), data];
  const before = new Map(others.map((key) => [key, JSON.stringify(stored(key) ?? null)]));
  await openSearch('Lena Schulz', jql);
  await shell.page.getByText('10 issues').waitFor();

  // Two ticked with the mouse, the third with the keyboard (Space on the focused checkbox).
  await shell.page.getByRole('checkbox', { name: `Select ${picked[0]}` }).check();
  await shell.page.getByRole('checkbox', { name: `Select ${picked[1]}` }).check();
  await shell.page.getByRole('checkbox', { name: `Select ${picked[2]}` }).focus();
  await shell.page.keyboard.press('Space');
  expect(await shell.page.locator('#selection-status').textContent()).toBe('3 issues selected.');

  const action = await openActionByKeyboard();
  await action.getByTestId('bulk-count').waitFor({ timeout: 20_000 });
  expect(await action.getByTestId('bulk-count').textContent()).toBe('3 selected issues will be changed.');
  expect(await action.getByTestId('bulk-scope').textContent()).toBe('Add or remove journey tags on the issues you selected in the search.');
  expect(await action.getByTestId('bulk-preview').locator('li strong').allTextContents()).toEqual(picked);

  // Before choosing, the preview says how to get one; a term chosen survives switching the mode back and forth.
  expect(await action.getByRole('region', { name: 'What changes on each issue' }).textContent()).toContain('Choose terms above to see what changes on each issue.');
  await choose(action, 'bulk-touchpoint', 'Retention');
  await action.getByTestId('bulk-mode-touchpoint-remove').check();
  expect(await action.getByLabel('Touchpoints to remove').count()).toBe(1);
  await action.getByTestId('bulk-mode-touchpoint-add').check();
  expect(await action.getByTestId(`preview-${picked[0]}`).locator('[data-change="add"]').allTextContents()).toEqual(['+ Retention']);
  await action.locator('#bulk-touchpoint').press('Backspace');
  expect(await action.getByTestId(`preview-${picked[0]}`).locator('[data-change]').count()).toBe(0);
  expect(await action.getByRole('region', { name: 'What changes on each issue' }).textContent()).toContain('Choose terms above to see what changes on each issue.');

  await chooseAddTouchpointRemoveEmail(action);
  const expected = new Map(picked.map((key) => [key, expectedPreview(key)]));
  expect([...expected.values()].some((e) => e.remove.length > 0)).toBe(true);
  const changing = [...expected.values()].filter((e) => e.add.length + e.remove.length > 0).length;
  expect(await action.getByTestId('bulk-preview-totals').textContent()).toContain(changing === 1 ? '1 issue changes' : `${changing} issues change`);
  for (const key of picked) {
    const line = action.getByTestId(`preview-${key}`);
    expect(await line.locator('[data-change="add"]').allTextContents()).toEqual(expected.get(key)?.add);
    expect(await line.locator('[data-change="remove"]').allTextContents()).toEqual(expected.get(key)?.remove);
  }
  expect(await action.getByTestId('bulk-preview').locator('li').count()).toBe(3);

  await action.getByRole('button', { name: 'Apply to 3 selected issues' }).click();
  const summary = action.getByTestId('bulk-summary');
  await summary.waitFor({ timeout: 20_000 });
  expect(await summary.textContent()).toContain('3 of 3 issues done');
  for (const key of picked) expect(await action.getByTestId(`result-${key}`).getAttribute('data-outcome')).toBe('done');
  expect(await action.locator('[data-testid^="result-"]').count()).toBe(3);
  expect(await action.getByRole('button', { name: /^Try again/ }).count()).toBe(0);

  // The site's data: the three carry the new touchpoint and no e-mail, every other issue of the search is as it was.
  for (const key of picked) {
    expect(stored(key)?.touchpoint).toContain('preference-centre');
    expect(stored(key)?.channel ?? []).not.toContain('email');
  }
  for (const key of others) expect(JSON.stringify(stored(key) ?? null)).toBe(before.get(key));

  // Closing returns to the search with the same issues ticked.
  await Promise.all([shell.page.waitForURL((url) => !url.searchParams.has('action')), action.getByRole('button', { name: 'Close' }).click()]);
  for (const key of picked) expect(await shell.page.getByRole('checkbox', { name: `Select ${key}` }).isChecked()).toBe(true);
});

it('tags the nine EMA issues of the search and reports the DATA issue she may not edit', async () => {
  const dataBefore = JSON.stringify(stored(data) ?? null);
  await openSearch('Lena Schulz', jql);
  await shell.page.getByText('10 issues').waitFor();
  expect(await shell.page.locator('#selection-status').textContent()).toBe('No issues selected: an app action gets the whole search.');

  await shell.page.locator('summary', { hasText: 'Apps' }).click();
  await shell.page.getByRole('button', { name: 'Tag customer journey' }).click();
  const dialog = shell.page.getByRole('dialog', { name: 'Tag customer journey' });
  await dialog.waitFor();
  const action = shell.page.frameLocator('#navigator-action-frame');
  await action.getByTestId('bulk-count').waitFor({ timeout: 20_000 });
  expect(await action.getByTestId('bulk-count').textContent()).toBe('All 10 issues of the search will be changed.');
  expect(await action.getByTestId('bulk-scope').textContent()).toContain('on the issues of your current search');
  expect(await action.getByTestId('bulk-jql').textContent()).toBe(jql);
  expect(await action.getByTestId('bulk-more').count()).toBe(0);

  // Choosing nothing is refused before anything is sent.
  await action.getByRole('button', { name: 'Apply to 10 issues of the search' }).click();
  expect(await action.getByTestId('bulk-problem').textContent()).toBe('Choose at least one term to add or remove.');

  await chooseAddTouchpointRemoveEmail(action);
  expect(await action.getByTestId('bulk-preview').locator('li').count()).toBe(10);
  await action.getByRole('button', { name: 'Apply to 10 issues of the search' }).click();

  const summary = action.getByTestId('bulk-summary');
  await summary.waitFor({ timeout: 20_000 });
  expect(await summary.textContent()).toContain('9 of 10 issues done');
  expect(await summary.textContent()).toContain('Not changed: 1 without permission.');
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

it('names the issues whose write Jira throttled, and "Try again" finishes just those', async () => {
  const picked = ema.slice(0, 6);
  // Issues storing different tags get different writes, so one refused write leaves the others done.
  expect(new Set(picked.map((key) => JSON.stringify(stored(key) ?? null))).size).toBeGreaterThan(1);
  await openSearch('Lena Schulz', jql);
  const selected = picked.map((key) => `selected=${encodeURIComponent(key)}`).join('&');
  await shell.page.goto(`${shell.server.url}/jira/issues?jql=${encodeURIComponent(jql)}&${selected}&action=bulk-journey-tags`);
  const action = shell.page.frameLocator('#navigator-action-frame');
  await action.getByTestId('bulk-count').waitFor({ timeout: 20_000 });
  await choose(action, 'bulk-channel', 'WhatsApp');
  await action.getByTestId('preview-' + picked[0]).waitFor();

  // Jira refuses the first conditional write for the hour's quota (never retried): the issues it covered fail.
  shell.local.instruments.failNext('PUT /rest/api/3/issue/properties/{propertyKey}', { status: 429, retryAfterSeconds: 20, reason: 'jira-quota-global-based' });
  await action.getByRole('button', { name: 'Apply to 6 selected issues' }).click();
  const summary = action.getByTestId('bulk-summary');
  await summary.waitFor({ timeout: 20_000 });
  await expectAccessible();
  const throttled: string[] = [];
  for (const key of picked) if ((await action.getByTestId(`result-${key}`).getAttribute('data-word')) === 'throttled') throttled.push(key);
  expect(throttled.length).toBeGreaterThan(0);
  expect(throttled.length).toBeLessThan(picked.length);
  for (const key of throttled) {
    expect(await action.getByTestId(`result-${key}`).textContent()).toContain('Throttled by Jira');
    expect(await action.getByTestId(`result-${key}`).textContent()).toContain('Jira asked to wait 20 seconds before more changes.');
    expect(stored(key)?.channel ?? []).not.toContain('whatsapp');
  }
  expect(await summary.textContent()).toContain(`${picked.length - throttled.length} of 6 issues done`);
  expect(await summary.textContent()).toContain(`Not changed: ${throttled.length} throttled by Jira.`);

  const tryAgain = action.getByRole('button', { name: throttled.length === 1 ? 'Try again for 1 issue' : `Try again for ${throttled.length} issues` });
  await tryAgain.click();
  await action.getByText('Tried again: the results below are up to date.').waitFor({ timeout: 20_000 });
  expect(await summary.textContent()).toContain('6 of 6 issues done');
  for (const key of picked) expect(await action.getByTestId(`result-${key}`).getAttribute('data-outcome')).toBe('done');
  for (const key of picked) expect(stored(key)?.channel).toContain('whatsapp');
  expect(await action.getByRole('button', { name: /^Try again/ }).count()).toBe(0);
});

it('says when the search finds more issues than one action takes', async () => {
  await shell.page.goto(`${shell.server.url}/jira/issues?jql=${encodeURIComponent('project in (EMA, DATA, COM, LOY, PRT, OPS) order by key')}&action=bulk-journey-tags`);
  const action = shell.page.frameLocator('#navigator-action-frame');
  const more = action.getByTestId('bulk-more');
  await more.waitFor({ timeout: 20_000 });
  expect(await more.textContent()).toContain('The search finds more than 100 issues. Only the first 100, listed below, will be changed');
  expect(await action.getByTestId('bulk-count').textContent()).toBe('All 100 issues of the search will be changed.');
  // The preview lists the first 50 issues and counts the rest.
  expect(await action.getByTestId('bulk-preview').locator('li').count()).toBe(50);
  expect(await action.getByTestId('bulk-preview-more').textContent()).toBe('… and 50 more issues, not listed here.');
});

it('says in German which issues it acts on when the user selected some', async () => {
  const picked = [ema[2], data] as string[];
  await openSearch('Katrin Hoffmann', jql);
  const selected = picked.map((key) => `selected=${encodeURIComponent(key)}`).join('&');
  await shell.page.goto(`${shell.server.url}/jira/issues?jql=${encodeURIComponent(jql)}&${selected}&action=bulk-journey-tags`);
  const action = shell.page.frameLocator('#navigator-action-frame');
  await action.getByTestId('bulk-count').waitFor({ timeout: 20_000 });
  expect(await action.getByTestId('bulk-count').textContent()).toBe('2 ausgewählte Vorgänge werden geändert.');
  expect(await action.getByRole('button', { name: 'Auf 2 ausgewählte Vorgänge anwenden' }).count()).toBe(1);
  expect(await action.getByTestId('bulk-preview').locator('li strong').allTextContents()).toEqual(picked);

  // Remove in German: the switch, the picker and the preview speak German; the DATA issue's line is there too.
  const channels = action.getByRole('radiogroup', { name: 'Kanäle: hinzufügen oder entfernen' });
  await channels.getByRole('radio', { name: 'Entfernen' }).check();
  await choose(action, 'bulk-channel', 'Chat');
  expect(await action.getByLabel('Kanäle zum Entfernen').count()).toBe(1);
  expect(await action.getByRole('region', { name: 'Was sich an jedem Vorgang ändert' }).textContent()).toContain('+ fügt einen Begriff hinzu, − entfernt ihn.');
  for (const key of picked) {
    const removes = stored(key)?.channel?.includes('chat') === true;
    expect(await action.getByTestId(`preview-${key}`).textContent()).toContain(removes ? '− Chat' : 'keine Änderung');
  }
  await expectAccessible();
});
