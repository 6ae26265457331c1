import type { StrategyView } from '../../contract/strategy';
import type { DependencyFacts } from '../../domain/strategy/roll-up-types';
import { idRecord } from '../../domain/id-keyed';
import { projectOfKey } from '../dependencies/redact';
import { assessView } from '../dependencies/load-programme-view';
import { snapshotStatus } from '../dependencies/snapshot-status';
import { asAppFailure } from '../platform-failures';
import { isProgrammeManager } from '../roles/programme-manager';
import { loadStoredSettings } from '../settings/stored-settings';
import { readMeta, readView, type SnapshotStorage } from '../snapshot/snapshot-store';
import { decodeView } from '../snapshot/view-codec';
import { viewerToday } from '../viewer/viewer-day';
import { nodeViews, treeForViewer } from './node-views';
import type { StrategyPorts } from './strategy-ports';
import { readStrategy } from './strategy-store';

export interface StrategyViewer {
  accountId: string;
  timeZone: string | undefined;
}

/**
 * `strategy/load`, for everyone who may use the app: the tree, each node's roll-up from the programme snapshot assessed
 * for the viewer's day and redacted for them, the owners' names and whether they may edit. Storage: the settings, the
 * snapshot's meta record and the strategy head at once, then one batch of strategy chunks and JQL matches beside the
 * snapshot view's batch. Jira, as the viewer: one project search (redaction), one `/user/bulk` for the owners, and for
 * someone not named a programme manager the role questions.
 */
export async function loadStrategyView(storage: SnapshotStorage, ports: StrategyPorts, siteUrl: string, viewer: StrategyViewer, now: () => Date): Promise<StrategyView> {
  const [settings, meta, stored] = await Promise.all([loadStoredSettings(storage.store), readMeta(storage.store), readStrategy(storage)]);
  const owners = [...new Set(stored.tree.nodes.flatMap((node) => (node.ownerAccountId ? [node.ownerAccountId] : [])))];
  const current = settings ? meta.current : null;
  let answers;
  try {
    answers = await Promise.all([
      settings ? snapshotStatus(storage, ports.push, settings, meta, now) : undefined,
      isProgrammeManager(settings, viewer.accountId, ports.roles),
      owners.length > 0 ? ports.displayNames(owners) : new Map<string, string>(),
      ports.browsableProjectKeys(),
      current ? readView(storage.batch, current) : undefined,
    ]);
  } catch (error) {
    throw asAppFailure(error, {});
  }
  const [status, canEdit, names, browsable, storedView] = answers;
  const canSee = (key: string) => browsable.has(projectOfKey(key));
  const today = viewerToday(viewer.timeZone, now());
  const people = idRecord<string, string>(owners.flatMap((id) => { const name = names.get(id); return name === undefined ? [] : [[id, name] as const]; }));
  const base = { tree: treeForViewer(stored.tree, canSee), people, canEdit, jqlReadAt: stored.jql.readAt, siteUrl };
  if (!settings || !current || !storedView) {
    const empty = nodeViews({ tree: stored.tree, epics: [], dependencies: [], today, baseline: null, jql: stored.jql, canSee });
    return { ...base, nodes: empty, state: status?.state ?? 'not-configured', asOf: null, today: current ? today : null };
  }
  const view = assessView(decodeView(storedView), today, settings.atRiskThresholdDays);
  const dependencies: DependencyFacts[] = view.dependencies.map((d) => ({ blocker: d.blocker.key, blocked: d.blocked.key, status: d.status }));
  // Slip is measured against the last publication's baseline, as the published pages measure it.
  const nodes = nodeViews({ tree: stored.tree, epics: view.epics, dependencies, today, baseline: stored.baseline, jql: stored.jql, canSee });
  return { ...base, nodes, state: status?.state ?? 'ready', asOf: current.asOf, today };
}
