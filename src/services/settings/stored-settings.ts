import { ProgrammeSettingsSchema, type ProgrammeSettings } from '../../contract/programme';
import type { AppStore } from '../../platform/app-store';
import { AppFailure } from '../errors';

export const SETTINGS_KEY = 'programme-settings';

/** The saved programme settings, or null before an admin first saved them. A damaged record is a named error. */
export async function loadStoredSettings(store: AppStore): Promise<ProgrammeSettings | null> {
  const raw = await store.get(SETTINGS_KEY);
  if (raw === undefined) return null;
  const parsed = ProgrammeSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure({ code: 'STORED_DATA_INVALID', field: [SETTINGS_KEY, ...(issue?.path ?? [])].join('.'), params: { message: issue?.message ?? '' } });
  }
  return parsed.data;
}
