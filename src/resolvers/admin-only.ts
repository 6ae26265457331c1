import type { ResolverResult } from '../contract/errors';
import { AppFailure } from '../services/errors';
import { requireJiraAdmin } from '../services/settings/require-jira-admin';
import { forgeSettingsJira } from '../services/settings/settings-ports';

export type AdminRequest = { payload: unknown; context: { accountId?: string; locale?: string } };

/**
 * Guards an admin-page resolver with the Administer Jira check, asked of Jira as the caller before anything else —
 * even before the payload is read — so a non-admin learns nothing, whatever they send. The admin page is hidden
 * from others, but any user of the app can invoke a resolver. Without an invoking user the answer is the same.
 */
export function adminOnly<T>(handler: (request: AdminRequest) => Promise<ResolverResult<T>>) {
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
