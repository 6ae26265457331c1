/**
 * In a real browser: the local shell lists the app's surfaces, switches between people, and shows an issue view
 * with the app's journey panel — in each person's language, and nothing of a project they may not browse.
 */
import type { Locator } from 'playwright-core';
import { buildDemoSite } from '../../local/demo';
import { JOURNEY_PROPERTY_KEY, defaultTaxonomy, findTerm } from '../../src/domain';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(60_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openDemoShell();
});
afterAll(async () => {
  await shell?.close();
});

const demo = buildDemoSite();
const taxonomy = defaultTaxonomy();
// A touchpoint whose German label differs from the English one, so the language switch is visible.
const bilingual = (id: string) => {
  const labels = findTerm(taxonomy, 'touchpoint', id)?.labels;
  return labels !== undefined && labels.en !== labels.de;
};
const touchpointsOf = (issue: (typeof demo.issues)[number]) => (issue.properties[JOURNEY_PROPERTY_KEY] as { touchpoint?: string[] } | undefined)?.touchpoint ?? [];
const taggedEpic = demo.issues.find((i) => i.projectKey === 'EMA' && i.issueType === 'Epic' && touchpointsOf(i).some(bilingual));
if (!taggedEpic) throw new Error('the demo needs an EMA epic with a touchpoint labelled differently in German');
const touchpoint = touchpointsOf(taggedEpic).find(bilingual) as string;
const label = findTerm(taxonomy, 'touchpoint', touchpoint)?.labels;

it('lists every surface of the manifest on the home page', async () => {
  await shell.page.goto(shell.server.url);
  await expectText(shell.page.locator('main'), 'Customer journey');
  await expectText(shell.page.locator('main'), 'journeyTouchpoint');
});

it('shows a team member the issue view with the journey panel in English', async () => {
  await actAs(shell.page, 'Lena Schulz');
  await shell.page.goto(`${shell.server.url}/jira/browse/${taggedEpic.key}`);
  await expectText(shell.page.locator('main'), taggedEpic.summary);
  const panel = shell.page.frameLocator('iframe[title="Customer journey"]');
  const tag = panel.getByTestId(`tag-touchpoint-${touchpoint}`);
  await tag.waitFor({ timeout: 20_000 });
  expect((await tag.textContent())?.trim()).toContain(label?.en);
  expect(await panel.getByTestId('jql-hint').textContent()).toBe(`journeyTouchpoint = ${touchpoint}`);
});

it('shows the programme manager the same tags in German after switching user', async () => {
  await actAs(shell.page, 'Katrin Hoffmann');
  await shell.page.goto(`${shell.server.url}/jira/browse/${taggedEpic.key}`);
  const tag = shell.page.frameLocator('iframe[title="Customer journey"]').getByTestId(`tag-touchpoint-${touchpoint}`);
  await tag.waitFor({ timeout: 20_000 });
  expect((await tag.textContent())?.trim()).toContain(label?.de);
});

it('tells the team member an issue of a project they cannot browse does not exist', async () => {
  await actAs(shell.page, 'Lena Schulz');
  const hidden = demo.issues.find((i) => i.projectKey === 'MI');
  await shell.page.goto(`${shell.server.url}/jira/browse/${hidden?.key}`);
  await expectText(shell.page.locator('main'), 'does not exist or you do not have permission to see it');
  expect(await shell.page.locator('iframe').count()).toBe(0);
});

async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.getByText(text, { exact: false }).first().waitFor({ timeout: 10_000 });
}
