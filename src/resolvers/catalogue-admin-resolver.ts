import { forgeAppStore } from '../platform/app-store';
import { saveTaxonomy } from '../services/taxonomy/save-taxonomy';
import { saveUseCase, setUseCaseRetired } from '../services/use-cases/edit-catalogue';
import { exportUseCases, importUseCases } from '../services/use-cases/import-export';
import { adminOnly } from './admin-only';
import { defineHandler } from './define';

/** The admin page's taxonomy and use-case catalogue resolvers (manifest function `admin-resolver`). */
export const catalogueAdminHandlers = {
  'taxonomy/save': adminOnly(defineHandler('taxonomy/save', ({ expectedVersion, changes }) => saveTaxonomy(forgeAppStore, expectedVersion, changes))),
  'use-cases/save': adminOnly(defineHandler('use-cases/save', ({ expectedVersion, useCase, isNew }) => saveUseCase(forgeAppStore, expectedVersion, useCase, isNew))),
  'use-cases/retire': adminOnly(
    defineHandler('use-cases/retire', ({ expectedVersion, useCaseId, retired }) => setUseCaseRetired(forgeAppStore, expectedVersion, useCaseId, retired)),
  ),
  'use-cases/import': adminOnly(defineHandler('use-cases/import', ({ expectedVersion, csv }) => importUseCases(forgeAppStore, expectedVersion, csv))),
  'use-cases/export': adminOnly(defineHandler('use-cases/export', (_payload, caller) => exportUseCases(forgeAppStore, caller.locale))),
};
