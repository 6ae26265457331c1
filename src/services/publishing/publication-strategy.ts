import type { StrategyNodeFacts } from '../../confluence/model';
import { uniqueTitles } from '../../confluence/titles';
import { depthFirst, kpiStanding, ownEpicKeysOf, type CalendarDate, type NodeRollUp, type StrategyTree } from '../../domain';
import { epicLine, type ViewEpic } from './publication-streams';

/** The strategy tree's nodes for the pages: depth first, each with its roll-up, KPIs against target and own epics. */
export interface StrategyInput {
  tree: StrategyTree;
  rollUps: ReadonlyMap<string, NodeRollUp>;
  /** Node id → epic keys its JQL found with the last snapshot. */
  jqlMatches: ReadonlyMap<string, readonly string[]>;
  epicsByKey: ReadonlyMap<string, ViewEpic>;
  streamNames: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  today: CalendarDate;
  /** Null when strategy pages are not published; else the title prefix and the titles other pages took. */
  titles: { prefix: string; taken: ReadonlySet<string> } | null;
}

export function strategyFacts(input: StrategyInput): StrategyNodeFacts[] {
  const outline = depthFirst(input.tree);
  const pageTitles = input.titles === null ? null : uniqueTitles(outline.map(({ node, path }) => ({ prefix: input.titles?.prefix ?? '', name: node.title, distinguisher: path.join('.') })), input.titles.taken);
  return outline.map(({ node, depth, path }, index) => {
    const rollUp = input.rollUps.get(node.id) ?? null;
    const frame = { start: rollUp?.earliestStart ?? null, due: rollUp?.latestDue ?? null };
    const epics = ownEpicKeysOf(node, input.epicsByKey, input.jqlMatches).flatMap((key) => {
      const epic = input.epicsByKey.get(key);
      return epic ? [epicLine(epic, input.streamNames)] : [];
    });
    return {
      id: node.id,
      title: node.title,
      pageTitle: pageTitles?.[index] ?? null,
      parentId: depth === 0 ? null : node.parentId,
      depth,
      outline: path,
      summary: node.summary,
      goal: node.goal,
      owner: node.ownerAccountId === null ? null : { accountId: node.ownerAccountId, displayName: input.people.get(node.ownerAccountId) ?? null },
      conceptUrl: node.conceptUrl,
      kpis: node.kpis.map((kpi) => ({ kpi, standing: kpiStanding(kpi, frame, input.today) })),
      rollUp,
      epics,
    };
  });
}
