/**
 * In a real browser: the issue view's dependency panel, once an admin has saved the settings and the snapshot is
 * built — the conflict of the demo epic EMA-3 with its overlap, what waits on it, a story that shows its epic's
 * dependencies, an end in a project the viewer cannot browse, counted but not named, and the dependencies within
 * the epic's own stream grouped apart from those across streams.
 */
import type { FrameLocator } from 'playwright-core';
import { buildDemoSite, DEMO_ACCOUNTS, DEMO_FACTS } from '../../local/demo';
import type { ResolverResult } from '../../src/contract/errors';
import type { SettingsView } from '../../src/contract/programme';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(90_000);

const demo = buildDemoSite();
const conflict = DEMO_FACTS.conflicts.find((c) => c.blocked === 'EMA-3');
if (!conflict) throw new Error('the demo facts name a conflict of EMA-3');
const waitingOnEma3 = demo.links.find((l) => l.type === 'Blocks' && l.outwardKey === 'EMA-3' && !l.inwardKey.startsWith('EMA-'))?.inwardKey;
const storyOfEma3 = demo.issues.find((i) => i.parentKey === 'EMA-3')?.key;
// EMA-6 waits on MI-5 (the cycle); the team member cannot browse MI.
const hiddenBlocker = DEMO_FACTS.conflicts.find((c) => c.blocked === 'EMA-6' && c.blocker.startsWith('MI-'));

let shell: DemoShell;
beforeAll(async () => {
  shell = await openDemoShell();
  // The admin saves one stream per stream project (not the IT-operations one); the save queues the snapshot build.
  const invoke = async <T,>(resolverKey: string, payload: unknown) => {
    const result = await shell.local.host.invokeResolver<ResolverResult<T>>({
      functionKey: 'admin-resolver', resolverKey, payload, accountId: DEMO_ACCOUNTS.admin, context: { moduleKey: 'programme-settings', extension: { type: 'jira:adminPage' } },
    });
    if (!result.ok || !result.value.ok) throw new Error(`settings: ${JSON.stringify(result)}`);
    return result.value.data;
  };
  const view = await invoke<SettingsView>('settings/get', {});
  const { version, ...rest } = view.settings;
  const streams = view.projects
    .filter((p) => DEMO_FACTS.streamKeys.includes(p.key))
    .map((p, i) => ({ id: p.key.toLowerCase(), name: p.name, jql: `project = ${p.key}`, ownerAccountId: null, colour: ['#0c66e4', '#1f845a', '#c9372c', '#6e5dc6', '#b38600', '#227d9b'][i] }));
  await invoke('settings/save', { expectedVersion: version, settings: { ...rest, streams } });
  await shell.local.host.drainQueues();
  await shell.local.host.idle();
  await shell.page.goto(shell.server.url);
});
afterAll(async () => {
  await shell?.close();
});

async function openPanel(issueKey: string): Promise<FrameLocator> {
  await shell.page.goto(`${shell.server.url}/jira/browse/${issueKey}`);
  const frame = shell.page.frameLocator('iframe[title="Dependencies"]');
  await frame.getByTestId('panel-subject').waitFor({ timeout: 20_000 });
  return frame;
}

it('shows the team member what EMA-3 waits on, with the conflict’s overlap, and what waits on it', async () => {
  await actAs(shell.page, 'Lena Schulz');
  const frame = await openPanel('EMA-3');
  const blocker = frame.getByTestId('scope-across').getByTestId('waits-on').getByTestId(`dependency-${conflict.blocker}`);
  await blocker.waitFor();
  expect(await blocker.getAttribute('data-status')).toBe('conflict');
  expect(await blocker.getByTestId('dependency-status').textContent()).toBe(`Conflict: ${conflict.overlapDays} days overlap`);
  const blockerIssue = demo.issues.find((i) => i.key === conflict.blocker);
  expect(await blocker.textContent()).toContain(blockerIssue?.summary);
  // Dates as the user's language writes them, never ISO: the demo's DATA-2 runs from 2026-04-01 to 2026-12-18.
  expect([blockerIssue?.startDate, blockerIssue?.dueDate]).toEqual(['2026-04-01', '2026-12-18']);
  expect(await blocker.getByTestId('dependency-dates').textContent()).toBe('1 Apr 2026 → 18 Dec 2026');
  expect(await blocker.getByTestId('dependency-stream').textContent()).toBe(demo.projects.find((p) => p.key === conflict.blocker.split('-')[0])?.name);

  await frame.getByTestId('scope-across').getByTestId('waited-on-by').getByTestId(`dependency-${waitingOnEma3}`).waitFor();
  expect(await frame.getByTestId('as-of').textContent()).toMatch(/^As of /);
  expect(await frame.getByRole('link', { name: 'Open in programme page' }).count()).toBe(1);
});

it('shows a story its epic’s dependencies, saying which epic', async () => {
  const frame = await openPanel(storyOfEma3 ?? 'EMA-21');
  expect(await frame.getByTestId('panel-subject').textContent()).toContain('Via epic EMA-3');
  await frame.getByTestId('waits-on').getByTestId(`dependency-${conflict.blocker}`).waitFor();
});

it('counts an end the team member may not browse without naming it', async () => {
  expect(hiddenBlocker).toBeDefined();
  const frame = await openPanel('EMA-6');
  const hidden = frame.getByTestId('scope-across').getByTestId('waits-on').getByTestId('dependency-hidden');
  await hidden.first().waitFor();
  expect(await hidden.first().textContent()).toContain('Hidden issue (no access)');
  expect(await frame.locator('body').textContent()).not.toContain(hiddenBlocker?.blocker);
});

it('groups the dependencies within the epic’s stream apart from those across streams, each under its heading', async () => {
  const [same] = DEMO_FACTS.sameStream;
  const external = DEMO_FACTS.external.find((e) => e.blocked === same?.blocked);
  if (!same || !external) throw new Error('the demo names a same-stream dependency and one outside every stream');
  const streamName = demo.projects.find((p) => p.key === same.blocked.split('-')[0])?.name ?? '';
  const frame = await openPanel(same.blocked);
  const within = frame.getByTestId('scope-within');
  await within.getByTestId('waits-on').getByTestId(`dependency-${same.blocker}`).waitFor();
  await within.getByRole('heading', { name: `Within ${streamName} (1)` }).waitFor();
  expect(await within.getByTestId(`dependency-${same.blocker}`).getByTestId('dependency-status').textContent()).toMatch(/^OK: \d+ days? slack$/);
  const across = frame.getByTestId('scope-across');
  await across.getByRole('heading', { name: /^Across streams \(\d+\)$/ }).waitFor();
  await across.getByTestId(`dependency-${external.blocker}`).waitFor();
  expect(await across.getByTestId(`dependency-${same.blocker}`).count()).toBe(0);
  expect(await within.getByTestId(`dependency-${external.blocker}`).count()).toBe(0);
  // Keyboard: Tab reaches the same-stream blocker's link.
  const link = within.getByRole('link', { name: same.blocker });
  await link.focus();
  expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
});

it('shows the programme manager the same conflict in German', async () => {
  await actAs(shell.page, 'Katrin Hoffmann');
  const frame = await openPanel('EMA-3');
  const blocker = frame.getByTestId(`dependency-${conflict.blocker}`);
  await blocker.waitFor();
  expect(await blocker.getByTestId('dependency-status').textContent()).toBe(`Konflikt: ${conflict.overlapDays} Tage Überschneidung`);
  await frame.getByTestId('scope-across').getByRole('heading', { name: /^Wartet auf/ }).waitFor();
  await frame.getByRole('heading', { name: /^Stream-übergreifend \(\d+\)$/ }).waitFor();
});

it('opens the programme page focused on the epic from the panel', async () => {
  const frame = await openPanel(storyOfEma3 ?? 'EMA-21');
  await Promise.all([
    shell.page.waitForURL(/\/jira\/apps\/programme-page\/focus\/EMA-3$/, { timeout: 20_000 }),
    frame.getByRole('link', { name: 'Auf der Programmseite öffnen' }).click(),
  ]);
  // The page reads the module path back through view.createHistory() and filters to the epic.
  const page = shell.page.frameLocator('iframe.app-frame');
  await page.getByText('Abhängigkeiten von EMA-3').first().waitFor({ timeout: 20_000 });
});
