/**
 * Journey coverage through the local host on the demo site: the snapshot build reads the journey tags in its
 * searches (no request per issue), `coverage/load` serves the numbers of the pure coverage function over the
 * demo's data, redacted per user, and a cell's JQL finds exactly the issues the cell counts.
 */
import { demoStrategyTree } from '../../../local/demo/strategy';
import { buildDemoSite, DEMO_ACCOUNTS, DEMO_USE_CASES } from '../../../local/demo';
import { demoAppData, demoSettings } from '../../../local/demo/app-data';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { CoverageView, ProgrammeView } from '../../../src/contract/programme';
import { computeCoverage, defaultTaxonomy, JOURNEY_PROPERTY_KEY, type UseCase } from '../../../src/domain';
import { APP_DIR, call, dataOf } from '../snapshot/support';
import { demoItems } from './support';
import { searchKeys } from '../tagging/support';

let site: LocalSite;
beforeEach(async () => {
  const file = buildDemoSite();
  site = await createLocalSite({ appDir: APP_DIR, site: file, kvsState: demoAppData(file), autoDeliverQueues: false });
});
afterEach(() => site.close());

const { admin, programmeManager: pm, teamMember } = DEMO_ACCOUNTS;

async function build(): Promise<void> {
  expect(dataOf(await call(site, 'programme/refresh', {}, pm))).toEqual({ queued: true });
  await site.host.drainQueues();
}

const catalogue = DEMO_USE_CASES as unknown as UseCase[];

describe('the admin opens the Coverage tab', () => {
  it('reads the tags in the same searches: the build makes no request per issue', async () => {
    site.instruments.reset();
    await build();
    const counts = site.instruments.counts();
    expect(Object.keys(counts).filter((route) => route.includes('/properties'))).toEqual([]);
    // One search per stream project, in pages of 100 (Jira's page when fields are asked for): no request per issue.
    const perProject = new Map<string, number>();
    for (const issue of site.site.issues) if (issue.projectKey !== 'OPS') perProject.set(issue.projectKey, (perProject.get(issue.projectKey) ?? 0) + 1);
    // Plus one keys-only search per strategy with a JQL (the demo's Salesforce concept), re-read after every full build.
    const strategyJqls = demoStrategyTree().nodes.filter((node) => node.epicJql !== null).length;
    expect(counts['POST /rest/api/3/search/jql']).toBe([...perProject.values()].reduce((sum, n) => sum + Math.ceil(n / 100), 0) + strategyJqls);
    // The one bulk fetch reads the issues outside every stream that programme links reach (OPS-1), not one per issue.
    expect(counts['POST /rest/api/3/issue/bulkfetch']).toBe(1);
  });

  it('sees the numbers of the pure coverage function over the demo data', async () => {
    await build();
    const view = dataOf(await call(site, 'coverage/load', {}, admin));
    const streams = demoSettings(site.site).streams;
    const expected = computeCoverage(demoItems(site.site), { streams, taxonomy: defaultTaxonomy(), useCases: catalogue });
    expect(view.state).toBe('ready');
    expect(view.withheld).toEqual({ issues: 0, projects: 0 });
    expect(view.heatmap).toEqual(expected.heatmap);
    expect(view.lifecycleMatrix).toEqual(expected.lifecycleMatrix);
    expect(view.useCasesWithoutWork).toEqual(expected.useCasesWithoutWork);
    expect(view.untaggedEpics).toEqual(expected.untaggedEpics);
    // The demo is tagged: some cells count issues, and some use cases still wait for work.
    expect(view.heatmap.flatMap((row) => row.cells).some((cell) => cell.count > 0)).toBe(true);
    expect(view.useCasesWithoutWork.length).toBeGreaterThan(0);
  });

  it('follows a cell to Jira: its JQL finds exactly the issues the cell counts', async () => {
    await build();
    const view = dataOf(await call(site, 'coverage/load', {}, admin));
    const cells = view.heatmap.flatMap((row) => row.cells).filter((cell) => cell.count > 0);
    const inherited = cells.find((cell) => cell.jql.includes('parent in'));
    expect(inherited).toBeDefined();
    for (const cell of [inherited, cells[0]]) {
      if (!cell) continue;
      expect(await searchKeys(site, admin, cell.jql)).toHaveLength(cell.count);
    }
    const pair = view.lifecycleMatrix.flatMap((row) => row.cells).find((cell) => cell.count > 0);
    expect(await searchKeys(site, admin, pair?.jql ?? '')).toHaveLength(pair?.count ?? -1);
  });

  it('sees one stream on a project page', async () => {
    await build();
    const view = dataOf(await call(site, 'coverage/load', { projectKey: 'EMA' }, admin));
    expect(view.heatmap.map((row) => row.streamId)).toEqual(['ema']);
    expect(view.heatmap[0]?.cells.find((cell) => cell.touchpointId === 'website')?.jql).toMatch(/^\(project = EMA\) AND /);
  });
});

describe('a team member who cannot browse MI', () => {
  it('gets counts without MI, is told how many issues were withheld, and never sees an MI key', async () => {
    await build();
    const view: CoverageView = dataOf(await call(site, 'coverage/load', {}, teamMember));
    const miIssues = site.site.issues.filter((issue) => issue.projectKey === 'MI').length;
    expect(view.withheld).toEqual({ issues: miIssues, projects: 1 });
    const all = dataOf(await call(site, 'coverage/load', {}, admin));
    expect(view.issues).toBe(all.issues - miIssues);
    const miRow = view.heatmap.find((row) => row.streamId === 'mi');
    expect(miRow?.cells.every((cell) => cell.count === 0)).toBe(true);
    expect(JSON.stringify(view)).not.toMatch(/\bMI-\d+/);
  });
});

describe('journey tags on the programme page', () => {
  it('gives each epic its own and its issues’ terms, and hidden ends none', async () => {
    await build();
    const view: ProgrammeView = dataOf(await call(site, 'programme/load', {}, teamMember));
    const tagged = view.epics.filter((epic) => epic.tags);
    expect(tagged.length).toBeGreaterThan(0);
    const items = demoItems(site.site);
    const epic = tagged[0];
    const children = items.filter((item) => item.key === epic?.key || item.parentKey === epic?.key);
    for (const id of epic?.tags?.touchpoint ?? []) expect(children.some((item) => item.tags?.touchpoint.includes(id as never))).toBe(true);
    const hiddenEnds = view.dependencies.flatMap((d) => [d.blocker, d.blocked]).filter((end) => end.hidden);
    expect(hiddenEnds.length).toBeGreaterThan(0);
    expect(hiddenEnds.every((end) => !('tags' in end))).toBe(true);
  });

  it('keeps tags current when an event patches an issue', async () => {
    await build();
    const before = dataOf(await call(site, 'coverage/load', {}, admin));
    const epic = site.site.issues.find((i) => i.projectKey === 'LOY' && i.issueType === 'Epic' && i.properties[JOURNEY_PROPERTY_KEY] === undefined);
    if (!epic) throw new Error('the demo lacks an untagged LOY epic');
    // Someone tags the epic, then edits it in Jira: the update event patches the snapshot from a fresh read.
    epic.properties[JOURNEY_PROPERTY_KEY] = { touchpoint: ['end'], lifecycle: ['leave'], category: [], action: [], channel: [], useCase: [], phase: ['use'] };
    const response = await site.jira(
      new Request(`https://local-site.atlassian.net/rest/api/3/issue/${epic.key}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fields: { summary: `${epic.summary} (tagged)` } }) }),
      { kind: 'user', accountId: DEMO_ACCOUNTS.admin }, // a person editing in Jira (the app ignores its own changes' events)
    );
    expect(response.status).toBe(204);
    await site.host.idle();
    const programme = dataOf(await call(site, 'programme/load', {}, admin));
    expect(programme.epics.find((e) => e.key === epic.key)?.tags?.touchpoint).toContain('end');
    const after = dataOf(await call(site, 'coverage/load', {}, admin));
    const endCell = (view: CoverageView) => view.heatmap.find((row) => row.streamId === 'loy')?.cells.find((cell) => cell.touchpointId === 'end')?.count ?? 0;
    const children = site.site.issues.filter((i) => i.parentKey === epic.key && i.properties[JOURNEY_PROPERTY_KEY] === undefined);
    expect(endCell(after)).toBeGreaterThanOrEqual(endCell(before) + 1 + children.length);
    expect(after.untaggedEpics.flatMap((group) => group.epics.map((e) => e.key))).not.toContain(epic.key);
  });
});
