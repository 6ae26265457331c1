import type { DesiredPage } from './desired-page';
import { speakerFor } from './format';
import type { PublicationModel } from './model';
import { renderRollUpPage } from './rollup-page';
import { renderStrategyNodePage, renderStrategyTreePage } from './strategy-pages';
import { renderStreamPage } from './stream-page';

/** The page keys the sync knows the pages by (never their titles, which people may see change). */
export const ROLL_UP_PAGE_KEY = 'rollup';
export const STRATEGY_TREE_PAGE_KEY = 'strategy';
export const streamPageKey = (streamId: string) => `stream:${streamId}`;
export const strategyNodePageKey = (nodeId: string) => `strategy:${nodeId}`;

/**
 * Every page of a publication, parents before children: the roll-up at the top (under the configured parent), the
 * stream pages and the strategy tree overview below it, each strategy root below the overview and each node below its
 * parent's page — the strategy tree as a page tree. A page type switched off has null titles in the model and is left
 * out; its children then hang from the nearest page that is published. Pure and deterministic: the same model gives
 * byte-identical pages, so the sync can compare hashes.
 */
export function renderPublication(model: PublicationModel): DesiredPage[] {
  const say = speakerFor(model.language);
  const pages: DesiredPage[] = [];
  const rollUpKey = model.titles.rollUp === null ? null : ROLL_UP_PAGE_KEY;
  if (model.titles.rollUp !== null) pages.push({ pageKey: ROLL_UP_PAGE_KEY, title: model.titles.rollUp, parentKey: null, storage: renderRollUpPage(model, say) });
  for (const stream of model.streams) {
    if (stream.pageTitle === null) continue;
    pages.push({ pageKey: streamPageKey(stream.id), title: stream.pageTitle, parentKey: rollUpKey, storage: renderStreamPage(model, stream, say) });
  }
  const treeKey = model.titles.strategyTree === null ? rollUpKey : STRATEGY_TREE_PAGE_KEY;
  if (model.titles.strategyTree !== null) pages.push({ pageKey: STRATEGY_TREE_PAGE_KEY, title: model.titles.strategyTree, parentKey: rollUpKey, storage: renderStrategyTreePage(model, say) });
  const published = new Set<string>();
  for (const node of model.strategy) {
    if (node.pageTitle === null) continue;
    const parentKey = node.parentId !== null && published.has(node.parentId) ? strategyNodePageKey(node.parentId) : treeKey;
    pages.push({ pageKey: strategyNodePageKey(node.id), title: node.pageTitle, parentKey, storage: renderStrategyNodePage(model, node, say) });
    published.add(node.id);
  }
  return pages;
}
