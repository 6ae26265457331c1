import { JOURNEY_PROPERTY_KEY } from '../../domain';
import { dependencyLinksOf } from '../../platform/jira-links';
import { bulkFetchIssues, matchIssues, programmeFields } from '../../platform/jira-search';
import { loadStoredSettings } from '../settings/stored-settings';
import { analyseSource, utcDay } from './analyse-source';
import { withoutUnlinkedOutsiders, unreadOutsideEnds } from './outside-ends';
import { readOutsideEnds, sourceIssueOf } from './read-programme';
import { publishGeneration, readMeta, readSource, type SnapshotStorage } from './snapshot-store';
import { withoutOrderBy } from './stream-membership';
import { scopeOf } from './programme-scope';
import type { SourceIssue } from './source';

/** What changed, as events tell it: issue ids only (plus a key for a deleted issue). */
export interface SnapshotChange {
  /** Issues to read again, by id or key (created, updated, or an end of a created/deleted link). */
  reread: string[];
  /** Issues that no longer exist. */
  deleted: Array<{ id: string; key?: string }>;
}

/**
 * Patches the current snapshot after a change instead of rebuilding it: reads just the named issues again as the
 * app (one bulk fetch and one JQL match for their streams, and one more bulk fetch only when a link now reaches an
 * issue outside the streams that was not read yet), replaces their records and links, re-runs the pure
 * analysis and publishes a new generation. Does nothing when no snapshot exists yet or the settings changed
 * since it was built (the rebuild that follows covers the change). Only the lease holder calls it
 * (apply-changes.ts), so two patches never read the same generation.
 */
export async function patchSnapshot(storage: SnapshotStorage, change: SnapshotChange, now: () => Date, appliedLog: readonly string[] = []): Promise<boolean> {
  const [meta, settings] = await Promise.all([readMeta(storage.store), loadStoredSettings(storage.store)]);
  if (!meta.current || !settings || settings.version !== meta.current.settingsVersion) return false;
  const source = await readSource(storage.batch, meta.current);

  const wanted = [...new Set(change.reread)];
  const fields = programmeFields(settings.dueDateFieldId, settings.startDateFieldId);
  const fresh = wanted.length > 0 ? await bulkFetchIssues('app', wanted, fields, [JOURNEY_PROPERTY_KEY]) : [];
  const matches = await matchIssues('app', fresh.map((issue) => issue.id), settings.streams.map((stream) => withoutOrderBy(stream.jql)));

  // Asked for but not answered: deleted, or hidden from the app now.
  const answered = new Set(fresh.flatMap((issue) => [issue.id, issue.key]));
  const gone = new Set<string>([...change.deleted.map((d) => d.id), ...wanted.filter((ref) => !answered.has(ref))]);
  const goneKeys = new Set<string>(change.deleted.flatMap((d) => (d.key ? [d.key] : [])));
  for (const issue of source.issues) if (gone.has(issue.id) || gone.has(issue.key)) goneKeys.add(issue.key);
  const refreshedKeys = new Set(fresh.map((issue) => issue.key));
  const touched = new Set([...goneKeys, ...refreshedKeys]);

  const issues: SourceIssue[] = source.issues.filter((issue) => !touched.has(issue.key) && !answered.has(issue.id));
  const links = source.links.filter((link) => !touched.has(link.blocker) && !touched.has(link.blocked));
  for (const issue of fresh) {
    const streamIndex = matches.findIndex((matched) => matched.has(issue.id));
    const stream = settings.streams[streamIndex] ?? null;
    // An issue outside every stream is kept (streamId null) while a programme link reaches it; pruned below if not.
    issues.push(sourceIssueOf(issue, stream?.id ?? null, settings));
    // It still carries links to stream issues; relevantLinks drops the rest.
    links.push(...dependencyLinksOf(issue.key, issue.fields.issuelinks, settings.dependencyLinkTypes));
  }
  const kept = withoutUnlinkedOutsiders(issues, links);
  kept.push(...(await readOutsideEnds(settings, unreadOutsideEnds(kept, links))));
  const next = { issues: kept, links };
  const { view, coverage } = analyseSource(settings, next, utcDay(now()));
  await publishGeneration(storage, { asOf: now().toISOString(), today: utcDay(now()), settingsVersion: settings.version, view, source: next, coverage, scope: scopeOf(settings, next) }, (before) => ({
    version: 1,
    job: before.job,
    lastFailure: before.lastFailure,
  }), source, appliedLog);
  return true;
}
