import { DEFAULT_PUBLISHING_SETTINGS, PublishingSettingsSchema, type PublishingSettings } from '../../contract/publishing';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';

export const PUBLISHING_SETTINGS_KEY = 'publishing-settings';

/** The admin's publishing settings, or the defaults (no target yet) before the first save. A damaged record is a named error. */
export async function loadPublishingSettings(store: AppStore): Promise<PublishingSettings> {
  const raw = await store.get(PUBLISHING_SETTINGS_KEY);
  if (raw === undefined) return DEFAULT_PUBLISHING_SETTINGS;
  const parsed = PublishingSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure({ code: 'STORED_DATA_INVALID', field: [PUBLISHING_SETTINGS_KEY, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
  }
  return parsed.data;
}
