import Resolver from '@forge/resolver';
import { forgeAppStore } from '../platform/app-store';
import { pushSnapshotJob } from '../platform/snapshot-queue';
import { checkJql } from '../services/settings/check-jql';
import { loadSettingsView } from '../services/settings/load-settings-view';
import { saveSettings } from '../services/settings/save-settings';
import { forgeSettingsJira, type SettingsPorts } from '../services/settings/settings-ports';
import { catalogueAdminHandlers } from './catalogue-admin-resolver';
import { publishingAdminHandlers } from './publishing-admin-resolver';
import { taggingHandlers } from './tagging-resolver';
import { taxonomyHandlers } from './taxonomy-resolver';
import { adminOnly } from './admin-only';
import { defineHandler } from './define';

const ports: SettingsPorts = {
  store: forgeAppStore,
  jira: forgeSettingsJira,
  requestSnapshotRebuild: () => pushSnapshotJob({ reason: 'settings-saved' }),
};

/**
 * The admin page's resolvers (manifest function `admin-resolver`), Jira admins only: programme settings here,
 * taxonomy and use-case catalogue from catalogue-admin-resolver.ts (which guards its keys the same way).
 */
const handlers = {
  // Reads any user may make, also served here: a module's invoke reaches only its own resolver function.
  'taxonomy/get': taxonomyHandlers['taxonomy/get'],
  'use-cases/list': taggingHandlers['use-cases/list'],
  ...catalogueAdminHandlers,
  ...publishingAdminHandlers,
  // Lets the admin page show a refusal before anything editable; the check itself is adminOnly's.
  'admin/check': adminOnly(defineHandler('admin/check', () => Promise.resolve({ admin: true as const }))),
  'settings/get': adminOnly(defineHandler('settings/get', () => loadSettingsView(ports))),
  'settings/save': adminOnly(defineHandler('settings/save', ({ expectedVersion, settings }) => saveSettings(ports, expectedVersion, settings))),
  'settings/check-jql': adminOnly(defineHandler('settings/check-jql', ({ jql }) => checkJql(ports, jql))),
};

const resolver = new Resolver();
for (const [key, handler] of Object.entries(handlers)) resolver.define(key, handler as never);

export const adminHandler = resolver.getDefinitions();
