import type { DesiredPage } from '../../confluence/desired-page';
import { speakerFor } from '../../confluence/format';
import type { PublicationModel } from '../../confluence/model';
import { renderPublication } from '../../confluence/pages';
import { fitTitle, uniqueTitles } from '../../confluence/titles';
import type { PublishingSettings } from '../../contract/publishing';
import {
  DEPENDENCY_STATUSES, worseHealth, type BaselineDiff, type CalendarDate, type CoverageReport, type DependencyStatus, type NodeRollUp, type Stream, type StrategyTree,
} from '../../domain';
import { strategyFacts } from './publication-strategy';
import { addProgress, healthFrom, isOverdue, progressOf, streamFacts, type ViewDependency, type ViewEpic } from './publication-streams';

/**
 * What a publication shows, from plain inputs (no I/O): the programme snapshot's view assessed for `today`, the
 * coverage report, the strategy tree with its roll-ups and the diff against the previous publication's baseline.
 */
export interface PublicationInput {
  settings: { streams: readonly Stream[] };
  /** The decoded snapshot view assessed for `today` (load-programme-view.ts `assessView`). */
  view: { epics: readonly ViewEpic[]; dependencies: readonly ViewDependency[]; cycles: readonly unknown[] };
  coverage: CoverageReport | null;
  tree: StrategyTree;
  rollUps: ReadonlyMap<string, NodeRollUp>;
  /** Node id → the epic keys its JQL found with the snapshot; empty when no node has a JQL. */
  jqlMatches?: ReadonlyMap<string, readonly string[]>;
  diff: BaselineDiff | null;
  publishing: Pick<PublishingSettings, 'language' | 'pageTypes'>;
  siteUrl: string;
  /**
   * The calendar day the view was assessed for: the pages' "when". A day and not the instant of the run, so a
   * publication that finds nothing changed renders every page byte for byte as before and writes nothing.
   */
  today: CalendarDate;
  /** Account id → display name, for the owners. */
  people: ReadonlyMap<string, string>;
}

export function publicationModel(input: PublicationInput): PublicationModel {
  const { language, pageTypes } = input.publishing;
  const say = speakerFor(language);
  const streams = input.settings.streams;
  const streamNames = new Map(streams.map((stream) => [stream.id as string, stream.name]));
  const rollUpTitle = pageTypes.rollUp ? fitTitle('', say.say('title.rollUp')) : null;
  const treeTitle = pageTypes.strategy ? fitTitle('', say.say('title.strategyTree')) : null;
  const taken = new Set([rollUpTitle, treeTitle].filter((title): title is string => title !== null));
  const streamTitles = pageTypes.streams ? uniqueTitles(streams.map((stream) => ({ prefix: say.say('title.stream'), name: stream.name, distinguisher: stream.id })), taken) : [];
  for (const title of streamTitles) taken.add(title);

  const streamPages = streams.map((stream, index) =>
    streamFacts({ stream, epics: input.view.epics, dependencies: input.view.dependencies, coverage: input.coverage, language, today: input.today, streamNames, pageTitle: streamTitles[index] ?? null }),
  );
  const epicsByKey = new Map(input.view.epics.map((epic) => [epic.key, epic]));
  const strategy = strategyFacts({
    tree: input.tree, rollUps: input.rollUps, jqlMatches: input.jqlMatches ?? new Map(), epicsByKey, streamNames, people: input.people, today: input.today,
    titles: pageTypes.strategy ? { prefix: say.say('title.strategy'), taken } : null,
  });

  const streamEpics = input.view.epics.filter((epic) => epic.streamId !== null && streamNames.has(epic.streamId));
  const dependencies = Object.fromEntries(DEPENDENCY_STATUSES.map((status) => [status, input.view.dependencies.filter((d) => d.status === status).length])) as Record<DependencyStatus, number>;
  const kpisBehind = strategy.filter((node) => node.depth === 0).reduce((sum, node) => sum + (node.rollUp?.reasons.kpisBehind ?? 0), 0);
  const reasons = { conflicts: dependencies.conflict, atRisk: dependencies['at-risk'], kpisBehind, overdueEpics: streamEpics.filter((epic) => isOverdue(epic, input.today)).length };
  const overall = strategy.filter((node) => node.depth === 0).reduce((worst, node) => worseHealth(worst, node.rollUp?.health ?? 'unknown'), healthFrom(reasons, streamEpics.length > 0));
  return {
    language,
    siteUrl: input.siteUrl,
    today: input.today,
    health: { overall, reasons, dependencies, cycles: input.view.cycles.length, epics: streamEpics.length, progress: streamEpics.map(progressOf).reduce(addProgress, { todo: 0, inProgress: 0, done: 0 }) },
    streams: streamPages,
    strategy,
    titles: { rollUp: rollUpTitle, strategyTree: treeTitle },
    diff: input.diff,
  };
}

/** Every page of the publication, parents before children (pages.ts); switched-off page types are left out. */
export function buildPublication(input: PublicationInput): DesiredPage[] {
  return renderPublication(publicationModel(input));
}
