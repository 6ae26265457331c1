import { forgeAppStore } from '../platform/app-store';
import { forgeAppStoreBatch } from '../platform/app-store-batch';
import { editStrategy } from '../services/strategy/edit-strategy';
import { loadStrategyView } from '../services/strategy/load-strategy-view';
import { forgeStrategyPorts } from '../services/strategy/strategy-ports';
import { defineHandler } from './define';

const storage = { store: forgeAppStore, batch: forgeAppStoreBatch };
const now = () => new Date();

type Request = Parameters<ReturnType<typeof defineHandler>>[0] & { context: { siteUrl?: unknown } };

/** The tab links epics to the site it runs on; Forge puts the site URL in the UI context. */
const loadStrategy = async (request: Request) => {
  const siteUrl = typeof request.context.siteUrl === 'string' ? request.context.siteUrl : '';
  return defineHandler('strategy/load', (_payload, caller) => loadStrategyView(storage, forgeStrategyPorts, siteUrl, { accountId: caller.accountId, timeZone: caller.timeZone }, now))(request);
};

/** The strategy tab: everyone who may use the app reads; programme managers edit (checked in the service). */
export const strategyHandlers = {
  'strategy/load': loadStrategy,
  'strategy/edit': defineHandler('strategy/edit', (edit, caller) => editStrategy(storage, forgeStrategyPorts, edit, caller.accountId)),
};
