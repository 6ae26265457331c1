import type { PushedEpicView, WhatIfView } from '../../contract/what-if';
import { simulateSlip, pushedStreamsOf, type MovedEpic } from '../../domain/dependencies/slip';
import { browsableProjectKeys } from '../../platform/user-projects';
import { AppFailure } from '../errors';
import { asAppFailure } from '../platform-failures';
import { loadStoredSettings } from '../settings/stored-settings';
import { readMeta, readView, type SnapshotStorage } from '../snapshot/snapshot-store';
import { decodeView, type TaggedEnd } from '../snapshot/view-codec';
import { loadSecret, opaqueIdsFor } from '../viewer/opaque-ids';
import { viewerToday } from '../viewer/viewer-day';
import type { Viewer } from './load-programme-view';
import { Redactor } from './redact';

export interface WhatIfQuestion {
  epicKey: string;
  slipDays: number;
}

const epicView = ({ epic, newStartDate, newDueDate, pushDays, depth }: MovedEpic<TaggedEnd>): PushedEpicView => ({
  key: epic.key,
  summary: epic.summary ?? '',
  streamId: epic.streamId,
  startDate: epic.startDate,
  dueDate: epic.dueDate,
  newStartDate,
  newDueDate,
  pushDays,
  depth,
});

/**
 * `programme/what-if`: "what if this epic slips by N days?" on the stored snapshot, for the viewer's calendar day,
 * without changing Jira. Reads what `programme/load` reads (settings, meta, the view chunks, the redaction key, one
 * project search as the user) and nothing per epic. The epic must be one the viewer may browse; the answer is
 * redacted like the view: hidden epics are counted, dependencies carry the view's opaque ids, hidden keys are null.
 */
export async function simulateWhatIf(storage: SnapshotStorage, question: WhatIfQuestion, viewer: Omit<Viewer, 'isJiraAdmin'>, now: () => Date): Promise<WhatIfView> {
  const { epicKey, slipDays } = question;
  let read;
  try {
    const [settings, meta] = await Promise.all([loadStoredSettings(storage.store), readMeta(storage.store)]);
    if (!settings) throw new AppFailure({ code: 'NOT_CONFIGURED', params: {} });
    const current = meta.current;
    if (!current) throw new AppFailure({ code: 'SNAPSHOT_NOT_READY', params: {} });
    const [stored, browsable, secret] = await Promise.all([readView(storage.batch, current), browsableProjectKeys(), current.redactionKey ?? loadSecret(storage.store)]);
    read = { settings, stored, browsable, secret };
  } catch (error) {
    throw asAppFailure(error, {});
  }
  const { settings, stored, browsable, secret } = read;
  const redactor = new Redactor(browsable, opaqueIdsFor(secret, viewer.accountId));
  // Jira's own answer for an issue one may not browse: it might as well not exist.
  if (!redactor.canSee(epicKey)) throw new AppFailure({ code: 'NOT_FOUND', field: 'epicKey', params: { issueKey: epicKey } });

  const view = decodeView(stored);
  // Only what the viewer may browse is simulated: a hidden epic in the graph would let repeated questions with other
  // slips find its dates (from when a status flips or a push appears). Hidden epics waiting on the chain are counted.
  const epics: TaggedEnd[] = view.epics.filter((epic) => redactor.canSee(epic.key)).map((epic) => ({ ...epic, key: epic.key as TaggedEnd['key'], external: false }));
  const visible = view.dependencies.filter((d) => redactor.canSee(d.blocker.key) && redactor.canSee(d.blocked.key));
  const today = viewerToday(viewer.timeZone, now());
  const result = simulateSlip({ epics, dependencies: visible }, epicKey, slipDays, today, { atRiskThresholdDays: settings.atRiskThresholdDays });
  if (!result) throw new AppFailure({ code: 'EPIC_NOT_IN_PROGRAMME', field: 'epicKey', params: { issueKey: epicKey } });

  const reached = new Set<string>([epicKey, ...result.pushed.map((p) => p.epic.key), ...result.unscheduled.map((u) => u.epic.key)]);
  // Links, not distinct epics: the view never tells whether two hidden ends are one epic, so neither does this.
  const hiddenWaiting = view.dependencies.filter((d) => reached.has(d.blocker.key) && !redactor.canSee(d.blocked.key));
  const opaqueId = opaqueIdsFor(secret, viewer.accountId);
  return {
    epicKey,
    slipDays,
    slipped: epicView(result.slipped),
    pushed: result.pushed.map(epicView),
    unscheduled: result.unscheduled.map(({ epic, depth }) => epicView({ epic, newStartDate: epic.startDate, newDueDate: epic.dueDate, pushDays: 0, depth })),
    hiddenWaiting: hiddenWaiting.length,
    pushedStreams: pushedStreamsOf(result.pushed),
    changed: result.changed.map(({ dependency, before, after }) => ({
      id: opaqueId(dependency.id),
      blockerKey: dependency.blocker.key,
      blockedKey: dependency.blocked.key,
      before: before.status,
      after: after.status,
      overlapDaysAfter: after.overlapDays,
    })),
    criticalPath: { before: redactor.criticalPath(result.criticalPath.before), after: redactor.criticalPath(result.criticalPath.after), changed: result.criticalPath.changed },
    reachesCycle: result.reachesCycle,
  };
}
