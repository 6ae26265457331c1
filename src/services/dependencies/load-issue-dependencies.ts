import type { IssueDependenciesView } from '../../contract/programme';
import { fetchIssueParent } from '../../platform/jira-issue-parent';
import { browsableProjectKeys } from '../../platform/user-projects';
import { asAppFailure } from '../platform-failures';
import { loadStoredSettings } from '../settings/stored-settings';
import { readMeta, readView, type SnapshotStorage } from '../snapshot/snapshot-store';
import { decodeView } from '../snapshot/view-codec';
import { Redactor } from './redact';

/**
 * The epic an issue rolls up to, read as the user (so an invisible issue is NOT_FOUND): the issue itself when it
 * is an epic, else its parent, else (a sub-task under a story) the parent's parent. At most two requests; an issue
 * without an epic stands for itself, as in the analysis.
 */
async function epicOf(issueKey: string): Promise<string> {
  const issue = await fetchIssueParent('user', issueKey);
  if (issue.fields.issuetype.hierarchyLevel >= 1 || !issue.fields.parent) return issue.key;
  const parent = issue.fields.parent;
  if ((parent.fields?.issuetype?.hierarchyLevel ?? 0) >= 1) return parent.key;
  const grand = await fetchIssueParent('user', parent.key);
  if (grand.fields.issuetype.hierarchyLevel >= 1) return grand.key;
  return grand.fields.parent && (grand.fields.parent.fields?.issuetype?.hierarchyLevel ?? 0) >= 1 ? grand.fields.parent.key : parent.key;
}

/**
 * `issue/dependencies`: the dependencies of the issue's epic that leave its stream (other streams, or outside
 * every stream), from the snapshot, redacted for the viewing user.
 */
export async function loadIssueDependencies(storage: SnapshotStorage, issueKey: string): Promise<IssueDependenciesView> {
  try {
    const [epicKey, settings, meta] = await Promise.all([epicOf(issueKey), loadStoredSettings(storage.store), readMeta(storage.store)]);
    const state = !settings ? 'not-configured' : meta.current ? 'ready' : meta.lastFailure && !meta.job ? 'failed' : 'building';
    const empty: IssueDependenciesView = { issueKey, epicKey, asOf: meta.current?.asOf ?? null, state, waitsOn: [], waitedOnBy: [], streams: settings?.streams ?? [] };
    if (!settings || !meta.current) return empty;
    const [stored, browsable] = await Promise.all([readView(storage.batch, meta.current), browsableProjectKeys()]);
    const view = decodeView(stored);
    const redactor = new Redactor(browsable);
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
