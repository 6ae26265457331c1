import { coverageReport, diffBaselines, mergeTallies, takeBaseline, type CalendarDate, type CoverageReport, type DependencyFacts } from '../../domain';
import type { ProgrammeSettings } from '../../contract/programme';
import type { Baseline } from '../../domain/baseline/baseline-types';
import { rollUpStrategy } from '../../domain/strategy/roll-up';
import { assessView } from '../dependencies/load-programme-view';
import { loadTaxonomy } from '../load-taxonomy';
import { loadStoredSettings } from '../settings/stored-settings';
import { tallyOfStored } from '../snapshot/coverage-part';
import { readCoverage, readMeta, readView, type SnapshotStorage } from '../snapshot/snapshot-store';
import { decodeView } from '../snapshot/view-codec';
import { epicFactsOf } from '../strategy/node-views';
import { readStrategy } from '../strategy/strategy-store';
import { loadCatalogue } from '../use-cases/catalogue-store';
import { AppFailure } from '../errors';
import { buildPublication } from './publication-model';
import type { RenderPublication } from './publish-run';
import { renderRoundTablePages } from '../../confluence/round-table-publication';
import type { LoadRoundTable } from './round-table-pages';

/** What rendering asks of Jira, as the app: the owners' names and the site's address for issue links. */
export interface PublicationJira {
  displayNames(accountIds: readonly string[]): Promise<Map<string, string>>;
  siteUrl(): Promise<string>;
}

/** The programme's calendar day at publication: UTC, so a run at any hour renders the same day everywhere. */
const dayOf = (instant: Date) => instant.toISOString().slice(0, 10) as CalendarDate;

async function coverageOf(storage: SnapshotStorage, settings: ProgrammeSettings, stored: Awaited<ReturnType<typeof readCoverage>>): Promise<CoverageReport | null> {
  if (!stored) return null;
  const [{ taxonomy }, catalogue] = await Promise.all([loadTaxonomy(storage.store), loadCatalogue(storage.store)]);
  const tally = mergeTallies(stored.groups.map((group) => tallyOfStored(group.tally)));
  // Sponsors' pages show the programme as the app reads it; who reads them is the space's permissions (README).
  return coverageReport(tally, { streams: settings.streams, taxonomy, useCases: catalogue.useCases, nameable: () => true });
}

/**
 * The composition behind every publication: the programme snapshot (never Jira per page), the strategy tree with its
 * JQL matches, the coverage tallies and the last clean publication's baseline → the pages, and the baseline this
 * publication leaves for the next one's "Changes since". The round table's pages (issue #11) join the same run and
 * page map, in the series' language, with titles no programme page holds.
 */
export function renderProgramme(storage: SnapshotStorage, jira: PublicationJira, now: () => Date, loadRoundTable: LoadRoundTable): RenderPublication {
  return async ({ settings: publishing, previous }) => {
    const [settings, meta, strategy] = await Promise.all([loadStoredSettings(storage.store), readMeta(storage.store), readStrategy(storage)]);
    if (!settings || !meta.current) throw new AppFailure({ code: 'NOT_CONFIGURED', params: {} });
    const owners = [...new Set(strategy.tree.nodes.flatMap((node) => (node.ownerAccountId ? [node.ownerAccountId] : [])))];
    const [stored, storedCoverage, people, siteUrl] = await Promise.all([
      readView(storage.batch, meta.current),
      readCoverage(storage.batch, meta.current),
      owners.length > 0 ? jira.displayNames(owners) : Promise.resolve(new Map<string, string>()),
      jira.siteUrl(),
    ]);
    const today = dayOf(now());
    const view = assessView(decodeView(stored), today, settings.atRiskThresholdDays);
    const epics = new Map(view.epics.map((epic) => [epic.key, epicFactsOf(epic)]));
    const dependencies: DependencyFacts[] = view.dependencies.map((d) => ({ blocker: d.blocker.key, blocked: d.blocked.key, status: d.status }));
    const rollUps = rollUpStrategy({ tree: strategy.tree, epics, dependencies, today, baseline: previous?.baseline ?? null, jqlMatches: strategy.jql.matches });
    const baseline: Baseline = takeBaseline({
      takenAt: now().toISOString(),
      day: today,
      epics: epics.values(),
      dependencies,
      nodes: strategy.tree.nodes.flatMap((node) => {
        const rollUp = rollUps.get(node.id);
        return rollUp ? [{ id: node.id, title: node.title, rollUp }] : [];
      }),
    });
    const pages = buildPublication({
      settings,
      view,
      coverage: await coverageOf(storage, settings, storedCoverage),
      tree: strategy.tree,
      rollUps,
      jqlMatches: strategy.jql.matches,
      diff: previous ? diffBaselines(previous.baseline, baseline) : null,
      publishing,
      siteUrl,
      today,
      people,
    });
    const roundTable = await loadRoundTable(storage, { siteUrl, today });
    const roundTablePages = roundTable === null ? [] : renderRoundTablePages(roundTable, new Set(pages.map((page) => page.title)));
    return { pages: [...pages, ...roundTablePages], baseline };
  };
}
