import { PublishingSettingsSchema, type PublishingSettings } from '../../contract/publishing';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';
import { claimNextVersion } from '../version-claim';
import { checkPublishingTarget, type TargetQuestions } from './publishing-settings-check';
import { loadPublishingSettings, PUBLISHING_SETTINGS_KEY } from './publishing-settings-store';

type Draft = Omit<PublishingSettings, 'version'>;

async function requireVersion(store: AppStore, expectedVersion: number): Promise<number> {
  const currentVersion = (await loadPublishingSettings(store)).version;
  if (currentVersion !== expectedVersion) throw new AppFailure({ code: 'CONFLICT', params: { currentVersion, expectedVersion } });
  return currentVersion;
}

/**
 * Saves the publishing settings (admin page). The target is checked again on save — the space and parent as the admin
 * sees them, the app's right to write there — and stored with the names Confluence gives them now; a bad target is
 * refused with its problem and nothing is stored. Compare-and-set on `version`, as the programme settings: checked up
 * front and after the checks, then the next version is claimed before the single write.
 */
export async function savePublishingSettings(store: AppStore, ask: TargetQuestions, expectedVersion: number, draft: Draft): Promise<{ settings: PublishingSettings }> {
  await requireVersion(store, expectedVersion);
  let target = draft.target;
  if (target !== null) {
    const check = await checkPublishingTarget(ask, target.spaceKey, target.parentPageId);
    if (!check.ok || !check.space) {
      throw new AppFailure({ code: 'PUBLISHING_TARGET_INVALID', field: 'settings.target', params: { problem: check.problem ?? 'SPACE_NOT_FOUND', spaceKey: target.spaceKey } });
    }
    target = { spaceId: check.space.id, spaceKey: check.space.key, spaceName: check.space.name, parentPageId: check.parent?.id ?? null, parentTitle: check.parent?.title ?? null };
  }
  const currentVersion = await requireVersion(store, expectedVersion);
  const settings = PublishingSettingsSchema.parse({ ...draft, target, version: currentVersion + 1 });
  await claimNextVersion(store, PUBLISHING_SETTINGS_KEY, currentVersion);
  await store.set(PUBLISHING_SETTINGS_KEY, settings);
  return { settings };
}
