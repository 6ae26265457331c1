/**
 * In a real browser: the programme manager (German) opens the Coverage tab and reads the demo's journey coverage
 * — each heatmap cell shows the count the coverage function gives for the demo data and links to Jira's issue
 * search with the cell's JQL; then she filters the dependency list by a touchpoint and sees it narrow.
 */
import type { FrameLocator } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_USE_CASES } from '../../local/demo';
import type { ResolverResult } from '../../src/contract/errors';
import type { ProgrammeView } from '../../src/contract/programme';
import { computeCoverage, defaultTaxonomy, matchesJourney, NO_JOURNEY_FILTER, type UseCase } from '../../src/domain';
import { CATALOGUE_KEY } from '../../src/services/use-cases/catalogue-store';
import { demoItems } from '../integration/journey-coverage/support';
import { demoSettings, storeSettings } from '../integration/snapshot/support';
import { actAs, openDemoShell, type DemoShell } from './support/demo-shell';

jest.setTimeout(120_000);

let shell: DemoShell;
beforeAll(async () => {
  shell = await openDemoShell();
  // Given an admin has set up the streams and the use-case catalogue, and the snapshot has been built once.
  storeSettings(shell.local.kvsState, demoSettings(shell.local.site));
  shell.local.kvsState.kv[CATALOGUE_KEY] = { value: { version: 1, useCases: DEMO_USE_CASES }, createdAt: 0, updatedAt: 0 };
  await invoke('programme/refresh');
  await shell.local.host.drainQueues();
  await shell.local.host.idle();
});
afterAll(async () => {
  await shell?.close();
});

async function invoke<T>(resolverKey: string): Promise<T> {
  const answer = await shell.local.host.invokeResolver<ResolverResult<T>>({
    functionKey: 'resolver', resolverKey, payload: {}, accountId: DEMO_ACCOUNTS.programmeManager, context: { moduleKey: 'programme-page', extension: { type: 'jira:globalPage' } },
  });
  if (!answer.ok || !answer.value.ok) throw new Error(`${resolverKey} refused: ${JSON.stringify(answer)}`);
  return answer.value.data;
}

const expected = () => computeCoverage(demoItems(shell.local.site), { streams: demoSettings(shell.local.site).streams, taxonomy: defaultTaxonomy(), useCases: DEMO_USE_CASES as unknown as UseCase[] });

describe('the programme manager (German)', () => {
  let frame: FrameLocator;
  beforeAll(async () => {
    await shell.page.goto(shell.server.url);
    await actAs(shell.page, 'Katrin Hoffmann');
    await shell.page.goto(`${shell.server.url}/jira/apps/programme-page`);
    frame = shell.page.frameLocator('iframe[title="Programme"]');
    await frame.getByTestId('counts').waitFor({ timeout: 20_000 });
  });

  it('opens the Coverage tab and sees the heatmap with the demo’s counts', async () => {
    await frame.getByRole('tab', { name: 'Abdeckung' }).click();
    await frame.getByTestId('coverage-heatmap').waitFor({ timeout: 15_000 });
    const report = expected();
    const cells = report.heatmap.flatMap((row) => row.cells.map((cell) => ({ streamId: row.streamId, ...cell })));
    expect(cells.some((cell) => cell.count > 0)).toBe(true);
    for (const cell of cells) {
      const shown = await frame.getByTestId(`heat-${cell.streamId}-${cell.touchpointId}`).locator('strong').textContent();
      expect([cell.streamId, cell.touchpointId, shown]).toEqual([cell.streamId, cell.touchpointId, String(cell.count)]);
    }
    const busiest = [...cells].sort((a, b) => b.count - a.count)[0];
    if (!busiest) throw new Error('no cells');
    // The cell has no aria-label: its name is its text, the pair read out before what it shows (WCAG 2.5.3).
    const link = frame.getByTestId(`heat-${busiest.streamId}-${busiest.touchpointId}`);
    expect(await link.getAttribute('aria-label')).toBeNull();
    expect(await link.textContent()).toMatch(new RegExp(`^[^:]+, [^:]+: ${busiest.count} \\d+ % erledigt\\. In der Jira-Vorgangssuche öffnen$`));
    expect(await frame.getByTestId('coverage-use-cases').textContent()).toContain(report.useCasesWithoutWork[0]?.id ?? 'none');
  });

  it('follows a cell’s link to Jira’s issue search with the cell’s JQL', async () => {
    const report = expected();
    const row = report.heatmap.find((r) => r.cells.some((c) => c.count > 0 && c.jql.includes('parent in')));
    const cell = row?.cells.find((c) => c.count > 0 && c.jql.includes('parent in'));
    if (!row || !cell) throw new Error('the demo has no cell with inherited tags');
    const href = (await frame.getByTestId(`heat-${row.streamId}-${cell.touchpointId}`).getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(url.pathname).toBe('/issues/');
    expect(url.searchParams.get('jql')).toBe(cell.jql);
  });

  it('filters the dependency list by a touchpoint and sees it narrow', async () => {
    const view = await invoke<ProgrammeView>('programme/load');
    const total = view.dependencies.length;
    // A touchpoint that some, not all, dependencies touch at either end.
    const taxonomy = defaultTaxonomy();
    const choice = taxonomy.dimensions.touchpoint.find((term) => {
      const n = view.dependencies.filter((d) => [d.blocker, d.blocked].some((end) => !end.hidden && matchesJourney(end.tags, { ...NO_JOURNEY_FILTER, touchpoint: [term.id] }))).length;
      return n > 0 && n < total;
    });
    if (!choice) throw new Error('no touchpoint narrows the demo’s dependencies');
    const matching = view.dependencies.filter((d) => [d.blocker, d.blocked].some((end) => !end.hidden && matchesJourney(end.tags, { ...NO_JOURNEY_FILTER, touchpoint: [choice.id] })));

    await frame.getByRole('tab', { name: /^Abhängigkeiten/ }).click();
    await frame.getByTestId('dependency-list').waitFor();
    const rows = frame.locator('[data-testid^="row-"]');
    expect(await rows.count()).toBe(total);
    expect(await frame.getByTestId('journey-help').textContent()).toContain('Ein Epic passt, wenn es selbst oder eine seiner Storys');
    await frame.locator('#filter-journey-touchpoint').fill(choice.labels.de);
    await frame.locator('#filter-journey-touchpoint').press('Enter');
    await frame.getByRole('tab', { name: `Abhängigkeiten (${matching.length})` }).waitFor();
    const ids = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
    expect(ids.sort()).toEqual(matching.map((d) => `row-${d.id}`).sort());
  });
});
