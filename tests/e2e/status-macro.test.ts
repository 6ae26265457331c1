/**
 * In a real browser, in the local site's Confluence space: the sponsor (German UI) opens the programme's home page,
 * chooses Edit → Insert Programme status, picks the e-mail marketing stream in the macro's configuration view with
 * the keyboard and saves; the page then shows the live roll-up of that stream. A story of the stream is resolved in
 * Jira, the snapshot takes the change in, and a reload shows the new figures.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import { actAs, type DemoShell } from './support/demo-shell';
import { openProgrammeShell } from './support/programme-shell';

jest.setTimeout(120_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openProgrammeShell();
  // Given an admin has set up the demo's streams, and the snapshot has been built once.
});
afterAll(async () => {
  await shell?.close();
});

const HOME = '/wiki/spaces/PROG/pages/98306';
const macroFrame = (): FrameLocator => shell.page.frameLocator('.forge-macro iframe');

/** "12 erledigt · 5 in Arbeit · 9 offen" → 12 */
async function doneCount(frame: FrameLocator): Promise<number> {
  const text = (await frame.getByTestId('macro-progress').textContent()) ?? '';
  const match = /(\d+) erledigt ·/.exec(text);
  if (!match) throw new Error(`no done count in "${text}"`);
  return Number(match[1]);
}

it('a sponsor adds the status macro to a page and sees the live roll-up, which follows Jira', async () => {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Dr. Michael Richter');
  await shell.page.goto(shell.server.url + HOME);

  // Edit → Insert Programme status, by keyboard.
  await shell.page.locator('summary', { hasText: 'Edit' }).focus();
  await shell.page.keyboard.press('Enter');
  const insert = shell.page.getByRole('link', { name: 'Insert Programme status' });
  await insert.focus();
  await Promise.all([shell.page.waitForURL(/\/macro\?module=programme-status/), shell.page.keyboard.press('Enter')]);

  const config = shell.page.frameLocator('iframe[data-macro-config]');
  await config.getByRole('radio', { name: 'Einen Stream' }).check();
  await config.getByLabel('Stream', { exact: true }).selectOption('ema');
  await Promise.all([shell.page.waitForURL((url) => url.pathname === HOME), config.getByRole('button', { name: 'Speichern' }).click()]);

  const frame = macroFrame();
  await frame.getByTestId('macro-title').waitFor();
  expect(await frame.getByTestId('macro-title').textContent()).toBe('E-Mail Marketing Next Level & Marketing Automation');
  expect(await frame.getByTestId('macro-health').getAttribute('data-health')).toMatch(/^(on-track|at-risk|off-track)$/);
  expect(await frame.getByRole('progressbar').getAttribute('aria-label')).toMatch(/^\d+ % erledigt$/);
  expect(await frame.getByTestId('macro-dependencies').textContent()).toMatch(/^\d+ insgesamt · \d+ im Konflikt · \d+ gefährdet$/);
  expect(await frame.getByRole('button', { name: 'Programm in Jira öffnen' }).isVisible()).toBe(true);
  const before = await doneCount(frame);

  // A story of the stream is resolved in Jira by a person; the event patches the snapshot.
  const epicKeys = new Set(shell.local.site.issues.filter((i) => i.projectKey === 'EMA' && i.issueType === 'Epic').map((i) => i.key));
  const story = shell.local.site.issues.find((i) => i.projectKey === 'EMA' && i.parentKey !== undefined && epicKeys.has(i.parentKey) && i.statusCategory !== 'done');
  if (!story) throw new Error('the demo lacks an open EMA story under an epic');
  const done = shell.local.site.statuses.find((s) => s.name === 'Done');
  const response = await shell.local.jira(
    new Request(`${shell.local.host.settings.siteUrl}/rest/api/3/issue/${story.key}/transitions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transition: { id: done?.id } }) }),
    { kind: 'user', accountId: DEMO_ACCOUNTS.admin },
  );
  expect(response.status).toBe(204);
  await shell.local.host.idle();
  await shell.local.host.drainQueues();

  await shell.page.reload();
  await macroFrame().getByTestId('macro-progress').waitFor();
  expect(await doneCount(macroFrame())).toBe(before + 1);
});
