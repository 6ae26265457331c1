import { claimNextVersion } from '../version-claim';
import { z } from 'zod';
import { StoredUseCaseSchema, validateCatalogue, type Taxonomy, type UseCase } from '../../domain';
import type { UseCaseCatalogueView } from '../../contract/journey';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';

export const CATALOGUE_KEY = 'use-case-catalogue';

/**
 * The stored catalogue: one record, so a save or an import is never half-written. `version` rises on every save. Read
 * with the lenient stored shape: an entry saved before the payload bounds existed stays readable.
 */
export const StoredCatalogueSchema = z.object({ version: z.number().int().min(1), useCases: z.array(StoredUseCaseSchema) });

/** The catalogue, or an empty one (version 0) until an admin saves or imports one. */
export async function loadCatalogue(store: AppStore): Promise<UseCaseCatalogueView> {
  const raw = await store.get(CATALOGUE_KEY);
  if (raw === undefined) return { useCases: [], version: 0, stored: false };
  const parsed = StoredCatalogueSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure({ code: 'STORED_DATA_INVALID', field: [CATALOGUE_KEY, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
  }
  return { ...parsed.data, stored: true };
}

async function requireVersion(store: AppStore, expectedVersion: number): Promise<UseCaseCatalogueView> {
  const current = await loadCatalogue(store);
  if (current.version !== expectedVersion) throw new AppFailure({ code: 'CONFLICT', params: { currentVersion: current.version, expectedVersion } });
  return current;
}

/**
 * Replaces the catalogue with `next(current)` when nobody saved since `expectedVersion` (else CONFLICT with the
 * current version). Like the settings, a compare-and-set done as check-then-set on a plain key: Forge KVS has
 * conditional writes only for custom entities, so two saves within the same milliseconds could still race; the
 * later one then wins whole. Every use case must name known terms, and a new one may not take a reserved id;
 * nothing is written when one does.
 */
export async function updateCatalogue(
  store: AppStore,
  taxonomy: Taxonomy,
  expectedVersion: number,
  next: (current: UseCase[]) => UseCase[],
): Promise<UseCaseCatalogueView> {
  const current = await requireVersion(store, expectedVersion);
  const useCases = next(current.useCases);
  const problem = validateCatalogue(useCases, taxonomy, new Set(current.useCases.map((u) => u.id as string)))[0];
  if (problem) {
    const { code, ...params } = problem;
    const index = useCases.findIndex((u) => u.id === problem.useCaseId);
    throw new AppFailure({ code, field: 'field' in problem ? `useCase.${problem.field}` : 'useCase.id', params: { ...params, index } });
  }
  const record = StoredCatalogueSchema.parse({ version: current.version + 1, useCases });
  await claimNextVersion(store, CATALOGUE_KEY, current.version);
  await store.set(CATALOGUE_KEY, record);
  return { ...record, stored: true };
}
