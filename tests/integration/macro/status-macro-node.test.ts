/**
 * The status macro showing a strategy node: the node's roll-up (its epics and its children's) from the stored tree
 * and the snapshot, counted for the reader — Lena, who cannot browse MI, sees MI's epic left out and counted.
 */
import { DEMO_ACCOUNTS } from '../../../local/demo';
import type { LocalSite } from '../../../local/site/create-local-site';
import type { ResolverResult } from '../../../src/contract/errors';
import type { MacroStatusView } from '../../../src/contract/macro';
import type { ProgrammeView } from '../../../src/contract/programme';
import { StrategyNodeSchema, type StrategyNode } from '../../../src/domain/strategy/strategy-tree';
import { STRATEGY_HEAD_KEY, strategyEntries } from '../../../src/services/strategy/strategy-store';
import { call, dataOf, demoSiteWithSettings } from '../snapshot/support';

let site: LocalSite;
beforeEach(async () => {
  ({ site } = await demoSiteWithSettings());
});
afterEach(() => site.close());

const { sponsor, programmeManager: pm, teamMember: lena } = DEMO_ACCOUNTS;
const CRM = 'n-crm001';
const EMAIL = 'n-email01';

function node(id: string, parentId: string | null, title: string, epicKeys: string[]): StrategyNode {
  return StrategyNodeSchema.parse({ id, parentId, title, epicKeys });
}

/** A branch of the cascade as a programme manager would have saved it: CRM (EMA-6, MI-5) → e-mail marketing (COM-7). */
function storeTree(nodes: StrategyNode[]): void {
  const { head, chunks } = strategyEntries({ version: 1, nodes }, 1);
  site.kvsState.kv[STRATEGY_HEAD_KEY] = { value: head, createdAt: 0, updatedAt: 0 };
  for (const chunk of chunks) site.kvsState.kv[chunk.key] = { value: chunk.value, createdAt: 0, updatedAt: 0 };
}

async function macro(nodeId: string, accountId: string): Promise<MacroStatusView> {
  const result = await site.host.invokeResolver<ResolverResult<MacroStatusView>>({
    functionKey: 'resolver', resolverKey: 'status/macro', payload: { target: { kind: 'node', nodeId } }, accountId,
    context: { moduleKey: 'programme-status', extension: { type: 'macro', config: { kind: 'node', nodeId } } },
  });
  if (!result.ok) throw new Error(`invocation failed: ${result.error.message}`);
  return dataOf(result.value);
}

async function build(): Promise<ProgrammeView> {
  expect(dataOf(await call(site, 'programme/refresh', {}, pm))).toEqual({ queued: true });
  await site.host.drainQueues();
  return dataOf(await call(site, 'programme/load', {}, pm));
}

const total = (p: MacroStatusView['progress']) => (p ? p.todo + p.inProgress + p.done : 0);

describe('a strategy node in the status macro', () => {
  beforeEach(() => storeTree([node(CRM, null, 'CRM', ['EMA-6', 'MI-5']), node(EMAIL, CRM, 'E-mail marketing', ['COM-7'])]));

  it('shows the node with its children\'s epics rolled up, for a sponsor', async () => {
    const programme = await build();
    const keys = new Set(['EMA-6', 'MI-5', 'COM-7']);
    const epics = programme.epics.filter((e) => keys.has(e.key));
    expect(epics).toHaveLength(3);
    const parent = await macro(CRM, sponsor);
    const child = await macro(EMAIL, sponsor);
    expect(parent).toMatchObject({ found: true, title: 'CRM', hiddenEpics: 0, state: 'ready' });
    expect(child).toMatchObject({ found: true, title: 'E-mail marketing', hiddenEpics: 0 });
    expect(total(parent.progress)).toBeGreaterThan(total(child.progress));
    expect(parent.latestDue).toBe(epics.map((e) => e.dueDate).filter((d) => d !== null).sort().at(-1));
    // MI-5 blocks EMA-6 and EMA-6 blocks COM-7 in the demo: the parent sees both dependencies.
    expect(parent.dependencies.total).toBeGreaterThanOrEqual(2);
    // A parent is never healthier than its worst child.
    const rank = ['off-track', 'at-risk', 'on-track', 'unknown'];
    if (child.health !== 'unknown') expect(rank.indexOf(parent.health)).toBeLessThanOrEqual(rank.indexOf(child.health));
  });

  it('gives Lena the node\'s figures, says one epic is hidden and names none', async () => {
    await build();
    const sponsorView = await macro(CRM, sponsor);
    const lenaView = await macro(CRM, lena);
    expect(lenaView.hiddenEpics).toBe(1);
    expect(total(lenaView.progress)).toBe(total(sponsorView.progress));
    expect(lenaView.health).toBe(sponsorView.health);
    expect(JSON.stringify(lenaView)).not.toMatch(/MI-\d/);
  });

  it('says a deleted node is gone', async () => {
    await build();
    expect(await macro('n-gone01', sponsor)).toMatchObject({ found: false, progress: null, health: 'unknown' });
  });
});
