import { invoke } from '@forge/bridge';
import type { ResolverResult } from '../../../src/contract/errors';
import type { ResolverData, ResolverKey, ResolverPayload } from '../../../src/contract/resolver-keys';

/** The only caller of `invoke`: typed by the shared contract, so a renamed key or field fails the build. */
export async function call<K extends ResolverKey>(key: K, payload: ResolverPayload<K>): Promise<ResolverResult<ResolverData<K>>> {
  return (await invoke(key, payload as Record<string, unknown>)) as ResolverResult<ResolverData<K>>;
}
