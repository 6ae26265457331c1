/**
 * In a real browser, on the programme page's Round table tab, as Katrin Hoffmann (programme manager, German UI): she
 * sets the series up with the form's defaults, schedules Lena's concern in triage, assembles the next meeting's agenda,
 * adds two items of her own and puts the second first with the keyboard, saves and publishes it; in the minutes she
 * records a decision with an owner and a due date and creates its follow-up issue in Jira. The decision log page in the
 * local Confluence shows the decision open; once the issue is resolved in Jira and the minutes are published again, done.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import { demoPublishingSettings } from '../../local/demo/app-data';
import type { ResolverResult } from '../../src/contract/errors';
import type { ResolverData, ResolverKey } from '../../src/contract/resolver-keys';
import { PUBLISHING_SETTINGS_KEY } from '../../src/services/publishing/publishing-settings-store';
import { demoSettings, storeSettings } from '../integration/snapshot/support';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(300_000);

let shell: DemoShell;
let frame: FrameLocator;

async function callAs<K extends ResolverKey>(key: K, payload: unknown, accountId: string): Promise<ResolverData<K>> {
  const answer = await shell.local.host.invokeResolver<ResolverResult<ResolverData<K>>>({
    functionKey: 'resolver', resolverKey: key, payload, accountId, context: { moduleKey: 'programme-page', locale: 'de-DE', extension: { type: 'jira:globalPage' } },
  });
  if (!answer.ok || !answer.value.ok) throw new Error(`${key} refused: ${JSON.stringify(answer)}`);
  return answer.value.data;
}

async function openRoundTable(): Promise<FrameLocator> {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
  const programme = shell.page.frameLocator('iframe[title="Programme"]');
  await programme.getByTestId('counts').waitFor({ timeout: 20_000 });
  await programme.getByRole('tab', { name: 'Round Table' }).click();
  await programme.getByTestId('round-table-tab').waitFor({ timeout: 20_000 });
  return programme;
}

/** The published decision log's text, read in the local Confluence as a person opens it. */
async function decisionLogPage(): Promise<string> {
  await shell.local.host.drainQueues();
  await shell.local.host.idle();
  const page = shell.local.site.confluence.pages.find((p) => p.status === 'current' && p.title.endsWith('Entscheidungslog'));
  if (!page) throw new Error(`no decision log page among ${shell.local.site.confluence.pages.map((p) => p.title).join(', ')}`);
  await shell.page.goto(`${shell.server.url}/wiki/spaces/PROG/pages/${page.id}`);
  return (await shell.page.locator('body').textContent()) ?? '';
}

beforeAll(async () => {
  shell = await openDemoShell();
  storeSettings(shell.local.kvsState, demoSettings(shell.local.site));
  shell.local.kvsState.kv[PUBLISHING_SETTINGS_KEY] = { value: demoPublishingSettings(shell.local.site), createdAt: 0, updatedAt: 0 };
  await callAs('programme/refresh', {}, DEMO_ACCOUNTS.programmeManager);
  await shell.local.host.drainQueues();
  await shell.local.host.idle();
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Katrin Hoffmann');
  frame = await openRoundTable();
});
afterAll(async () => {
  await shell?.close();
});

it('the programme manager sets up the series with the form, previewing the next dates', async () => {
  await frame.getByTestId('round-table-not-set-up').waitFor();
  await frame.getByRole('button', { name: 'Round Table einrichten' }).click();
  await frame.getByTestId('series-preview').waitFor();
  expect(await frame.getByTestId('series-preview').locator('li').count()).toBe(6);
  expect(await frame.getByTestId('series-preview').textContent()).toContain('14:00 (Europe/Berlin)');
  await frame.getByTestId('series-save').click();
  await frame.getByTestId('round-table-overview').waitFor({ timeout: 20_000 });
  expect(await frame.getByTestId('series-name').textContent()).toBe('360 Round Table');
  expect(await frame.getByTestId('series-cadence').textContent()).toBe('Jeden Monat am letzten Donnerstag, 14:00 (Europe/Berlin)');
});

it('schedules a team member’s concern in triage, to the section its kind suggests', async () => {
  await callAs('submission/create', { input: { kind: 'concern', title: 'Opt-in rate drops after the consent change', text: 'Since the new consent banner fewer people opt in.' } }, DEMO_ACCOUNTS.teamMember);
  frame = await openRoundTable();
  await frame.getByTestId('rt-nav-triage').click();
  const row = frame.getByTestId('triage-group-received').locator('li', { hasText: 'Opt-in rate drops' });
  await row.getByRole('button', { name: 'Einplanen' }).click();
  expect(await row.getByTestId('schedule-section').inputValue()).toBe('business-decisions');
  await row.getByTestId('triage-confirm').click();
  await frame.getByTestId('triage-group-scheduled').waitFor({ timeout: 20_000 });
  expect(await frame.getByTestId('triage-group-scheduled').textContent()).toContain('Eingeplant für');
});

it('assembles the agenda, adds and reorders items by keyboard, saves and publishes it', async () => {
  await frame.getByTestId('rt-nav-overview').click();
  await frame.getByTestId('upcoming-dates').getByRole('button').first().click();
  await frame.getByTestId('assemble-agenda').click();
  await frame.getByTestId('agenda-editor').waitFor({ timeout: 60_000 });
  expect(await frame.getByTestId('agenda-section-business-decisions').textContent()).toContain('Opt-in rate drops after the consent change');

  const ideas = frame.getByTestId('manual-form-ideas');
  for (const title of ['Loyalty pilot with the café chain', 'Win-back campaign for lapsed members']) {
    await ideas.getByRole('textbox').first().fill(title);
    await ideas.getByRole('button', { name: 'Punkt hinzufügen' }).click();
  }
  const ideaTitles = () => frame.getByTestId('agenda-section-ideas').locator('li[data-item-title]').evaluateAll((items) => items.map((i) => i.getAttribute('data-item-title')));
  const before = await ideaTitles();
  expect(before.slice(-2)).toEqual(['Loyalty pilot with the café chain', 'Win-back campaign for lapsed members']);
  await frame.locator('li[data-item-title="Win-back campaign for lapsed members"]').focus();
  await shell.page.keyboard.press('Alt+ArrowUp');
  expect((await ideaTitles()).slice(-2)).toEqual(['Win-back campaign for lapsed members', 'Loyalty pilot with the café chain']);
  expect(await frame.getByTestId('meeting-notice').textContent()).toMatch(/„Win-back campaign for lapsed members“ ist jetzt Punkt \d+ von \d+\./);

  await frame.getByTestId('agenda-save').click();
  await frame.getByTestId('meeting-notice').filter({ hasText: 'Tagesordnung gespeichert.' }).waitFor({ timeout: 20_000 });
  await frame.getByTestId('publish-agenda').click();
  await frame.getByTestId('meeting-notice').filter({ hasText: 'Die Tagesordnung wird in Confluence veröffentlicht.' }).waitFor({ timeout: 20_000 });
  await shell.local.host.drainQueues();
  await shell.local.host.idle();
  const agenda = shell.local.site.confluence.pages.find((p) => p.status === 'current' && p.title.endsWith('Tagesordnung'));
  expect(agenda?.body).toContain('Win-back campaign for lapsed members');
});

it('records a decision with owner and due date, creates its follow-up issue and publishes the minutes', async () => {
  await frame.getByTestId('mode-minutes').click();
  const item = frame.locator('[data-testid^="minutes-item-"]', { hasText: 'Win-back campaign for lapsed members' });
  await item.getByRole('button', { name: 'Entscheidung festhalten' }).click();
  await item.getByTestId('decision-text').fill('Run the win-back campaign as a pilot in Q3');
  await item.getByRole('combobox', { name: 'Verantwortliche Person suchen' }).fill('Aylin');
  await item.getByRole('option', { name: /Aylin Demir/ }).click();
  await item.getByTestId('decision-due').fill('2027-09-30');
  await item.getByTestId('decision-save').click();
  const decision = item.locator('[data-testid^="decision-d-"]');
  await decision.waitFor({ timeout: 20_000 });
  expect(await decision.getByTestId('decision-state').textContent()).toBe('Offen');
  expect(await decision.textContent()).toContain('Verantwortlich: Aylin Demir');

  await decision.getByRole('button', { name: 'Folgevorgang anlegen' }).click();
  await decision.getByTestId('follow-up-project').selectOption('EMA');
  await decision.getByTestId('follow-up-type').waitFor();
  await decision.getByTestId('follow-up-save').click();
  await decision.getByTestId('follow-up-issue').waitFor({ timeout: 20_000 });
  const key = (await decision.getByTestId('follow-up-issue').locator('a').textContent()) ?? '';
  expect(key).toMatch(/^EMA-\d+$/);
  const issue = shell.local.site.issues.find((i) => i.key === key);
  expect(issue?.summary).toBe('Run the win-back campaign as a pilot in Q3');

  await frame.getByTestId('publish-minutes').click();
  await frame.getByTestId('meeting-notice').filter({ hasText: 'Das Protokoll wird in Confluence veröffentlicht.' }).waitFor({ timeout: 20_000 });
  const log = await decisionLogPage();
  expect(log).toContain('Run the win-back campaign as a pilot in Q3');
  expect(log).toContain(key);
  expect(log).toMatch(/Offen\s*1\s*Erledigt\s*0/); // the counts
  expect(log).toMatch(/Offen\s*Run the win-back campaign as a pilot in Q3/); // the decision's row starts with its state
});

it('shows the decision done once its follow-up issue is resolved in Jira, in the app and on the published log', async () => {
  const key = shell.local.site.issues.find((i) => i.summary === 'Run the win-back campaign as a pilot in Q3')?.key;
  const done = shell.local.site.statuses.find((s) => s.statusCategory === 'done');
  const response = await shell.local.jira(
    new Request(`${shell.local.host.settings.siteUrl}/rest/api/3/issue/${key}/transitions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transition: { id: done?.id } }) }),
    { kind: 'user', accountId: DEMO_ACCOUNTS.programmeManager },
  );
  expect(response.status).toBe(204);
  await shell.local.host.idle();
  await shell.local.host.drainQueues();

  frame = await openRoundTable();
  await frame.getByTestId('rt-nav-decisions').click();
  const row = frame.locator('[data-testid^="log-row-"]', { hasText: 'Run the win-back campaign' });
  await row.waitFor({ timeout: 20_000 });
  expect(await row.getByTestId('decision-state').textContent()).toBe('Erledigt');
  expect(await frame.getByTestId('log-filter-done').textContent()).toBe('Erledigt (1)');

  await frame.getByTestId('rt-nav-overview').click();
  await frame.getByTestId('meetings-table').getByRole('button').first().click();
  await frame.getByTestId('mode-minutes').click();
  await frame.getByTestId('publish-minutes').click();
  await frame.getByTestId('meeting-notice').filter({ hasText: 'Das Protokoll wird in Confluence veröffentlicht.' }).waitFor({ timeout: 20_000 });
  const log = await decisionLogPage();
  expect(log).toMatch(/Offen\s*0\s*Erledigt\s*1/);
  expect(log).toMatch(/Erledigt\s*Run the win-back campaign as a pilot in Q3/);
});
