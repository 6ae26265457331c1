/**
 * The UI bench (`npx tsx bench/ui.ts`, and part of `npm run bench`): builds the UI, then opens the programme page of
 * the local demo site in chromium seven times. Prints the gzip size of the JavaScript the page downloads until its
 * first timeline bar is drawn (the entry chunk and the chunks the page imports at first render, as the frame
 * requested them), and the median time from the frame's navigation start to its first timeline bar. Fails (exit 1)
 * above the budget of 300 KB gzip. `UI_BENCH_SKIP_BUILD=1` measures the build already there.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Frame } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../local/demo';
import type { ResolverResult } from '../src/contract/errors';
import { demoSettings, storeSettings } from '../tests/integration/snapshot/support';
import { actAs, openDemoShell } from '../tests/e2e/support/demo-shell';

export const UI_BUDGET = { gzipKB: 300, firstBarMs: 600 };
const LOADS = 7;
const ASSETS = resolve(__dirname, '../static/main/build/assets');
const FIRST_BAR = '[data-testid^="bar-"]';

export interface UiFigures {
  uiGzipKB: number;
  uiChunks: number;
  firstBarMs: number;
  firstBarRunsMs: number[];
  /** The files counted, largest first, with their gzip size in KB. */
  uiFiles: Array<{ file: string; gzipKB: number }>;
}

// Runs in every frame before its scripts: notes the moment the first timeline bar enters the document.
const MARK_FIRST_BAR = `(() => {
  const seen = () => { if (document.querySelector('${FIRST_BAR}')) { window.__firstBarMs = performance.now(); observer.disconnect(); } };
  const observer = new MutationObserver(seen);
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
})();`;

async function programmeFrame(frames: () => Frame[]): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = frames().find((f) => f.url().includes('moduleKey=programme-page'));
    if (frame) return frame;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the programme page frame did not appear');
}

export async function benchUi(): Promise<UiFigures> {
  if (process.env.UI_BENCH_SKIP_BUILD !== '1') execFileSync('npm', ['run', 'build:ui', '--silent'], { stdio: 'inherit', cwd: resolve(__dirname, '..') });
  const shell = await openDemoShell();
  try {
    storeSettings(shell.local.kvsState, demoSettings(shell.local.site));
    const context = { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } };
    const answer = await shell.local.host.invokeResolver<ResolverResult<unknown>>({ functionKey: 'resolver', resolverKey: 'programme/refresh', payload: {}, accountId: DEMO_ACCOUNTS.admin, context });
    if (!answer.ok || !answer.value.ok) throw new Error(`refresh refused: ${JSON.stringify(answer)}`);
    await shell.local.host.drainQueues();
    await shell.local.host.idle();
    await shell.page.goto(shell.server.url);
    await actAs(shell.page, 'Emily Carter');
    await shell.page.addInitScript(MARK_FIRST_BAR);
    const runs: number[] = [];
    let scripts: string[] = [];
    for (let load = 0; load < LOADS; load++) {
      await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`, { waitUntil: 'commit' });
      const frame = await programmeFrame(() => shell.page.frames());
      await frame.waitForSelector(FIRST_BAR, { state: 'attached', timeout: 30_000 });
      runs.push(await frame.evaluate(() => Math.round((window as unknown as { __firstBarMs: number }).__firstBarMs)));
      scripts = await frame.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\.js(\?|$)/.test(name)));
    }
    const files = [...new Set(scripts.map((url) => basename(new URL(url).pathname)))];
    const sizes = files.map((file) => ({ file, bytes: gzipSync(readFileSync(join(ASSETS, file)), { level: 9 }).length })).sort((a, b) => b.bytes - a.bytes);
    const gzipBytes = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const uiFiles = sizes.map(({ file, bytes }) => ({ file, gzipKB: Math.round(bytes / 102.4) / 10 }));
    const sorted = [...runs].sort((a, b) => a - b);
    return { uiGzipKB: Math.round(gzipBytes / 1024), uiChunks: files.length, firstBarMs: sorted[Math.floor(sorted.length / 2)] as number, firstBarRunsMs: runs, uiFiles };
  } finally {
    await shell.close();
  }
}

export function printUi(figures: UiFigures): boolean {
  const withinSize = figures.uiGzipKB <= UI_BUDGET.gzipKB;
  console.log(`Programme page UI: ${figures.uiGzipKB} KB gzip of JavaScript in ${figures.uiChunks} files at first render (budget ${UI_BUDGET.gzipKB} KB)${withinSize ? '' : ' — OVER BUDGET'}`);
  console.log(`  first timeline bar: median ${figures.firstBarMs} ms of ${LOADS} loads (budget ${UI_BUDGET.firstBarMs} ms; runs: ${figures.firstBarRunsMs.join(', ')})`);
  console.log(`  largest: ${figures.uiFiles.slice(0, 5).map(({ file, gzipKB }) => `${file} ${gzipKB} KB`).join(', ')}`);
  return withinSize;
}

if (require.main === module) {
  benchUi()
    .then((figures) => {
      const ok = printUi(figures);
      console.log(JSON.stringify(figures));
      process.exit(ok ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
