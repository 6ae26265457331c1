import { TaxonomySchema, defaultTaxonomy, type Taxonomy } from '../domain';
import type { AppStore } from '../platform/app-store';
import { AppFailure } from './errors';

export const TAXONOMY_KEY = 'taxonomy';

/** The stored taxonomy, or the programme's defaults until an admin has saved one. */
export async function loadTaxonomy(store: AppStore): Promise<{ taxonomy: Taxonomy; stored: boolean }> {
  const raw = await store.get(TAXONOMY_KEY);
  if (raw === undefined) return { taxonomy: defaultTaxonomy(), stored: false };
  const parsed = TaxonomySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure({ code: 'STORED_DATA_INVALID', field: [TAXONOMY_KEY, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
  }
  return { taxonomy: parsed.data, stored: true };
}
