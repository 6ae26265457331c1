/**
 * In a real browser, the programme manager (English) shares what she sees: a filtered view is in the page's address
 * and reloads to the same view; back restores the filter before; the conflicts count lists the conflicts; the list
 * exports to CSV with the rows on screen, and to an Excel file that opens.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import Papa from 'papaparse';
import type { FrameLocator } from 'playwright-core';
import { DEMO_FACTS } from '../../local/demo';
import { actAs, type DemoShell } from './support/demo-shell';
import { openProgrammeShell } from './support/programme-shell';

jest.setTimeout(120_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openProgrammeShell();
  await shell.page.goto(shell.server.url);
  await actAs(shell.page, 'Emily Carter');
});
afterAll(async () => {
  await shell?.close();
});

const frameOf = (): FrameLocator => shell.page.frameLocator('iframe[title="Programme"]');

async function open(path = ''): Promise<FrameLocator> {
  await shell.page.goto(`${shell.server.url}/jira/apps/programme-page${path}`);
  const frame = frameOf();
  await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  return frame;
}

async function rowNames(frame: FrameLocator): Promise<string[]> {
  await frame.getByTestId('dependency-list').waitFor();
  return frame.locator('[data-testid^="row-"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
}

/** The entries of a zip archive (an .xlsx is one), read by its central directory. */
function unzip(bytes: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + skip;
  }
  return files;
}

describe('a shared view', () => {
  it('reloads a filtered address (conflicts, one stream, the list) to the same view', async () => {
    const frame = await open('/list?status=conflict&stream=com');
    const names = await rowNames(frame);
    const expected = DEMO_FACTS.conflicts.filter((c) => /^COM-/.test(c.blocker) || /^COM-/.test(c.blocked));
    expect(names).toHaveLength(expected.length);
    expect(names.every((name) => /: conflict/i.test(name))).toBe(true);
    expect(await frame.getByRole('tab', { selected: true }).textContent()).toMatch(/^Dependencies/);
    await shell.page.reload();
    expect(await rowNames(frameOf())).toEqual(names);
  });

  it('puts a changed filter in the address, and back restores the one before', async () => {
    const frame = await open('/list?status=conflict');
    const conflicts = await rowNames(frame);
    await frame.getByTestId('count.atRisk.button').click();
    await shell.page.waitForURL(/status=at-risk/);
    const atRisk = await rowNames(frame);
    expect(atRisk.every((name) => /: at risk/i.test(name))).toBe(true);
    await shell.page.goBack();
    await shell.page.waitForURL(/status=conflict/);
    await frame.getByTestId('count.conflicts.button').and(frame.locator('[aria-pressed="true"]')).waitFor();
    expect(await rowNames(frame)).toEqual(conflicts);
  });

  it('opens the list of conflicts from the conflicts count, which is then pressed', async () => {
    const frame = await open();
    await frame.getByTestId('count.conflicts.button').click();
    const names = await rowNames(frame);
    expect(names).toHaveLength(DEMO_FACTS.conflicts.length);
    expect(names.every((name) => /: conflict/i.test(name))).toBe(true);
    expect(await frame.getByTestId('count.conflicts.button').getAttribute('aria-pressed')).toBe('true');
    expect(await frame.getByTestId('count.dependencies.button').getAttribute('aria-pressed')).toBe('false');
  });
});

describe('the export', () => {
  it('downloads a CSV whose rows are the list\'s rows, in its order', async () => {
    const frame = await open('/list?status=conflict');
    const names = await rowNames(frame);
    const [download] = await Promise.all([shell.page.waitForEvent('download'), frame.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^programme-dependencies-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = Papa.parse<string[]>(text.trim()).data;
    expect(header?.slice(0, 2)).toEqual(['Blocker key', 'Blocker summary']);
    expect(rows.map((row) => `${row[0]} blocks ${row[4]}`)).toEqual(names.map((name) => name.split(':')[0]));
    expect(rows.every((row) => row[8] === 'Conflict' && Number(row[9]) > 0)).toBe(true);
  });

  it('downloads an Excel workbook that opens with the same rows', async () => {
    const frame = await open('/list?status=conflict');
    const names = await rowNames(frame);
    const [download] = await Promise.all([shell.page.waitForEvent('download'), frame.getByRole('button', { name: 'Export Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^programme-dependencies-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const files = unzip(readFileSync(await download.path()));
    const sheet = [...files.entries()].find(([name]) => /^xl\/worksheets\/sheet1\.xml$/.test(name))?.[1] ?? '';
    const strings = files.get('xl/sharedStrings.xml') ?? '';
    expect(sheet.match(/<row /g)?.length).toBe(names.length + 1);
    for (const name of names) expect(`${strings}${sheet}`).toContain(name.split(' ')[0] as string);
  });
});

describe('the Coverage tab', () => {
  it('follows the stream filter and says so', async () => {
    const frame = await open('/coverage');
    await frame.getByTestId('coverage-heatmap').waitFor({ timeout: 20_000 });
    const all = await frame.locator('[data-testid^="heat-"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-testid') ?? ''));
    expect(all.some((id) => !id.startsWith('heat-com-'))).toBe(true);
    expect(await frame.getByTestId('coverage-filter').textContent()).toMatch(/whole programme/);
    await frame.locator('#filter-stream').click();
    await frame.getByRole('option', { name: 'Customer Communication & Campaign Orchestration' }).click();
    await shell.page.waitForURL(/stream=com/);
    await frame.getByTestId('coverage-filter').filter({ hasText: 'stream Customer Communication' }).waitFor();
    const narrowed = await frame.locator('[data-testid^="heat-"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-testid') ?? ''));
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((id) => id.startsWith('heat-com-'))).toBe(true);
  });
});

describe('printing', () => {
  it('prints the timeline and the matrix under the programme, the filter and the snapshot time, without the controls', async () => {
    // The print dialog is the browser's own: note the call instead of opening it.
    await shell.page.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
    const frame = await open('/list?status=conflict');
    await frame.getByRole('button', { name: 'Print' }).click();
    const layout = frame.getByTestId('print-layout');
    await layout.waitFor({ state: 'attached' });
    await shell.page.emulateMedia({ media: 'print' });
    const pages = layout.locator(':scope > section');
    expect(await pages.count()).toBe(2);
    expect(await pages.nth(0).getByTestId('timeline').isVisible()).toBe(true);
    expect(await pages.nth(1).getByRole('heading', { name: 'Stream matrix' }).isVisible()).toBe(true);
    expect(await pages.nth(0).textContent()).toContain('Filter: status Conflict');
    expect(await pages.nth(0).textContent()).toMatch(/Snapshot: /);
    expect(await frame.getByRole('tablist').isVisible()).toBe(false);
    expect(await frame.getByRole('button', { name: 'Export CSV' }).isVisible()).toBe(false);
    expect(await layout.locator('button:visible').count()).toBe(0);
    const printed = await shell.page.frameLocator('iframe[title="Programme"]').locator('body').evaluate(() => (window as unknown as { printed?: number }).printed);
    expect(printed).toBe(1);
    await shell.page.emulateMedia({ media: 'screen' });
  });
});
