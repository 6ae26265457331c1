/**
 * Every app surface of the demo site, opened as a user would open it and left once its data has loaded: what the
 * accessibility gate checks. Each entry returns nothing; the page is then left showing the surface.
 */
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { DEMO_FACTS } from '../../../local/demo';
import { forgeMacroStorage } from '../../../local/confluence/adf-extension';
import { extensionKeyOf } from '../../../local/server/shell/wiki-macro';
import type { LocalSite } from '../../../local/site/create-local-site';
import { isAppFrame } from './axe';

export interface Surface {
  name: string;
  open(page: Page, base: string): Promise<void>;
}

/** Nothing in any app frame still says it is loading (the shared Loading state, an Atlaskit spinner). */
async function settled(page: Page): Promise<void> {
  const idle = (frame: Frame) =>
    frame.waitForFunction(() => {
      const root = document.getElementById('root');
      const busy = document.querySelector('[role="status"] svg, [data-testid$="spinner"], [aria-busy="true"]');
      return root !== null && root.childElementCount > 0 && busy === null;
    }, undefined, { timeout: 20_000 });
  await page.waitForLoadState('load');
  await Promise.all(page.frames().filter(isAppFrame).map(idle));
  await page.waitForTimeout(150); // a last layout pass (frame resize, focus moves) before axe reads the page
}

/** The global page's frame is titled "Programme", the project page's "Programme dependencies": the shell has one app frame. */
const programme = (page: Page) => page.frameLocator('iframe.app-frame');

async function openProgramme(page: Page, base: string, tab: number, pathAndQuery = '/jira/apps/programme-page'): Promise<FrameLocator> {
  await page.goto(base + pathAndQuery);
  const frame = programme(page);
  // The programme's tabs, or the project page's word that its project is not a stream.
  await frame.locator('[role="tab"], [data-testid="state-message"], [data-testid="project-scope"]').first().waitFor({ timeout: 20_000 });
  if (tab > 0) await frame.getByRole('tab').nth(tab).click();
  await settled(page);
  return frame;
}

const PROGRAMME_TABS = ['timeline', 'matrix', 'dependency list', 'coverage', 'strategy', 'publishing', 'round table'];
const ADMIN_TABS = ['streams and roles', 'journey taxonomy', 'use cases', 'publishing'];
const worst = DEMO_FACTS.conflicts[0];

/** The home page of the demo space, where the status macro is placed for the gate. */
export const MACRO_PAGE = { spaceKey: 'PROG', id: '98306' };

/** Puts the "Programme status" macro (whole programme) on the demo's home page, as the editor would store it. */
export function placeStatusMacro(local: LocalSite): void {
  const page = local.site.confluence.pages.find((p) => p.id === MACRO_PAGE.id);
  if (!page) throw new Error(`the demo has no Confluence page ${MACRO_PAGE.id}`);
  const macro = forgeMacroStorage({ extensionKey: extensionKeyOf(local, 'programme-status'), localId: 'a11y-status-macro', title: 'Programme status', environmentType: local.host.settings.environmentType, config: { kind: 'programme' } });
  if (!page.body.includes('a11y-status-macro')) page.body += macro;
}

export const SURFACES: Surface[] = [
  ...PROGRAMME_TABS.map((tab, index) => ({ name: `programme page: ${tab}`, open: async (page: Page, base: string) => void (await openProgramme(page, base, index)) })),
  {
    name: 'programme page: matrix with a cell chosen',
    async open(page, base) {
      const frame = await openProgramme(page, base, 1);
      await frame.locator('[data-testid^="cell-"]').first().click();
      await frame.getByTestId('pair-chip').waitFor();
      await settled(page);
      // Focus is not lost to the page: it follows to the list's tab, named with the count it shows.
      const focused = await frame.locator(':focus').evaluate((element) => `${element.getAttribute('role')}: ${element.textContent}`);
      if (!/^tab: \D+\(\d+\)$/.test(focused)) throw new Error(`after choosing a matrix cell, focus is on "${focused}", not on the list's tab`);
    },
  },
  { name: 'project page (EMA)', open: async (page, base) => void (await openProgramme(page, base, 0, '/jira/apps/programme-project-page?project=EMA')) },
  {
    name: 'issue view: journey and Dependencies panels',
    async open(page, base) {
      if (!worst) throw new Error('the demo facts name no conflict');
      await page.goto(`${base}/jira/browse/${worst.blocked}`);
      await page.frameLocator('iframe[title="Dependencies"]').locator('#root > *').first().waitFor({ timeout: 20_000 });
      await settled(page);
    },
  },
  {
    name: 'bulk tagging action',
    async open(page, base) {
      await page.goto(`${base}/jira/issues?jql=${encodeURIComponent('project = EMA order by key')}&action=bulk-journey-tags`);
      await page.frameLocator('#navigator-action-frame').locator('#root > *').first().waitFor({ timeout: 20_000 });
      await settled(page);
    },
  },
  ...ADMIN_TABS.map((tab, index) => ({
    name: `admin page: ${tab}`,
    async open(page: Page, base: string) {
      await page.goto(`${base}/jira/apps/programme-settings`);
      const frame = page.frameLocator('iframe[title="Programme settings"]');
      await frame.getByRole('tab').nth(index).click({ timeout: 20_000 });
      await settled(page);
    },
  })),
  {
    name: 'Confluence: round table, bring your topic',
    async open(page, base) {
      await page.goto(`${base}/wiki/apps/round-table-submit`);
      await page.frameLocator('iframe.app-frame').getByRole('heading').first().waitFor({ timeout: 20_000 });
      await settled(page);
    },
  },
  {
    name: 'Confluence: the status macro on a page',
    async open(page, base) {
      await page.goto(`${base}/wiki/spaces/${MACRO_PAGE.spaceKey}/pages/${MACRO_PAGE.id}`);
      await page.frameLocator('.forge-macro iframe').getByTestId('macro-title').waitFor({ timeout: 20_000 });
      await settled(page);
    },
  },
];
