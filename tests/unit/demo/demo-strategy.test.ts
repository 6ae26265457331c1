/** The demo's strategy cascade must be a tree the app itself would accept, tied to epics the demo site has. */
import { buildDemoSite } from '../../../local/demo';
import { demoStrategyTree } from '../../../local/demo/strategy';
import { StrategyTreeSchema } from '../../../src/domain/strategy/strategy-tree';

describe("the demo's strategy tree", () => {
  const site = buildDemoSite();
  const tree = StrategyTreeSchema.parse(demoStrategyTree());

  it('is the cascade of domain.md: 360° → CRM → Salesforce concept → e-mail marketing, and Marketing beside CRM', () => {
    const titleOf = (id: string | null) => tree.nodes.find((node) => node.id === id)?.title ?? null;
    expect(tree.nodes.map((node) => [node.title, titleOf(node.parentId)])).toEqual([
      ['360° Customer Centricity strategy', null],
      ['CRM strategy', '360° Customer Centricity strategy'],
      ['Salesforce concept (Marketing Cloud & personalisation)', 'CRM strategy'],
      ['E-mail marketing strategy', 'Salesforce concept (Marketing Cloud & personalisation)'],
      ['Marketing strategy', '360° Customer Centricity strategy'],
    ]);
  });

  it('ties every node to epics of the demo site, and every node has an owner who is a site user and a KPI', () => {
    const epics = new Set(site.issues.filter((issue) => issue.issueType === 'Epic').map((issue) => issue.key));
    const users = new Set(site.users.map((user) => user.accountId));
    for (const node of tree.nodes) {
      expect(node.epicKeys.filter((key) => !epics.has(key))).toEqual([]);
      expect(users.has(node.ownerAccountId ?? '')).toBe(true);
      expect(node.kpis.length).toBeGreaterThan(0);
    }
  });
});
