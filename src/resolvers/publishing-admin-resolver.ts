import { forgeAppStore } from '../platform/app-store';
import { checkPublishingTarget, forgeTargetQuestions } from '../services/publishing/publishing-settings-check';
import { findParentPages, loadPublishingChoices } from '../services/publishing/publishing-settings-choices';
import { savePublishingSettings } from '../services/publishing/publishing-settings-save';
import { adminOnly } from './admin-only';
import { defineHandler } from './define';

/** The admin page's Publishing section (served by `admin-resolver`): every key checks Administer Jira first. */
export const publishingAdminHandlers = {
  'publishing/settings-get': adminOnly(defineHandler('publishing/settings-get', () => loadPublishingChoices(forgeAppStore))),
  'publishing/pages': adminOnly(defineHandler('publishing/pages', ({ spaceId, title }) => findParentPages(spaceId, title))),
  'publishing/check-target': adminOnly(defineHandler('publishing/check-target', ({ spaceKey, parentPageId }) => checkPublishingTarget(forgeTargetQuestions, spaceKey, parentPageId))),
  'publishing/settings-save': adminOnly(
    defineHandler('publishing/settings-save', ({ expectedVersion, settings }) => savePublishingSettings(forgeAppStore, forgeTargetQuestions, expectedVersion, settings)),
  ),
};
