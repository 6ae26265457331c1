import type { ResolverResult } from '../contract/errors';
import { forgeAppStore } from '../platform/app-store';
import { AppFailure } from '../services/errors';
import { requireJiraAdmin } from '../services/settings/require-jira-admin';
import { forgeSettingsJira } from '../services/settings/settings-ports';
import { saveTaxonomy } from '../services/taxonomy/save-taxonomy';
import { saveUseCase, setUseCaseRetired } from '../services/use-cases/edit-catalogue';
import { exportUseCases, importUseCases } from '../services/use-cases/import-export';
import { defineHandler } from './define';

type AdminRequest = { payload: unknown; context: { accountId?: string; locale?: string } };

/**
 * Checks Administer Jira (asked of Jira as the caller, the settings' own check) before anything else, even before
 * the payload is read. The admin page is hidden from others, but any user of the app can invoke a resolver.
 */
function adminOnly<T>(handler: (request: AdminRequest) => Promise<ResolverResult<T>>) {
  return async (request: AdminRequest): Promise<ResolverResult<T>> => {
    try {
      if (!request.context.accountId) throw new AppFailure({ code: 'ADMIN_REQUIRED', params: { permission: 'ADMINISTER' } });
      await requireJiraAdmin(forgeSettingsJira);
    } catch (error) {
      if (error instanceof AppFailure) return { ok: false, error: error.appError };
      throw error;
    }
    return handler(request);
  };
}

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
