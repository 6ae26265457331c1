import { TaxonomySchema, applyTaxonomyEdit, type Taxonomy, type TaxonomyError } from '../../domain';
import type { TaxonomyChange, TaxonomySaveResult } from '../../contract/journey';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';
import { TAXONOMY_KEY, loadTaxonomy } from '../load-taxonomy';
import { claimNextVersion } from '../version-claim';

async function requireVersion(store: AppStore, expectedVersion: number): Promise<Taxonomy> {
  const { taxonomy } = await loadTaxonomy(store);
  if (taxonomy.version !== expectedVersion) throw new AppFailure({ code: 'CONFLICT', params: { currentVersion: taxonomy.version, expectedVersion } });
  return taxonomy;
}

/**
 * Applies an admin's changes (add, rename, retire, reorder) in order on top of the version they loaded, and stores
 * the result — or nothing, when any change is refused (the first refusal is named, with `changes.<i>`) or someone
 * saved in between (CONFLICT with params.currentVersion). Labels change, ids never do, so no issue is rewritten.
 * Compare-and-set: the next version is claimed with the store's FAIL_IF_EXISTS before it is written (version-claim.ts).
 */
export async function saveTaxonomy(store: AppStore, expectedVersion: number, changes: readonly TaxonomyChange[]): Promise<TaxonomySaveResult> {
  let taxonomy = await requireVersion(store, expectedVersion);
  const loaded = taxonomy;
  changes.forEach((change, index) => {
    const result = applyTaxonomyEdit(taxonomy, change);
    if (!result.ok) {
      const { code, ...params } = result.errors[0] as TaxonomyError;
      throw new AppFailure({ code, field: `changes.${index}`, params });
    }
    taxonomy = result.value;
  });
  if (taxonomy === loaded) return { taxonomy };
  const checked = TaxonomySchema.parse(taxonomy);
  await requireVersion(store, expectedVersion);
  await claimNextVersion(store, TAXONOMY_KEY, expectedVersion);
  await store.set(TAXONOMY_KEY, checked);
  return { taxonomy: checked };
}
