import { ProgrammeSettingsSchema, type ProgrammeSettings } from '../../contract/programme';
import { AppFailure } from '../errors';
import type { SettingsPorts } from './settings-ports';
import { loadStoredSettings, SETTINGS_KEY } from './stored-settings';
import { claimNextVersion } from '../version-claim';
import { checkDraftAgainstJira, checkDraftRules, checkNewStreamIds, type SettingsDraft } from './validate-settings';

/** The stored settings (null before the first save), when they are still the version the admin loaded. */
async function requireVersion(ports: SettingsPorts, expectedVersion: number): Promise<ProgrammeSettings | null> {
  const stored = await loadStoredSettings(ports.store);
  const currentVersion = stored?.version ?? 0;
  if (currentVersion !== expectedVersion) throw new AppFailure({ code: 'CONFLICT', params: { currentVersion, expectedVersion } });
  return stored;
}

/**
 * Validates and stores the programme settings, then asks for a snapshot rebuild.
 *
 * Concurrency: compare-and-set on `version`. The version is checked up front (fail fast) and again after the slow
 * Jira checks; then the next version is claimed with the store's FAIL_IF_EXISTS (version-claim.ts), so of two saves
 * that both passed the check only one writes and the other is told CONFLICT. The record is written in one `set`,
 * so it is never half-written; nothing is written at all when any check fails.
 */
export async function saveSettings(ports: SettingsPorts, expectedVersion: number, draft: SettingsDraft): Promise<{ settings: ProgrammeSettings }> {
  checkDraftRules(draft);
  checkNewStreamIds(draft, await requireVersion(ports, expectedVersion));
  const checked = await checkDraftAgainstJira(ports.jira, draft);
  const currentVersion = (await requireVersion(ports, expectedVersion))?.version ?? 0;
  const settings = ProgrammeSettingsSchema.parse({ ...checked, version: currentVersion + 1 });
  await claimNextVersion(ports.store, SETTINGS_KEY, currentVersion);
  await ports.store.set(SETTINGS_KEY, settings);
  await requestRebuild(ports);
  return { settings };
}

/**
 * The settings are saved at this point; a failed push must not report the save as failed (a retry would then
 * meet CONFLICT). The nightly rebuild and the next Jira event pick the new settings up, so the failure is logged.
 */
async function requestRebuild(ports: SettingsPorts): Promise<void> {
  try {
    await ports.requestSnapshotRebuild();
  } catch (error) {
    console.warn('settings saved, but the snapshot rebuild could not be queued:', error instanceof Error ? error.message : 'unknown error');
  }
}
