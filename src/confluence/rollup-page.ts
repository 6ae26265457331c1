import { DEPENDENCY_STATUSES, type DependencyStatus } from '../domain/dependencies/types';
import { DEPENDENCY_COLOURS, pageLink, stackedBarChart, statusLozenge } from './blocks';
import { changesSection } from './changes';
import type { Speaker } from './format';
import type { DependencyLine, PublicationModel, StreamFacts } from './model';
import { dependencyTable, datesText, generatedNotice, healthLine, healthLozenge, progressText } from './sections';
import { fragment, h2, h3, p, strong, table, ul, type Content, type Markup } from './xml';

/**
 * The programme roll-up, the home of the published tree: overall health, a chart of every stream's progress, each
 * stream's dates, dependencies in both directions, top conflicts and touchpoint coverage, the strategy tree's top
 * level, and what changed since the previous publication.
 */
export function renderRollUpPage(model: PublicationModel, say: Speaker): string {
  return fragment(
    generatedNotice(say, model.today),
    overallHealth(model, say),
    progressChart(model, say),
    streamsSection(model, say),
    strategySection(model, say),
    changesSection(say, model.diff),
  ).xml;
}

/** One lozenge per dependency status that occurs: "Conflict 2", "At risk 1". */
export function statusCounts(say: Speaker, counts: Readonly<Record<DependencyStatus, number>>): Markup {
  const present = DEPENDENCY_STATUSES.filter((status) => counts[status] > 0);
  return fragment(present.map((status, index) => fragment(index > 0 ? ' ' : null, statusLozenge(DEPENDENCY_COLOURS[status], `${say.say(`dependency.${status}`)} ${say.number(counts[status])}`))));
}

function overallHealth(model: PublicationModel, say: Speaker): Markup {
  const { health } = model;
  const total = DEPENDENCY_STATUSES.reduce((sum, status) => sum + health.dependencies[status], 0);
  return fragment(
    h2(say.say('section.health')),
    p(healthLine(say, health.overall, health.reasons)),
    p(say.count(health.epics, 'epic'), ' · ', progressText(say, health.progress)),
    p(say.count(total, 'dependency'), total > 0 ? ': ' : null, statusCounts(say, health.dependencies), health.cycles > 0 ? fragment(' · ', say.count(health.cycles, 'cycle')) : null),
  );
}

function progressChart(model: PublicationModel, say: Speaker): Markup | null {
  return stackedBarChart(
    say.say('chart.streams'),
    say.say('column.stream'),
    [say.say('category.done'), say.say('category.indeterminate'), say.say('category.new')],
    model.streams.map((stream) => ({ label: stream.name, values: [stream.progress.done, stream.progress.inProgress, stream.progress.todo] })),
  );
}

const streamName = (stream: StreamFacts): Content => (stream.pageTitle === null ? stream.name : pageLink(stream.pageTitle));

function coverageText(say: Speaker, stream: StreamFacts): string {
  if (stream.coverage === null) return '–';
  if (stream.coverage.total === 0) return say.say('coverage.none');
  return say.say('coverage.line', { touched: say.number(stream.coverage.touched), total: say.number(stream.coverage.total) });
}

/** Dependencies grouped by the other stream: "Checkout: Conflict 1 At risk 2". */
function relationLines(say: Speaker, lines: readonly DependencyLine[], otherEnd: 'blocker' | 'blocked'): Content[] {
  const byStream = new Map<string, Record<DependencyStatus, number>>();
  for (const line of lines) {
    const name = line[otherEnd].streamName ?? say.say('external');
    const counts = byStream.get(name) ?? { conflict: 0, 'at-risk': 0, 'missing-dates': 0, ok: 0, resolved: 0 };
    counts[line.status] += 1;
    byStream.set(name, counts);
  }
  return [...byStream].map(([name, counts]) => fragment(name, ': ', statusCounts(say, counts)));
}

function streamsSection(model: PublicationModel, say: Speaker): Markup {
  if (model.streams.length === 0) return fragment(h2(say.say('section.streams')), p(say.say('empty.streams')));
  const overview = table(
    [say.say('column.stream'), say.say('column.health'), say.say('column.progress'), say.say('column.dates'), say.say('column.coverage')],
    model.streams.map((stream) => [streamName(stream), healthLozenge(say, stream.health), progressText(say, stream.progress), datesText(say, stream.earliestStart, stream.latestDue), coverageText(say, stream)]),
  );
  const details = model.streams.map((stream) =>
    fragment(
      h3(stream.name),
      p(healthLine(say, stream.health, stream.reasons)),
      p(strongLabel(say.say('section.waitsOn')), stream.waitsOn.length === 0 ? say.say('empty.waitsOn') : null),
      ul(relationLines(say, stream.waitsOn, 'blocker')),
      p(strongLabel(say.say('section.waitedOnBy')), stream.waitedOnBy.length === 0 ? say.say('empty.waitedOnBy') : null),
      ul(relationLines(say, stream.waitedOnBy, 'blocked')),
      stream.topConflicts.length === 0 ? null : fragment(p(strongLabel(say.say('section.topConflicts'))), dependencyTable(say, model.siteUrl, stream.topConflicts, say.say('empty.conflicts'))),
    ),
  );
  return fragment(h2(say.say('section.streams')), overview, details);
}

const strongLabel = (label: string) => fragment(strong(label), ': ');

function strategySection(model: PublicationModel, say: Speaker): Markup {
  const roots = model.strategy.filter((node) => node.depth === 0);
  const heading = model.titles.strategyTree === null ? h2(say.say('section.strategy')) : h2(pageLink(model.titles.strategyTree));
  if (roots.length === 0) return fragment(heading, p(say.say('empty.strategy')));
  return fragment(
    heading,
    ul(roots.map((node) => fragment(node.pageTitle === null ? node.title : pageLink(node.pageTitle), ' ', healthLozenge(say, node.rollUp?.health ?? 'unknown'), node.rollUp ? fragment(' · ', progressText(say, node.rollUp.progress)) : null))),
  );
}
