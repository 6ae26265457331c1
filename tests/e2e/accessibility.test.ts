/**
 * Accessibility as a gate (issue #12 item 10): axe-core, run inside every app frame of every surface — the programme
 * page's tabs, the project page, the issue view's panels, the bulk-tagging action, the admin page's sections, the
 * Confluence round-table page and the status macro — in English, in German and in the dark theme, finds no serious
 * or critical violation of WCAG 2.2 A/AA.
 */
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/demo';
import { axeAppFrames, formatViolations } from './support/axe';
import { actAs, type DemoShell } from './support/demo-shell';
import { openProgrammeShell } from './support/programme-shell';
import { placeStatusMacro, SURFACES } from './support/surfaces';

jest.setTimeout(120_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openProgrammeShell();
  placeStatusMacro(shell.local);
});
afterAll(async () => {
  await shell?.close();
});

/** Atlassian's personal theme setting, chosen in the shell's header as a user would. */
async function chooseTheme(page: Page, mode: 'light' | 'dark'): Promise<void> {
  await page.selectOption('#theme-switch', mode);
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Switch theme' }).click()]);
}

/** The site admin sees every surface, the admin page too; her Jira language is switched per run. */
function speak(locale: 'en-US' | 'de-DE'): void {
  const admin = shell.local.site.users.find((u) => u.accountId === DEMO_ACCOUNTS.admin);
  if (!admin) throw new Error('the demo has no site admin');
  admin.locale = locale;
}

it('the gate bites: a frame with a nameless button and faint text fails, and the failure says what and where', async () => {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Emily Carter');
  await SURFACES[0]?.open(shell.page, shell.server.url);
  const frame = shell.page.frames().find((f) => f.url().includes('moduleKey=programme-page'));
  await frame?.evaluate(() => {
    const planted = document.createElement('div');
    planted.innerHTML = '<button id="planted-button"></button><p id="planted-text" style="color:#c1c7d0;background:#ffffff">faint words</p>';
    document.body.append(planted);
  });
  const violations = await axeAppFrames(shell.page);
  expect(violations.map((v) => [v.id, v.impact])).toEqual(expect.arrayContaining([['button-name', 'critical'], ['color-contrast', 'serious']]));
  const report = formatViolations(violations);
  expect(report).toContain('button-name (critical) in programme-page:');
  expect(report).toContain('#planted-button');
  expect(report).toMatch(/#planted-text .*faint words[\s\S]*insufficient color contrast/);
});

const RUNS = [
  { name: 'in English', locale: 'en-US', mode: 'light' },
  { name: 'in German', locale: 'de-DE', mode: 'light' },
  { name: 'in the dark theme', locale: 'en-US', mode: 'dark' },
] as const;

describe.each(RUNS)('$name', ({ locale, mode }) => {
  beforeAll(async () => {
    speak(locale);
    await shell.page.goto(shell.server.url);
    await actAs(shell.page, 'Emily Carter');
    await chooseTheme(shell.page, mode);
  });

  it.each(SURFACES.map((surface) => [surface.name, surface] as const))('%s: no serious or critical axe violation', async (_name, surface) => {
    await surface.open(shell.page, shell.server.url);
    if (mode === 'dark') expect(await shell.page.frames().find((f) => f.url().includes('/resources/'))?.evaluate(() => document.documentElement.dataset.colorMode)).toBe('dark');
    expect(formatViolations(await axeAppFrames(shell.page))).toBe('');
  });
});
