import type { MacroStatusView } from '../../contract/macro';
import type { MacroTarget } from '../../contract/publishing';
import type { SnapshotState } from '../../contract/programme';
import type { CalendarDate } from '../../domain';
import type { PushSnapshotJob } from '../../platform/snapshot-queue';
import { browsableProjectKeys } from '../../platform/user-projects';
import { assessView } from '../dependencies/load-programme-view';
import { projectOfKey } from '../dependencies/redact';
import { snapshotStatus } from '../dependencies/snapshot-status';
import { asAppFailure } from '../platform-failures';
import { loadStoredSettings } from '../settings/stored-settings';
import { readMeta, readView, type SnapshotStorage } from '../snapshot/snapshot-store';
import { decodeView } from '../snapshot/view-codec';
import { viewerToday } from '../viewer/viewer-day';
import { statusFigures, type DependencyOnDay, type StatusFigures } from './status-figures';

/** Who reads the page, and when: figures are those of the viewer's calendar day, in their time zone. */
export interface MacroViewer {
  timeZone: string | undefined;
}

/**
 * The strategy node target: its title and figures for the viewer, or null when the node is gone. Given the
 * assessed snapshot and what the viewer may browse, so a node costs the tree's reads and nothing from Jira.
 */
export type NodeStatus = (input: { nodeId: string; epics: ReturnType<typeof assessView>['epics']; dependencies: readonly DependencyOnDay[]; canSee: (key: string) => boolean; today: CalendarDate }) => Promise<{ title: string; figures: StatusFigures; hiddenEpics: number } | null>;

/** Nothing to count yet (no settings, no snapshot) or nothing found: the macro says which. */
function emptyView(target: MacroTarget, state: SnapshotState, programmeUrl: string, rest: Partial<MacroStatusView> = {}): MacroStatusView {
  return {
    target, found: true, title: '', state, asOf: null, today: null, progress: null, shareDone: null, health: 'unknown',
    reasons: { conflicts: 0, atRisk: 0, kpisBehind: 0, overdueEpics: 0 }, dependencies: { total: 0, conflicts: 0, atRisk: 0 },
    earliestStart: null, latestDue: null, hiddenEpics: 0, programmeUrl, ...rest,
  };
}

/**
 * `status/macro`: the live roll-up of what the sponsor picked, for the person reading the page. Read from the
 * programme snapshot (settings, meta, one batch read of the view) — Jira is asked once, as the viewer, which projects
 * they may browse. Redaction as on the programme page and the strategy tab: progress, health and dependency counts
 * come from every epic (they name nothing, and a sponsor who reads Confluence without Jira access still sees how the
 * programme stands); dates come only from epics the viewer may browse, since one hidden epic's dates could be read off
 * them; `hiddenEpics` says how many epics are in projects the viewer cannot browse. Nothing names an epic.
 */
export async function loadMacroStatus(storage: SnapshotStorage, push: PushSnapshotJob, target: MacroTarget, programmeUrl: string, viewer: MacroViewer, now: () => Date, nodeStatus: NodeStatus): Promise<MacroStatusView> {
  const [settings, meta] = await Promise.all([loadStoredSettings(storage.store), readMeta(storage.store)]);
  if (!settings) return emptyView(target, 'not-configured', programmeUrl);
  const current = meta.current;
  let answers;
  try {
    answers = await Promise.all([snapshotStatus(storage, push, settings, meta, now), current ? readView(storage.batch, current) : undefined, current ? browsableProjectKeys() : undefined]);
  } catch (error) {
    throw asAppFailure(error, {});
  }
  const [status, stored, browsable] = answers;
  if (!current || !stored || !browsable) return emptyView(target, status.state, programmeUrl);

  const today = viewerToday(viewer.timeZone, now());
  const view = assessView(decodeView(stored), today, settings.atRiskThresholdDays);
  const canSee = (key: string) => browsable.has(projectOfKey(key));
  const dependencies: DependencyOnDay[] = view.dependencies.map((d) => ({ blockerKey: d.blocker.key, blockedKey: d.blocked.key, status: d.status }));
  const base = { state: status.state, asOf: current.asOf, today };

  if (target.kind === 'node') {
    const node = await nodeStatus({ nodeId: target.nodeId, epics: view.epics, dependencies, canSee, today });
    if (!node) return emptyView(target, status.state, programmeUrl, { ...base, found: false });
    return { target, found: true, title: node.title, ...base, ...node.figures, hiddenEpics: node.hiddenEpics, programmeUrl };
  }
  const stream = target.kind === 'stream' ? view.streams.find((s) => s.id === target.streamId) : undefined;
  if (target.kind === 'stream' && !stream) return emptyView(target, status.state, programmeUrl, { ...base, found: false });
  const epics = stream ? view.epics.filter((epic) => epic.streamId === stream.id) : view.epics;
  const visible = epics.filter((epic) => canSee(epic.key));
  const figures = statusFigures(epics, dependencies, today);
  const dated = statusFigures(visible, dependencies, today);
  return {
    target, found: true, title: stream?.name ?? '', ...base, ...figures, earliestStart: dated.earliestStart, latestDue: dated.latestDue, hiddenEpics: epics.length - visible.length, programmeUrl,
  };
}
