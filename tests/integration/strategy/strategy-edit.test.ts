/**
 * Editing the strategy tree through the local host: programme managers (named, or members of the programme office
 * group) edit, everyone else is refused and nothing is stored; concurrent edits of different nodes both survive, the
 * same node edited twice from the same base is refused once, and a move that would create a cycle stores nothing.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import { call, dataOf, fieldsOf, nodeOf, openStrategySite, storedTree, strategyKeys } from './support';

jest.setTimeout(60_000);

const { programmeManager, leadData, teamMember, sponsor, admin } = DEMO_ACCOUNTS;
let site: LocalSite;
beforeEach(async () => {
  site = await openStrategySite();
});
afterEach(() => site.close());

/** Jira answers as slowly as it does in production, so two edits really overlap (role questions, project search). */
function withJiraLatency(ms: number): void {
  for (const route of ['GET /rest/api/3/myself', 'GET /rest/api/3/mypermissions', 'GET /rest/api/3/project/search']) site.instruments.setLatency(route, ms);
}

const retitle = (id: string, title: string) => {
  const node = nodeOf(storedTree(site), id);
  return { kind: 'update', id, baseRev: node.rev, fields: { ...fieldsOf(node), title } };
};

it('keeps every one of five concurrent edits of different nodes by two programme managers — one named, one a member of the programme office group', async () => {
  withJiraLatency(120);
  const edits = [
    [programmeManager, retitle('n-cc360', '360° Customer Centricity 2027')],
    [programmeManager, retitle('n-crmstrat', 'CRM strategy 2027')],
    [programmeManager, retitle('n-emailmkt', 'E-mail marketing 2027')],
    [leadData, retitle('n-mktstrat', 'Marketing strategy 2027')],
    [leadData, retitle('n-sfconcept', 'Salesforce concept 2027')],
  ] as const;
  const answers = await Promise.all(edits.map(([accountId, edit]) => call(site, accountId, 'strategy/edit', edit)));

  expect(answers.map((answer) => answer.ok)).toEqual([true, true, true, true, true]);
  const tree = storedTree(site);
  for (const [, edit] of edits) expect(nodeOf(tree, edit.id).title).toBe(edit.fields.title);
  // Five versions on top of the demo's version 1; the last answer shows everyone's edits.
  expect(tree.version).toBe(6);
  const last = answers.map((answer) => dataOf(answer).tree).find((answerTree) => answerTree.version === 6);
  expect(last?.nodes.map((node) => node.title)).toEqual(tree.nodes.map((node) => node.title));
});

it('refuses the second of two edits of the same node from the same base with STRATEGY_NODE_CHANGED, keeping the first', async () => {
  withJiraLatency(80);
  const base = nodeOf(storedTree(site), 'n-sfconcept');
  const answers = await Promise.all([
    call(site, programmeManager, 'strategy/edit', { kind: 'update', id: base.id, baseRev: base.rev, fields: { ...fieldsOf(base), summary: 'Katrin’s summary' } }),
    call(site, admin, 'strategy/edit', { kind: 'update', id: base.id, baseRev: base.rev, fields: { ...fieldsOf(base), summary: 'Emily’s summary' } }),
  ]);

  const refused = answers.filter((answer) => !answer.ok);
  expect(refused).toEqual([{ ok: false, error: { code: 'STRATEGY_NODE_CHANGED', params: { nodeId: 'n-sfconcept', currentRev: base.rev + 1 } } }]);
  const winner = answers.findIndex((answer) => answer.ok);
  expect(nodeOf(storedTree(site), 'n-sfconcept').summary).toBe(winner === 0 ? 'Katrin’s summary' : 'Emily’s summary');
  expect(storedTree(site).version).toBe(2);
});

it('refuses a move under the node’s own descendant with STRATEGY_MOVE_CYCLE and stores nothing', async () => {
  const before = strategyKeys(site);
  const answer = await call(site, programmeManager, 'strategy/edit', { kind: 'move', id: 'n-crmstrat', parentId: 'n-emailmkt', index: 0 });

  expect(answer).toEqual({ ok: false, error: { code: 'STRATEGY_MOVE_CYCLE', params: { nodeId: 'n-crmstrat', parentId: 'n-emailmkt' } } });
  expect(strategyKeys(site)).toEqual(before);
  expect(nodeOf(storedTree(site), 'n-crmstrat').parentId).toBe('n-cc360');
});

it.each([
  ['a team member', teamMember],
  ['a sponsor', sponsor],
])('refuses %s’s write with PROGRAMME_MANAGER_REQUIRED and stores nothing', async (_who, accountId) => {
  const before = strategyKeys(site);
  const answers = [
    await call(site, accountId, 'strategy/edit', retitle('n-cc360', 'Mine now')),
    await call(site, accountId, 'strategy/edit', { kind: 'delete', id: 'n-mktstrat' }),
    await call(site, accountId, 'strategy/edit', { kind: 'add', id: 'n-sneaky', parentId: null, index: 0, fields: { title: 'Sneaky', kpis: [] } }),
  ];

  expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.code))).toEqual(['PROGRAMME_MANAGER_REQUIRED', 'PROGRAMME_MANAGER_REQUIRED', 'PROGRAMME_MANAGER_REQUIRED']);
  expect(strategyKeys(site)).toEqual(before);
});

it('lets a programme manager add a branch, move it and delete a node whose children move up', async () => {
  const add = (id: string, parentId: string | null, title: string) => call(site, programmeManager, 'strategy/edit', { kind: 'add', id, parentId, index: 0, fields: { title, kpis: [] } });
  dataOf(await add('n-loyalty', 'n-cc360', 'Loyalty strategy'));
  dataOf(await add('n-loyapp', 'n-loyalty', 'Loyalty app'));
  dataOf(await call(site, programmeManager, 'strategy/edit', { kind: 'move', id: 'n-loyalty', parentId: 'n-mktstrat', index: 0 }));
  const { tree } = dataOf(await call(site, programmeManager, 'strategy/edit', { kind: 'delete', id: 'n-loyalty' }));

  expect(nodeOf(tree, 'n-loyapp').parentId).toBe('n-mktstrat');
  expect(tree.nodes.some((node) => node.id === 'n-loyalty')).toBe(false);
  expect(storedTree(site)).toEqual(tree);
  // Replaced generations' chunks are gone: one head, the current chunks, and the version claims (which expire).
  const chunkKeys = strategyKeys(site).filter((key) => /^strategy:[0-9a-f]{8}:\d+$/.test(key));
  const head = site.kvsState.kv['strategy:head']?.value as { generation: string; chunks: number };
  expect(chunkKeys).toEqual(Array.from({ length: head.chunks }, (_, index) => `strategy:${head.generation}:${index}`));
});

it('edits a tree of a few dozen strategies without a batch operation, so a manager editing quickly stays inside Forge’s 45 a minute', async () => {
  site.instruments.kvs.resetUsage();
  for (let round = 1; round <= 20; round++) dataOf(await call(site, programmeManager, 'strategy/edit', retitle('n-crmstrat', `CRM strategy, draft ${round}`)));
  expect(site.instruments.kvs.usage().batchOps).toBe(0);
  expect(nodeOf(storedTree(site), 'n-crmstrat').title).toBe('CRM strategy, draft 20');
});
