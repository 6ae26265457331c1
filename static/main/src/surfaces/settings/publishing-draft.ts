import { PublishingSettingsSavePayload, type PublishingSettings } from '../../../../../src/contract/publishing';
import type { ResolverPayload } from '../../../../../src/contract/resolver-keys';

/** The admin's publishing choices as edited; the target is whole or absent. */
export type PublishingDraft = Omit<PublishingSettings, 'version'>;

export function publishingDraftOf(settings: PublishingSettings): PublishingDraft {
  const { version: _version, ...draft } = settings;
  return { ...draft, target: draft.target ? { ...draft.target } : null, pageTypes: { ...draft.pageTypes } };
}

/** The `publishing/settings-save` payload, checked with the contract's own schema; null when it would be refused. */
export function publishingSavePayload(draft: PublishingDraft, expectedVersion: number): ResolverPayload<'publishing/settings-save'> | null {
  const parsed = PublishingSettingsSavePayload.safeParse({ expectedVersion, settings: draft });
  return parsed.success ? parsed.data : null;
}

export function samePublishingDraft(a: PublishingDraft, b: PublishingDraft): boolean {
  const flat = (d: PublishingDraft) => JSON.stringify([d.target?.spaceId ?? null, d.target?.parentPageId ?? null, d.language, d.schedule, d.pageTypes.rollUp, d.pageTypes.streams, d.pageTypes.strategy]);
  return flat(a) === flat(b);
}
