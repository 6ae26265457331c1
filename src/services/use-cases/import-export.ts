import { parseUseCaseCsv, writeUseCaseCsv } from '../../domain/use-case-csv';
import type { UseCaseExportResult, UseCaseImportResult } from '../../contract/journey';
import type { AppStore } from '../../platform/app-store';
import { loadTaxonomy } from '../load-taxonomy';
import { loadCatalogue, updateCatalogue } from './catalogue-store';

/**
 * Imports a catalogue CSV all or nothing: when any row is bad nothing is stored and every problem is reported with
 * its row and column. Rows update the use case with the same id or add a new one; use cases not in the file stay.
 */
export async function importUseCases(store: AppStore, expectedVersion: number, csv: string): Promise<UseCaseImportResult> {
  const [{ taxonomy }, stored] = await Promise.all([loadTaxonomy(store), loadCatalogue(store)]);
  // Rows may update a stored use case whatever its id; only new ids are checked against the reserved names.
  const parsed = parseUseCaseCsv(csv, taxonomy, new Set(stored.useCases.map((u) => u.id as string)));
  if (!parsed.ok) {
    return { imported: false, problems: parsed.errors.map(({ row, column, code, params }) => ({ row, column, error: { code, field: column, params: { row, ...params } } })) };
  }
  let added = 0;
  let updated = 0;
  const catalogue = await updateCatalogue(store, taxonomy, expectedVersion, (current) => {
    const next = [...current];
    for (const useCase of parsed.value) {
      const index = next.findIndex((u) => u.id === useCase.id);
      if (index >= 0) {
        next[index] = useCase;
        updated++;
      } else {
        next.push(useCase);
        added++;
      }
    }
    return next;
  });
  return { imported: true, added, updated, catalogue };
}

/** The whole catalogue as CSV; German users get `;`, which their Excel opens into columns. */
export async function exportUseCases(store: AppStore, locale: string | undefined): Promise<UseCaseExportResult> {
  const { useCases } = await loadCatalogue(store);
  const separator = locale?.toLowerCase().startsWith('de') ? ';' : ',';
  return { fileName: 'use-cases.csv', csv: writeUseCaseCsv(useCases, separator) };
}
