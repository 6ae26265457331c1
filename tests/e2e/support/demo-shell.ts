import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildDemoSite } from '../../../local/demo';
import { emptyKvsState } from '../../../local/kvs';
import { startSiteServer, type RunningSiteServer } from '../../../local/server';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import { launchBrowser } from './browser';

export const APP_DIR = resolve(__dirname, '../../..');

export interface DemoShell {
  local: LocalSite;
  server: RunningSiteServer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** The demo site served on an ephemeral port (nothing persisted), with a fresh browser page. Needs `npm run build:ui` first. */
export async function openDemoShell(): Promise<DemoShell> {
  const local = await createLocalSite({ appDir: APP_DIR, site: buildDemoSite(), kvsState: emptyKvsState() });
  const server = await startSiteServer({ local, appDir: APP_DIR, port: 0 });
  const browser = await launchBrowser();
  const page = await browser.newPage();
  return {
    local,
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.close();
      await local.close();
    },
  };
}

/** Picks a person in the shell's "Acting as" switcher, the way a user would. */
export async function actAs(page: Page, displayName: string): Promise<void> {
  const option = page.locator('#user-switch option', { hasText: displayName });
  const accountId = await option.getAttribute('value');
  if (!accountId) throw new Error(`no user ${displayName} in the switcher`);
  await page.selectOption('#user-switch', accountId);
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Switch user' }).click()]);
}
