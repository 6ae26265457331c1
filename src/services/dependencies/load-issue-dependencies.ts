import type { IssueDependenciesView } from '../../contract/programme';
import { fetchIssueParent } from '../../platform/jira-issue-parent';
import { browsableProjectKeys } from '../../platform/user-projects';
import { PlatformError } from '../../platform/platform-error';
import { asAppFailure } from '../platform-failures';
import { loadStoredSettings } from '../settings/stored-settings';
import { readMeta, readView, type SnapshotStorage } from '../snapshot/snapshot-store';
import { decodeView } from '../snapshot/view-codec';
import { opaqueIdsFor } from '../viewer/opaque-ids';
import { viewerToday } from '../viewer/viewer-day';
import { assessView, type Viewer } from './load-programme-view';
import { projectOfKey, Redactor } from './redact';

/** The epic a parent read stands for, or `hidden` when Jira will not show the parent to this user. */
async function parentOf(key: string) {
  try {
    return await fetchIssueParent('user', key);
  } catch (error) {
    if (error instanceof PlatformError && error.kind === 'not-found') return 'hidden' as const;
    throw error;
  }
}

/**
 * The epic an issue rolls up to, read as the user (so an invisible issue itself is NOT_FOUND): the issue itself when
 * it is an epic, else its parent, else (a sub-task under a story) the parent's parent. At most two requests; an issue
 * without an epic stands for itself, as in the analysis. A parent the user may not read is `hidden`.
 */
async function epicOf(issueKey: string): Promise<string> {
  const issue = await fetchIssueParent('user', issueKey);
  if (issue.fields.issuetype.hierarchyLevel >= 1 || !issue.fields.parent) return issue.key;
  const parent = issue.fields.parent;
  if ((parent.fields?.issuetype?.hierarchyLevel ?? 0) >= 1) return parent.key;
  const grand = await parentOf(parent.key);
  if (grand === 'hidden') return parent.key;
  if (grand.fields.issuetype.hierarchyLevel >= 1) return grand.key;
  return grand.fields.parent && (grand.fields.parent.fields?.issuetype?.hierarchyLevel ?? 0) >= 1 ? grand.fields.parent.key : parent.key;
}

/**
 * `issue/dependencies`: the dependencies of the issue's epic that leave its stream (other streams, or outside every
 * stream), from the snapshot, assessed for the viewer's day and redacted for them. When the epic is in a project the
 * viewer cannot browse, its dependencies are withheld and the panel says so (the issue itself stays readable).
 */
export async function loadIssueDependencies(storage: SnapshotStorage, issueKey: string, viewer: Omit<Viewer, 'isJiraAdmin'>, now: () => Date): Promise<IssueDependenciesView> {
  try {
    const [epicKey, settings, meta, browsable] = await Promise.all([epicOf(issueKey), loadStoredSettings(storage.store), readMeta(storage.store), browsableProjectKeys()]);
    const state = !settings ? 'not-configured' : meta.current ? 'ready' : meta.lastFailure && !meta.job ? 'failed' : 'building';
    const epicHidden = !browsable.has(projectOfKey(epicKey));
    const empty: IssueDependenciesView = { issueKey, epicKey: epicHidden ? null : epicKey, epicHidden, asOf: meta.current?.asOf ?? null, state, waitsOn: [], waitedOnBy: [], streams: settings?.streams ?? [] };
    if (!settings || !meta.current || epicHidden) return empty;
    const [stored, opaqueIds] = await Promise.all([readView(storage.batch, meta.current), opaqueIdsFor(storage.store, viewer.accountId)]);
    const view = assessView(decodeView(stored), viewerToday(viewer.timeZone, now()), settings.atRiskThresholdDays);
    const redactor = new Redactor(browsable, opaqueIds);
    const leavesStream = view.dependencies.filter((d) => d.crossStream || d.blocker.external || d.blocked.external);
    return {
      ...empty,
      streams: view.streams,
      waitsOn: leavesStream.filter((d) => d.blocked.key === epicKey).map((d) => redactor.dependency(d)),
      waitedOnBy: leavesStream.filter((d) => d.blocker.key === epicKey).map((d) => redactor.dependency(d)),
    };
  } catch (error) {
    throw asAppFailure(error, { issueKey });
  }
}
