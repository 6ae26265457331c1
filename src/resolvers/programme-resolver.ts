import { forgeAppStore } from '../platform/app-store';
import { forgeAppStoreBatch } from '../platform/app-store-batch';
import { pushSnapshotJob } from '../platform/snapshot-queue';
import { loadCoverageView } from '../services/journey-coverage/load-coverage-view';
import { createDependency, removeDependency } from '../services/dependencies/change-dependency';
import { loadIssueDependencies } from '../services/dependencies/load-issue-dependencies';
import { loadProgrammeView } from '../services/dependencies/load-programme-view';
import { simulateWhatIf } from '../services/dependencies/what-if';
import { searchIssues } from '../services/dependencies/search-issues';
import { requestRebuild } from '../services/snapshot/request-rebuild';
import { loadStoredSettings } from '../services/settings/stored-settings';
import { forgeSettingsJira } from '../services/settings/settings-ports';
import { requireMayRebuild } from '../services/snapshot/rebuild-permission';
import { defineHandler, type CallerContext } from './define';

const storage = { store: forgeAppStore, batch: forgeAppStoreBatch };
const now = () => new Date();

type Request = Parameters<ReturnType<typeof defineHandler>>[0] & { context: { siteUrl?: unknown } };

/** The panel links issues to the site it runs on; Forge puts the site URL in the UI context. */
const loadProgramme = async (request: Request) => {
  const siteUrl = typeof request.context.siteUrl === 'string' ? request.context.siteUrl : '';
  return defineHandler('programme/load', (filter, caller) => loadProgrammeView(storage, pushSnapshotJob, filter, siteUrl, viewerOf(caller), now))(request);
};

const viewerOf = (caller: CallerContext) => ({ accountId: caller.accountId, timeZone: caller.timeZone, isJiraAdmin: forgeSettingsJira.callerIsJiraAdmin });

/** A full rebuild reads the whole programme: stream owners and Jira admins only. */
const refreshProgramme = defineHandler('programme/refresh', async (_payload, caller) => {
  await requireMayRebuild(await loadStoredSettings(storage.store), caller.accountId, forgeSettingsJira.callerIsJiraAdmin);
  return requestRebuild(storage, pushSnapshotJob, 'refresh', now);
});

const loadCoverage = async (request: Request) => {
  const siteUrl = typeof request.context.siteUrl === 'string' ? request.context.siteUrl : '';
  return defineHandler('coverage/load', ({ projectKey, streamId }) => loadCoverageView(storage, pushSnapshotJob, projectKey, siteUrl, now, streamId))(request);
};

/** The dependency panel (global page, project page), its Coverage tab, and the issue's dependency context. */
export const programmeHandlers = {
  'programme/load': loadProgramme,
  'programme/refresh': refreshProgramme,
  'dependency/create': defineHandler('dependency/create', (input) => createDependency(storage, input, now)),
  'dependency/remove': defineHandler('dependency/remove', ({ linkId }) => removeDependency(storage, linkId, now)),
  'coverage/load': loadCoverage,
  'issue/dependencies': defineHandler('issue/dependencies', ({ issueKey }, caller) => loadIssueDependencies(storage, issueKey, viewerOf(caller), now)),
  'programme/what-if': defineHandler('programme/what-if', (question, caller) => simulateWhatIf(storage, question, viewerOf(caller), now)),
  'issue/search': defineHandler('issue/search', ({ query }) => searchIssues(query)),
};
