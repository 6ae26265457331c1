/**
 * In a real browser, on the admin page: a Jira admin renames a touchpoint and an EMA issue tagged with it shows the
 * new label in its journey panel while the issue itself is not rewritten; a term moves by keyboard; a use-case CSV
 * with one bad row imports nothing and names the row; the programme manager, no Jira admin, sees the refusal.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_ACCOUNTS, buildDemoSite } from '../../local/demo';
import type { ResolverResult } from '../../src/contract/errors';
import type { UseCaseCatalogueView } from '../../src/contract/journey';
import { JOURNEY_PROPERTY_KEY } from '../../src/domain';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(90_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openDemoShell();
});
afterAll(async () => {
  await shell?.close();
});

const demo = buildDemoSite();
const touchpointsOf = (issue: (typeof demo.issues)[number]) => (issue.properties[JOURNEY_PROPERTY_KEY] as { touchpoint?: string[] } | undefined)?.touchpoint ?? [];
const websiteIssue = demo.issues.find((i) => i.projectKey === 'EMA' && touchpointsOf(i).includes('website'));
if (!websiteIssue) throw new Error('the demo needs an EMA issue tagged with the touchpoint "website"');

/** Jira as the admin sees it, through the shell's product route: the stored tags and the issue's `updated`. */
async function storedIssue(key: string): Promise<{ property: string; updated: string }> {
  const get = async (restPath: string) => {
    const response = await fetch(`${shell.server.url}/api/product/jira`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accountId: DEMO_ACCOUNTS.admin, restPath, method: 'GET', headers: {}, body: null }),
    });
    const answer = (await response.json()) as { status: number; body: string };
    if (answer.status !== 200) throw new Error(`${restPath}: ${answer.status} ${answer.body}`);
    return JSON.parse(answer.body) as Record<string, unknown>;
  };
  const property = await get(`/rest/api/3/issue/${key}/properties/${JOURNEY_PROPERTY_KEY}`);
  const issue = (await get(`/rest/api/3/issue/${key}?fields=updated`)) as { fields: { updated: string } };
  return { property: JSON.stringify(property.value), updated: issue.fields.updated };
}

async function catalogue(): Promise<UseCaseCatalogueView> {
  const result = await shell.local.host.invokeResolver<ResolverResult<UseCaseCatalogueView>>({
    functionKey: 'resolver',
    resolverKey: 'use-cases/list',
    payload: {},
    accountId: DEMO_ACCOUNTS.admin,
    context: { moduleKey: 'journey-panel', extension: { type: 'jira:issuePanel' } },
  });
  if (!result.ok || !result.value.ok) throw new Error(`use-cases/list failed: ${JSON.stringify(result)}`);
  return result.value.data;
}

async function openAdminTab(tab: string): Promise<FrameLocator> {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-settings`);
  const frame = shell.page.frameLocator('iframe[title="Programme settings"]');
  await frame.getByRole('tab', { name: tab }).click({ timeout: 20_000 });
  return frame;
}

it('renames a touchpoint; the tagged issue shows the new label and is not rewritten', async () => {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Emily Carter');
  const before = await storedIssue(websiteIssue.key);

  const frame = await openAdminTab('Journey taxonomy');
  const row = frame.getByTestId('term-touchpoint-website');
  await row.getByRole('button', { name: 'Rename Website' }).click();
  const english = row.getByLabel('English label');
  // A label another touchpoint has is refused at the field, and what was typed stays.
  await english.fill('App');
  await row.getByRole('button', { name: 'Save labels' }).click();
  await frame.getByTestId('rename-touchpoint-website-labels-en-problem').getByText('“App” is already the English label of another term in Touchpoints').waitFor();
  expect(await english.inputValue()).toBe('App');

  await english.fill('Web shop');
  await row.getByRole('button', { name: 'Save labels' }).click();
  await frame.getByTestId('taxonomy-status').getByText('Saved: “Web shop” renamed.').waitFor({ timeout: 20_000 });
  expect(await frame.getByTestId('label-en-touchpoint-website').textContent()).toBe('Web shop');

  await shell.page.goto(`${shell.server.url}/jira/browse/${websiteIssue.key}`);
  const tag = shell.page.frameLocator('iframe[title="Customer journey"]').getByTestId('tag-touchpoint-website');
  await tag.waitFor({ timeout: 20_000 });
  expect((await tag.textContent())?.trim()).toContain('Web shop');
  expect(await storedIssue(websiteIssue.key)).toEqual(before);
});

it('moves a term by keyboard and keeps the focus on it', async () => {
  const frame = await openAdminTab('Journey taxonomy');
  const section = frame.getByTestId('dimension-channel');
  const labels = () => section.locator('[data-testid^="label-en-channel-"]').allTextContents();
  const order = await labels();
  const moveUp = frame.getByTestId('move-up-channel-email');
  await moveUp.focus();
  await shell.page.keyboard.press('Enter');
  await frame.getByTestId('taxonomy-status').getByText('new order of Channels', { exact: false }).waitFor({ timeout: 20_000 });
  const at = order.indexOf('E-mail');
  expect(await labels()).toEqual([...order.slice(0, at - 1), 'E-mail', order[at - 1], ...order.slice(at + 1)]);
  expect(await moveUp.evaluate((element) => element === document.activeElement)).toBe(true);
});

it('imports nothing from a CSV with one bad row and names the row and column', async () => {
  const stored = await catalogue();
  const frame = await openAdminTab('Use cases');
  await frame.getByTestId('csv-columns').getByText('lifecycleStage').waitFor({ timeout: 20_000 });
  const csv = [
    'id;title;lifecycleStage;touchpoints;channels',
    'UC-901;Begrüßungsstrecke für Neukunden;set-up;website|app;email',
    'UC-902;Warenkorb-Erinnerung;nirgendwo;website;email',
    'UC-903;Treuepunkte-Übersicht;usage;loyalty-programme;push',
  ].join('\n');
  await frame.getByLabel('Or paste the CSV text').fill(csv);
  await frame.getByTestId('import-preview').getByText('3 use-case rows, separated by “;”.').waitFor();
  await frame.getByRole('button', { name: 'Import 3 rows' }).click();

  const report = frame.getByTestId('import-report');
  await report.getByText('Nothing was imported.').waitFor({ timeout: 20_000 });
  const rows = report.locator('tbody tr');
  expect(await rows.count()).toBe(1);
  expect(await frame.getByTestId('import-problem-row-3').locator('th').textContent()).toBe('Row 3');
  expect(await frame.getByTestId('import-problem-row-3').locator('td').first().textContent()).toBe('lifecycleStage');
  expect(await frame.getByTestId('import-problem-row-3').textContent()).toContain('“nirgendwo” in lifecycleStage is not a term of Lifecycle stages');

  const after = await catalogue();
  expect(after.version).toBe(stored.version);
  expect(after.useCases.map((u) => u.id)).toEqual(stored.useCases.map((u) => u.id));
  expect(await frame.getByTestId('use-case-UC-901').count()).toBe(0);
});

it('shows the programme manager, who is no Jira admin, the server’s refusal and nothing to edit', async () => {
  await actAs(shell.page, 'Katrin Hoffmann');
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-settings`);
  await shell.page.getByText("You don't have access to this page").waitFor({ timeout: 10_000 });
  // Reaching the frame anyway (as a crafted request would): the admin function refuses, and the page says so.
  await shell.page.goto(`${shell.server.url}/resources/main/?moduleKey=programme-settings&localId=programme-settings-page`);
  const refusal = shell.page.getByTestId('admin-required');
  await refusal.waitFor({ timeout: 20_000 });
  expect(await refusal.textContent()).toContain('Nur Jira-Administratoren können diese Einstellungen ändern');
  expect(await shell.page.getByTestId('admin-scope').textContent()).toContain('Journey-Taxonomie und den Use-Case-Katalog');
  expect(await shell.page.getByRole('tab').count()).toBe(0);
  expect(await shell.page.getByRole('textbox').count()).toBe(0);
});
