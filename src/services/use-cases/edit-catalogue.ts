import type { UseCase, UseCaseId } from '../../domain';
import type { UseCaseCatalogueView } from '../../contract/journey';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';
import { loadTaxonomy } from '../load-taxonomy';
import { updateCatalogue } from './catalogue-store';

/** Creates a use case (its id must be free) or replaces the one with the same id. */
export async function saveUseCase(store: AppStore, expectedVersion: number, useCase: UseCase, isNew: boolean): Promise<UseCaseCatalogueView> {
  const { taxonomy } = await loadTaxonomy(store);
  return updateCatalogue(store, taxonomy, expectedVersion, (current) => {
    const index = current.findIndex((u) => u.id === useCase.id);
    if (isNew && index >= 0) throw new AppFailure({ code: 'USE_CASE_ID_TAKEN', field: 'useCase.id', params: { useCaseId: useCase.id } });
    if (!isNew && index < 0) throw new AppFailure({ code: 'USE_CASE_UNKNOWN', field: 'useCase.id', params: { useCaseId: useCase.id } });
    return isNew ? [...current, useCase] : current.map((u, i) => (i === index ? useCase : u));
  });
}

/** Retires (or restores) a use case: it leaves the pickers but stays readable on the issues tagged with it. */
export async function setUseCaseRetired(store: AppStore, expectedVersion: number, useCaseId: UseCaseId, retired: boolean): Promise<UseCaseCatalogueView> {
  const { taxonomy } = await loadTaxonomy(store);
  return updateCatalogue(store, taxonomy, expectedVersion, (current) => {
    if (!current.some((u) => u.id === useCaseId)) throw new AppFailure({ code: 'USE_CASE_UNKNOWN', field: 'useCaseId', params: { useCaseId } });
    return current.map((u) => (u.id === useCaseId ? { ...u, retired } : u));
  });
}
