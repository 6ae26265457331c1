/**
 * Given/when helpers for the strategy tab's tests: the demo site with the demo's strategy tree stored as the app stores
 * it, resolver calls as a person, and what storage holds right now.
 */
import { resolve } from 'node:path';
import { buildDemoSite } from '../../../local/demo';
import { demoAppData } from '../../../local/demo/app-data';
import { createLocalSite, type LocalSite } from '../../../local/site/create-local-site';
import type { ResolverResult } from '../../../src/contract/errors';
import type { ResolverData, ResolverKey } from '../../../src/contract/resolver-keys';
import { StrategyTreeSchema, type StrategyNode, type StrategyTree } from '../../../src/domain/strategy/strategy-tree';
import { STRATEGY_HEAD_KEY } from '../../../src/services/strategy/strategy-store';

const APP_DIR = resolve(__dirname, '../../..');

/** The demo site with its app data, which holds the demo's strategy tree as version 1 (head and chunks). */
export async function openStrategySite(): Promise<LocalSite> {
  const file = buildDemoSite();
  return createLocalSite({ appDir: APP_DIR, site: file, kvsState: demoAppData(file), autoDeliverQueues: false });
}

/** Calls a key of the user resolver (the programme page) as a person; fails on a crashed invocation. */
export async function call<K extends ResolverKey>(site: LocalSite, accountId: string, key: K, payload: unknown, timezone = 'Europe/Berlin'): Promise<ResolverResult<ResolverData<K>>> {
  const result = await site.host.invokeResolver<ResolverResult<ResolverData<K>>>({
    functionKey: 'resolver',
    resolverKey: key,
    payload,
    accountId,
    context: { moduleKey: 'programme-page', timezone, siteUrl: 'https://local-site.atlassian.net', extension: { type: 'jira:globalPage' } },
  });
  if (!result.ok) throw new Error(`invocation of ${key} failed: ${result.error.message}`);
  return result.value;
}

export function dataOf<T>(answer: ResolverResult<T>): T {
  if (!answer.ok) throw new Error(`resolver refused: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

/** The tree as storage holds it now, read the way the app reads it (head, then its chunks). */
export function storedTree(site: LocalSite): StrategyTree {
  const head = site.kvsState.kv[STRATEGY_HEAD_KEY]?.value as { generation: string; chunks: number };
  const text = Array.from({ length: head.chunks }, (_, index) => site.kvsState.kv[`strategy:${head.generation}:${index}`]?.value as string).join('');
  return StrategyTreeSchema.parse(JSON.parse(text));
}

export function nodeOf(tree: StrategyTree, id: string): StrategyNode {
  const node = tree.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id} in the tree`);
  return node;
}

/** The editable fields of a stored node, for an `update` payload. */
export function fieldsOf(node: StrategyNode) {
  const { id: _id, parentId: _parentId, rev: _rev, ...fields } = node;
  return fields;
}

/** Every key storage holds under the strategy's prefix (head, chunks, claims, JQL matches). */
export function strategyKeys(site: LocalSite): string[] {
  return Object.keys(site.kvsState.kv).filter((key) => key.startsWith('strategy:')).sort();
}

/** Queues a full rebuild of the programme snapshot as the admin and runs the queue, as the snapshot tests do. */
export async function rebuildSnapshot(site: LocalSite, adminId: string): Promise<void> {
  dataOf(await call(site, adminId, 'programme/refresh', {}));
  await site.host.drainQueues();
}
