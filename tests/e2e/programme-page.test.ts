/**
 * In a real browser: the programme manager opens the programme page (in German, her language), sees the demo's
 * conflicts with their overlap, the cycle, and the matrix; she creates a dependency and sees it appear. A team
 * member who cannot browse MI sees MI items hidden and counted, never named.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_FACTS } from '../../local/demo';
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

/** The user switcher lives on every shell page; start from the home page. */
async function switchTo(displayName: string): Promise<void> {
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, displayName);
}

async function openProgramme(query = ''): Promise<FrameLocator> {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page${query}`);
  const frame = shell.page.frameLocator('iframe[title="Programme"]');
  await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  return frame;
}

/** A dependency's arrow or row, found as a screen reader names it: ids are opaque and name no issue. */
const named = (frame: FrameLocator, kind: 'arrow' | 'row', blocker: string, blocked: string) => frame.locator(`[data-testid^="${kind}-"][aria-label^="${blocker} blockiert ${blocked}:"]`);

const worst = DEMO_FACTS.conflicts.find((c) => c.blocker === 'DATA-2' && c.blocked === 'COM-2');
if (!worst) throw new Error('the demo facts name the DATA-2 → COM-2 conflict');

describe('the programme manager (German)', () => {
  let frame: FrameLocator;
  beforeAll(async () => {
    await switchTo('Katrin Hoffmann');
    frame = await openProgramme();
  });

  it('may rebuild the programme now: she is one of its programme managers', async () => {
    expect(await frame.getByRole('button', { name: 'Jetzt aktualisieren' }).count()).toBe(1);
  });

  it('sees the conflicts counted and drawn in red with the overlap, named for screen readers', async () => {
    expect(await frame.getByTestId('count.conflicts').textContent()).toBe(String(DEMO_FACTS.conflicts.length));
    expect(await frame.getByTestId('count.cycles').textContent()).toBe('1');
    const arrow = named(frame, 'arrow', worst.blocker, worst.blocked);
    expect(await arrow.getAttribute('aria-label')).toBe(`DATA-2 blockiert COM-2: Konflikt, ${worst.overlapDays} Tage Überschneidung`);
    expect(await arrow.getAttribute('data-status')).toBe('conflict');
    expect(await arrow.textContent()).toContain(`${worst.overlapDays} Tage Überschneidung`);
  });

  it('finds the cycle listed as a circle of its three epics', async () => {
    const cycle = (await frame.getByTestId('cycle').textContent()) ?? '';
    for (const key of DEMO_FACTS.cycle) expect(cycle).toContain(key);
    expect(cycle.split('→').length).toBe(DEMO_FACTS.cycle.length + 1);
  });

  it('clicks the matrix cell "Communication waits on Data" and gets the list filtered to that pair', async () => {
    await frame.getByRole('tab', { name: 'Matrix' }).click();
    await frame.getByTestId('cell-com-data').click();
    await frame.getByTestId('pair-chip').waitFor();
    const rows = frame.locator('[data-testid^="row-"]');
    const names = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => /^DATA-\d+ blockiert COM-\d+:/.test(name))).toBe(true);
    expect(names[0]?.startsWith(`${worst.blocker} blockiert ${worst.blocked}:`)).toBe(true);
    await frame.getByRole('button', { name: /^Filter entfernen/ }).click();
    expect(await frame.getByTestId('pair-chip').count()).toBe(0);
  });

  /** "Abhängigkeit anlegen" opens the host's dialog; its content is the modal's own frame. */
  async function openCreate(): Promise<FrameLocator> {
    await frame.getByRole('button', { name: 'Abhängigkeit anlegen' }).click();
    await shell.page.getByRole('dialog', { name: 'Abhängigkeit anlegen' }).waitFor({ timeout: 10_000 });
    const modal = shell.page.frameLocator('iframe[data-modal-frame]');
    await modal.locator('#create-blocker').waitFor({ timeout: 15_000 });
    return modal;
  }

  it('creates a dependency between two issues and sees it appear in the list', async () => {
    const [blocker, blocked] = ['LOY-3', 'PRT-3'];
    expect(await named(frame, 'row', blocker, blocked).count()).toBe(0);
    const modal = await openCreate();
    await modal.locator('#create-blocker').fill(blocker.toLowerCase());
    await modal.locator('#create-blocked').fill(blocked);
    await modal.getByRole('button', { name: 'Anlegen', exact: true }).click();
    // The result is a Forge flag: the host page (the shell) draws it, outside the app's frame.
    await shell.page.locator('#local-forge-flags').getByText(`${blocker} blockiert jetzt ${blocked}.`).waitFor({ timeout: 10_000 });
    await frame.getByRole('tab', { name: /^Abhängigkeiten/ }).click();
    await named(frame, 'row', blocker, blocked).waitFor({ timeout: 15_000 });
    expect(shell.local.site.links.some((l) => l.outwardKey === blocker && l.inwardKey === blocked)).toBe(true);
  });

  it('is told in words when a key does not exist', async () => {
    const modal = await openCreate();
    await modal.locator('#create-blocker').fill('DATA-999');
    await modal.locator('#create-blocked').fill('COM-2');
    await modal.getByRole('button', { name: 'Anlegen', exact: true }).click();
    expect(await modal.getByTestId('create-error').textContent({ timeout: 10_000 })).toContain('existiert nicht');
    await modal.getByRole('button', { name: 'Abbrechen' }).click();
    await shell.page.getByRole('dialog', { name: 'Abhängigkeit anlegen' }).waitFor({ state: 'detached', timeout: 5_000 });
  });
});

describe('a team member who cannot browse MI', () => {
  let frame: FrameLocator;
  beforeAll(async () => {
    await switchTo('Lena Schulz');
    frame = await openProgramme();
  });

  it('is offered no "Refresh now": a full rebuild is for those who run the programme', async () => {
    expect(await frame.getByRole('button', { name: 'Refresh now' }).count()).toBe(0);
  });

  it('is told how many items are hidden, and never sees an MI key', async () => {
    expect(await frame.getByTestId('redacted-note').textContent()).toMatch(/^\d+ items in projects you cannot see are hidden\.$/);
    await frame.getByRole('tab', { name: /^Dependencies/ }).click();
    await frame.getByTestId('dependency-list').waitFor();
    expect(await frame.getByTestId('hidden-end').count()).toBeGreaterThan(0);
    expect(await frame.getByText('Hidden issue (no access)').first().isVisible()).toBe(true);
    const page = (await frame.locator('body').textContent()) ?? '';
    expect(page).not.toMatch(/\bMI-\d+\b/);
  });

  it('finds no MI key anywhere in the page, not in an attribute, an id or a link, on any tab', async () => {
    const html: string[] = [];
    for (const tab of [/^Timeline/, /^Matrix/, /^Dependencies/, /^Coverage/]) {
      await frame.getByRole('tab', { name: tab }).click();
      await frame.locator('[role="tabpanel"]:not([hidden])').first().waitFor();
      if (tab.source.includes('Coverage')) await frame.getByTestId('coverage').waitFor({ timeout: 15_000 });
      html.push(await frame.locator('html').evaluate((root) => root.outerHTML));
    }
    const all = html.join('\n');
    expect(all.length).toBeGreaterThan(10_000);
    // As a substring: "DAT-1->MI-4" or "row-MI-4" must not slip through either.
    expect(all).not.toMatch(/MI-\d/);
  });

  it('sees the cycle through an MI epic as long as it is, the MI epic unnamed', async () => {
    await frame.getByRole('tab', { name: /^Timeline/ }).click();
    const cycle = frame.getByTestId('cycle');
    const text = (await cycle.textContent()) ?? '';
    expect(text.split('→').length).toBe(DEMO_FACTS.cycle.length + 1);
    expect(await cycle.getByTestId('chain-hidden').count()).toBeGreaterThan(0);
    expect(text).toContain('hidden epic');
  });
});
