/**
 * Reading the strategy tab through the local host: a sponsor reads the tree with every node's roll-up but may not edit;
 * Lena, who cannot browse MI, sees MI's epics counted but never named; the load costs a few storage requests; a node's
 * JQL is read with the snapshot, and a JQL Jira refuses is remembered with Jira's words.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import { call, dataOf, fieldsOf, nodeOf, openStrategySite, rebuildSnapshot, storedTree } from './support';

jest.setTimeout(60_000);

const { admin, sponsor, teamMember, programmeManager } = DEMO_ACCOUNTS;
let site: LocalSite;
beforeAll(async () => {
  site = await openStrategySite();
  await rebuildSnapshot(site, admin);
});
afterAll(() => site.close());

it('shows a sponsor the tree with roll-ups, the owners’ names and no edit rights, in a few storage requests', async () => {
  site.instruments.kvs.resetUsage();
  const view = dataOf(await call(site, sponsor, 'strategy/load', {}));

  // Settings, snapshot meta, strategy head; then the strategy chunk, the JQL matches and the last baseline one by one,
  // and the view chunks in one batch: the only batch operation (Forge allows 45 a minute).
  expect(site.instruments.kvs.usage().requests).toBe(7);
  expect(site.instruments.kvs.usage().batchOps).toBe(1);
  expect(view.state).toBe('ready');
  expect(view.canEdit).toBe(false);
  expect(view.tree.nodes.map((node) => node.id)).toEqual(['n-cc360', 'n-crmstrat', 'n-sfconcept', 'n-emailmkt', 'n-mktstrat']);
  expect(view.people[DEMO_ACCOUNTS.leadData]).toBe('Aylin Demir');
  const root = view.nodes['n-cc360'];
  // The root rolls up every epic of the cascade, its own and its descendants'.
  const everyEpic = new Set(view.tree.nodes.flatMap((node) => view.nodes[node.id]?.epics.flatMap((epic) => (epic.hidden ? [] : [epic.key])) ?? []));
  expect(new Set(root?.rollUp?.epicKeys)).toEqual(everyEpic);
  const progress = root?.rollUp?.progress;
  expect((progress?.todo ?? 0) + (progress?.inProgress ?? 0) + (progress?.done ?? 0)).toBeGreaterThan(0);
  expect(root?.rollUp?.health).not.toBe('unknown');
});

it('lets a programme manager, and a member of the programme office group, edit', async () => {
  expect(dataOf(await call(site, programmeManager, 'strategy/load', {})).canEdit).toBe(true);
  expect(dataOf(await call(site, DEMO_ACCOUNTS.leadData, 'strategy/load', {})).canEdit).toBe(true);
  expect(dataOf(await call(site, teamMember, 'strategy/load', {})).canEdit).toBe(false);
});

it('counts MI’s epics for Lena without naming them, in the tree, the epics and the roll-up', async () => {
  const view = dataOf(await call(site, teamMember, 'strategy/load', {}));
  const sponsorView = dataOf(await call(site, sponsor, 'strategy/load', {}));

  const text = JSON.stringify(view);
  expect(text).not.toMatch(/"MI-\d+"/);
  const root = view.nodes['n-cc360'];
  expect(root?.epics).toContainEqual({ hidden: true });
  expect(nodeOf(view.tree, 'n-cc360').epicKeys).toEqual(['PRT-1']);
  // The figures are the programme's, the same for everyone.
  expect(root?.rollUp?.progress).toEqual(sponsorView.nodes['n-cc360']?.rollUp?.progress);
  expect(root?.rollUp?.health).toEqual(sponsorView.nodes['n-cc360']?.rollUp?.health);
});

it('reads a node’s JQL with the snapshot, and remembers Jira’s words for a JQL it refuses', async () => {
  const view = dataOf(await call(site, sponsor, 'strategy/load', {}));
  expect(view.jqlReadAt).not.toBeNull();
  const expectedByJql = site.site.issues.filter((issue) => issue.projectKey === 'EMA' && issue.labels.includes('marketing-cloud') && issue.issueType === 'Epic').map((issue) => issue.key);
  expect(expectedByJql.length).toBeGreaterThan(0);
  const shown = (view.nodes['n-sfconcept']?.epics ?? []).flatMap((epic) => (epic.hidden ? [] : [epic.key]));
  for (const key of expectedByJql) expect(shown).toContain(key);

  const node = nodeOf(storedTree(site), 'n-sfconcept');
  dataOf(await call(site, programmeManager, 'strategy/edit', { kind: 'update', id: node.id, baseRev: node.rev, fields: { ...fieldsOf(node), epicJql: 'project = NOSUCH' } }));
  await site.host.drainQueues();
  const after = dataOf(await call(site, sponsor, 'strategy/load', {}));
  expect(after.nodes['n-sfconcept']?.jqlError).toMatch(/NOSUCH/);
});
