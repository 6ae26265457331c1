import type { IssueDependenciesView } from '../../contract/programme';
import { fetchIssueParent } from '../../platform/jira-issue-parent';
import { browsableProjectKeys } from '../../platform/user-projects';
import { PlatformError } from '../../platform/platform-error';
import { asAppFailure } from '../platform-failures';
import { loadStoredSettings } from '../settings/stored-settings';
import { readMeta, readView, type SnapshotStorage } from '../snapshot/snapshot-store';
import { decodeView } from '../snapshot/view-codec';
import { loadSecret, opaqueIdsFor } from '../viewer/opaque-ids';
import { viewerToday } from '../viewer/viewer-day';
import { assessView, type Viewer } from './load-programme-view';
import { projectOfKey, Redactor } from './redact';

/** A parent read as the user, or `hidden` when Jira will not show it to them. */
async function parentOf(key: string) {
  try {
    return await fetchIssueParent('user', key);
  } catch (error) {
    if (error instanceof PlatformError && error.kind === 'not-found') return 'hidden' as const;
    throw error;
  }
}

/**
 * Jira shows the user no parent: there is none, or it is one they may not browse (Jira leaves it out). Only the app
 * can tell; it is asked whether a parent exists, never for its key.
 */
async function parentHiddenFromUser(issueKey: string): Promise<boolean> {
  return Boolean((await fetchIssueParent('app', issueKey)).fields.parent);
}

/**
 * The epic an issue rolls up to, read as the user (so an invisible issue itself is NOT_FOUND): the issue itself when
 * it is an epic, else its parent, else (a sub-task under a story) the parent's parent. An issue without an epic stands
 * for itself, as in the analysis; `hidden` when the way up leads to an issue the user may not browse.
 */
async function epicOf(issueKey: string): Promise<string | 'hidden'> {
  const issue = await fetchIssueParent('user', issueKey);
  if (issue.fields.issuetype.hierarchyLevel >= 1) return issue.key;
  const parent = issue.fields.parent;
  if (!parent) return (await parentHiddenFromUser(issue.key)) ? 'hidden' : issue.key;
  if ((parent.fields?.issuetype?.hierarchyLevel ?? 0) >= 1) return parent.key;
  const grand = await parentOf(parent.key);
  if (grand === 'hidden') return 'hidden';
  if (grand.fields.issuetype.hierarchyLevel >= 1) return grand.key;
  const grandParent = grand.fields.parent;
  if (!grandParent) return (await parentHiddenFromUser(grand.key)) ? 'hidden' : parent.key;
  return (grandParent.fields?.issuetype?.hierarchyLevel ?? 0) >= 1 ? grandParent.key : parent.key;
}

/**
 * `issue/dependencies`: every dependency of the issue's epic (within its stream, across streams, or outside every
 * stream; the panel groups them), from the snapshot, assessed for the viewer's day and redacted for them. When the epic is in a project the
 * viewer cannot browse, its dependencies are withheld and the panel says so (the issue itself stays readable).
 */
export async function loadIssueDependencies(storage: SnapshotStorage, issueKey: string, viewer: Omit<Viewer, 'isJiraAdmin'>, now: () => Date): Promise<IssueDependenciesView> {
  try {
    const [epicKey, settings, meta, browsable] = await Promise.all([epicOf(issueKey), loadStoredSettings(storage.store), readMeta(storage.store), browsableProjectKeys()]);
    const state = !settings ? 'not-configured' : meta.current ? 'ready' : meta.lastFailure && !meta.job ? 'failed' : 'building';
    const epicHidden = epicKey === 'hidden' || !browsable.has(projectOfKey(epicKey));
    const empty: IssueDependenciesView = { issueKey, epicKey: epicKey === 'hidden' || epicHidden ? null : epicKey, epicHidden, epicStreamId: null, asOf: meta.current?.asOf ?? null, state, waitsOn: [], waitedOnBy: [], streams: settings?.streams ?? [] };
    if (!settings || !meta.current || epicHidden) return empty;
    const [stored, secret] = await Promise.all([readView(storage.batch, meta.current), meta.current.redactionKey ?? loadSecret(storage.store)]);
    const opaqueIds = opaqueIdsFor(secret, viewer.accountId);
    const view = assessView(decodeView(stored), viewerToday(viewer.timeZone, now()), settings.atRiskThresholdDays);
    const redactor = new Redactor(browsable, opaqueIds);
    const epicStreamId = view.epics.find((epic) => epic.key === epicKey)?.streamId ?? null;
    return {
      ...empty,
      epicStreamId,
      streams: view.streams,
      waitsOn: view.dependencies.filter((d) => d.blocked.key === epicKey).map((d) => redactor.dependency(d)),
      waitedOnBy: view.dependencies.filter((d) => d.blocker.key === epicKey).map((d) => redactor.dependency(d)),
    };
  } catch (error) {
    throw asAppFailure(error, { issueKey });
  }
}
