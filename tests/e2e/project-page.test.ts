/**
 * In a real browser, the project page: EMA's page draws an arrow for every one of its stream's dependencies (the epics
 * at their other ends come along); a project in no stream says so, offering a Jira admin the programme settings and
 * telling anyone else whom to ask.
 */
import type { FrameLocator } from 'playwright-core';
import { actAs, type DemoShell } from './support/demo-shell';
import { openProgrammeShell } from './support/programme-shell';

jest.setTimeout(120_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openProgrammeShell();
});
afterAll(async () => {
  await shell?.close();
});

async function openProjectPage(displayName: string, projectKey: string, ready: string): Promise<FrameLocator> {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, displayName);
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-project-page?project=${projectKey}`);
  const frame = shell.page.frameLocator('iframe[title="Programme dependencies"]');
  await frame.getByTestId(ready).waitFor({ timeout: 20_000 });
  return frame;
}

it('draws an arrow for every one of EMA’s dependencies, the other streams’ epics included', async () => {
  const frame = await openProjectPage('Emily Carter', 'EMA', 'counts');
  await frame.getByTestId('timeline').waitFor();
  const arrows = await frame.locator('[data-testid="timeline"] [data-testid^="arrow-"]').count();
  await frame.getByRole('tab', { name: /^Dependencies/ }).click();
  await frame.getByTestId('dependency-list').waitFor();
  const rows = frame.locator('[data-testid^="row-"]');
  const names = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(1);
  expect(names.every((name) => /(^EMA-\d+ blocks )|( blocks EMA-\d+:)/.test(name))).toBe(true);
  expect(names.some((name) => !/^EMA-\d+ blocks EMA-\d+:/.test(name))).toBe(true);
  expect(arrows).toBe(names.length);
});

it('tells a Jira admin that OPS is in no stream and opens the programme settings for her', async () => {
  const frame = await openProjectPage('Emily Carter', 'OPS', 'project-outside');
  expect(await frame.getByTestId('state-message').textContent()).toBe('OPS is not part of the programme’s streams.');
  await Promise.all([shell.page.waitForURL(/\/jira\/apps\/programme-settings/, { timeout: 20_000 }), frame.getByRole('button', { name: 'Open the programme settings' }).click()]);
});

it('tells a team member who is no admin whom to ask', async () => {
  const frame = await openProjectPage('Lena Schulz', 'OPS', 'project-outside');
  expect(await frame.getByTestId('project-outside').textContent()).toContain('Ask a Jira admin to add it.');
  expect(await frame.getByRole('button', { name: 'Open the programme settings' }).count()).toBe(0);
});
