import { forgeAppStore } from '../platform/app-store';
import { pushPublishJob } from '../platform/publish-queue';
import { loadPublishingStatus, requestPublication } from '../services/publishing/publish-request';
import { forgeRoleQuestions, isProgrammeManager, requireProgrammeManager } from '../services/roles/programme-manager';
import { loadStoredSettings } from '../services/settings/stored-settings';
import { defineHandler } from './define';

const now = () => new Date();

type Request = Parameters<ReturnType<typeof defineHandler>>[0] & { context: { siteUrl?: unknown } };

/** Programme managers publish: named people, members of the named groups, and Jira admins. */
const mayPublish = async (accountId: string) => isProgrammeManager(await loadStoredSettings(forgeAppStore), accountId, forgeRoleQuestions);

/** The report's page links are relative to the wiki; Forge puts the site URL in the UI context. */
const status = async (request: Request) => {
  const siteUrl = typeof request.context.siteUrl === 'string' ? request.context.siteUrl.replace(/\/+$/, '') : '';
  return defineHandler('publishing/status', (_payload, caller) => loadPublishingStatus(forgeAppStore, () => mayPublish(caller.accountId), siteUrl === '' ? '' : `${siteUrl}/wiki`, now()))(request);
};

/** "Publish now": programme managers only; the run itself happens on the queue, as the app. */
const publishNow = defineHandler('publishing/publish-now', async ({ overwriteEdited }, caller) => {
  await requireProgrammeManager(await loadStoredSettings(forgeAppStore), caller.accountId, forgeRoleQuestions);
  return requestPublication(forgeAppStore, pushPublishJob, { trigger: 'manual', requestedBy: caller.accountId, overwriteEdited: overwriteEdited ?? [] }, now());
});

/** The programme page's publishing panel. */
export const publishingHandlers = {
  'publishing/status': status,
  'publishing/publish-now': publishNow,
};
