import { getAppContext } from '@forge/api';
import { forgeAppStore } from '../platform/app-store';
import { forgeAppStoreBatch } from '../platform/app-store-batch';
import { pushSnapshotJob } from '../platform/snapshot-queue';
import { loadMacroStatus } from '../services/macro/load-macro-status';
import { strategyNodeStatus } from '../services/macro/node-status';
import { defineHandler } from './define';

const storage = { store: forgeAppStore, batch: forgeAppStoreBatch };
const now = () => new Date();

type Request = Parameters<ReturnType<typeof defineHandler>>[0] & { context: { siteUrl?: unknown } };

/**
 * The programme page in Jira: a Jira global page lives at `<site>/jira/apps/<app id>/<environment id>`. The macro
 * runs in Confluence, whose site URL is the same site's (`…/wiki` is Confluence's path on it).
 */
function programmeUrlOf(siteUrl: string): string {
  const { appAri, environmentAri } = getAppContext();
  return `${siteUrl.replace(/\/wiki\/?$/, '').replace(/\/$/, '')}/jira/apps/${encodeURIComponent(appAri.appId)}/${encodeURIComponent(environmentAri.environmentId)}`;
}

/** `status/macro`: the live Programme status macro on a Confluence page. */
const loadStatus = async (request: Request) => {
  const siteUrl = typeof request.context.siteUrl === 'string' ? request.context.siteUrl : '';
  return defineHandler('status/macro', ({ target }, caller) =>
    loadMacroStatus(storage, pushSnapshotJob, target, programmeUrlOf(siteUrl), { timeZone: caller.timeZone }, now, (input) => strategyNodeStatus(storage, input)),
  )(request);
};

export const macroHandlers = { 'status/macro': loadStatus };
