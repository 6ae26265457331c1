import { forgeAppStore } from '../platform/app-store';
import { pushPublishJob } from '../platform/publish-queue';
import { loadPublishingStatus, requestPublication } from '../services/publishing/publish-request';
import { requireMayRebuild, mayRebuild } from '../services/snapshot/rebuild-permission';
import { loadStoredSettings } from '../services/settings/stored-settings';
import { forgeSettingsJira } from '../services/settings/settings-ports';
import { defineHandler } from './define';

const now = () => new Date();

type Request = Parameters<ReturnType<typeof defineHandler>>[0] & { context: { siteUrl?: unknown } };

const mayPublish = async (accountId: string) => mayRebuild(await loadStoredSettings(forgeAppStore), accountId, forgeSettingsJira.callerIsJiraAdmin);

/** The report's page links are relative to the wiki; Forge puts the site URL in the UI context. */
const status = async (request: Request) => {
  const siteUrl = typeof request.context.siteUrl === 'string' ? request.context.siteUrl.replace(/\/+$/, '') : '';
  return defineHandler('publishing/status', (_payload, caller) => loadPublishingStatus(forgeAppStore, () => mayPublish(caller.accountId), siteUrl === '' ? '' : `${siteUrl}/wiki`, now()))(request);
};

/** "Publish now": programme managers only; the run itself happens on the queue, as the app. */
const publishNow = defineHandler('publishing/publish-now', async ({ overwriteEdited }, caller) => {
  await requireMayRebuild(await loadStoredSettings(forgeAppStore), caller.accountId, forgeSettingsJira.callerIsJiraAdmin);
  return requestPublication(forgeAppStore, pushPublishJob, { trigger: 'manual', requestedBy: caller.accountId, overwriteEdited: overwriteEdited ?? [] }, now());
});

/** The programme page's publishing panel. */
export const publishingHandlers = {
  'publishing/status': status,
  'publishing/publish-now': publishNow,
};
