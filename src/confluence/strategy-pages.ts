import type { KpiStanding } from '../domain/strategy/kpi-health';
import { externalLink, pageLink, stackedBarChart, statusLozenge, userMention, type LozengeColour } from './blocks';
import { changesSection } from './changes';
import type { Speaker } from './format';
import type { PublicationModel, StrategyNodeFacts } from './model';
import { datesText, epicTable, generatedNotice, healthLine, healthLozenge, progressText } from './sections';
import { fragment, h2, p, strong, table, type Content, type Markup } from './xml';

/** The strategy tree as pages: an overview of the whole outline, and one page per node under its parent's. */

const KPI_COLOURS: Readonly<Record<KpiStanding, LozengeColour>> = { met: 'Green', 'on-path': 'Green', behind: 'Yellow', 'far-behind': 'Red', unmeasured: 'Grey' };

const outlineNumber = (node: StrategyNodeFacts) => node.outline.join('.');
const nodeName = (node: StrategyNodeFacts): Content => (node.pageTitle === null ? node.title : pageLink(node.pageTitle));

function progressChart(say: Speaker, nodes: readonly StrategyNodeFacts[]): Markup | null {
  return stackedBarChart(
    say.say('chart.strategies'),
    say.say('column.strategy'),
    [say.say('category.done'), say.say('category.indeterminate'), say.say('category.new')],
    nodes.map((node) => {
      const progress = node.rollUp?.progress ?? { done: 0, inProgress: 0, todo: 0 };
      return { label: `${outlineNumber(node)} ${node.title}`, values: [progress.done, progress.inProgress, progress.todo] };
    }),
  );
}

function outlineTable(say: Speaker, nodes: readonly StrategyNodeFacts[]): Markup {
  return table(
    ['#', say.say('column.strategy'), say.say('column.health'), say.say('column.progress'), say.say('column.dates')],
    nodes.map((node) => [
      outlineNumber(node),
      nodeName(node),
      healthLozenge(say, node.rollUp?.health ?? 'unknown'),
      node.rollUp ? progressText(say, node.rollUp.progress) : say.say('progress.none'),
      datesText(say, node.rollUp?.earliestStart ?? null, node.rollUp?.latestDue ?? null),
    ]),
  );
}

/** "Strategy tree": the outline with each node's health and progress, and a chart of the top level. */
export function renderStrategyTreePage(model: PublicationModel, say: Speaker): string {
  const roots = model.strategy.filter((node) => node.depth === 0);
  const epicKeys = new Set(model.strategy.flatMap((node) => node.rollUp?.epicKeys ?? []));
  return fragment(
    generatedNotice(say, model.today),
    model.strategy.length === 0 ? p(say.say('empty.strategy')) : fragment(progressChart(say, roots), outlineTable(say, model.strategy)),
    changesSection(say, model.diff, { epicKeys, nodeIds: new Set(model.strategy.map((node) => node.id)) }),
  ).xml;
}

/** Paragraphs as the person wrote them: one per line break, empty lines dropped. */
function prose(say: Speaker, text: string): Markup {
  const paragraphs = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  return paragraphs.length === 0 ? p(say.say('empty.text')) : fragment(paragraphs.map((line) => p(line)));
}

const measure = (say: Speaker, value: number | null, unit: string) => (value === null ? '–' : unit === '' ? say.number(value) : `${say.number(value)} ${unit}`);

function kpiTable(say: Speaker, node: StrategyNodeFacts): Markup {
  if (node.kpis.length === 0) return p(say.say('empty.kpis'));
  return table(
    [say.say('column.kpi'), say.say('column.baseline'), say.say('column.target'), say.say('column.current'), say.say('column.asOf'), say.say('column.judgement')],
    node.kpis.map(({ kpi, standing }) => [
      kpi.name,
      measure(say, kpi.baseline, kpi.unit),
      measure(say, kpi.target, kpi.unit),
      measure(say, kpi.current, kpi.unit),
      kpi.asOf === null ? '–' : say.date(kpi.asOf),
      statusLozenge(KPI_COLOURS[standing], say.say(`kpi.${standing}`)),
    ]),
  );
}

function slipText(say: Speaker, slipDays: number | null | undefined): string | null {
  if (slipDays === null || slipDays === undefined || slipDays === 0) return null;
  return say.say(slipDays > 0 ? 'dates.slip' : 'dates.pulledIn', { days: say.count(Math.abs(slipDays), 'day') });
}

/** One node: health, progress, dates and slip, owner, concept, narrative, KPIs, the strategies below, its epics. */
export function renderStrategyNodePage(model: PublicationModel, node: StrategyNodeFacts, say: Speaker): string {
  const rollUp = node.rollUp;
  const children = model.strategy.filter((candidate) => candidate.parentId === node.id);
  const subtree = subtreeIds(model.strategy, node.id);
  const slip = slipText(say, rollUp?.slipDays);
  return fragment(
    generatedNotice(say, model.today),
    p(healthLine(say, rollUp?.health ?? 'unknown', rollUp?.reasons ?? { conflicts: 0, atRisk: 0, kpisBehind: 0, overdueEpics: 0 })),
    p(rollUp ? progressText(say, rollUp.progress) : say.say('progress.none'), ' · ', datesText(say, rollUp?.earliestStart ?? null, rollUp?.latestDue ?? null), slip === null ? null : fragment(' · ', slip)),
    p(strong(say.say('owner')), ': ', node.owner === null ? say.say('owner.none') : userMention(node.owner.accountId)),
    node.conceptUrl === null ? null : p(strong(say.say('concept')), ': ', externalLink(node.conceptUrl, node.conceptUrl)),
    h2(say.say('section.narrative')),
    prose(say, node.summary),
    h2(say.say('section.goal')),
    prose(say, node.goal),
    h2(say.say('section.kpis')),
    kpiTable(say, node),
    children.length === 0 ? null : fragment(h2(say.say('section.children')), progressChart(say, children), outlineTable(say, children)),
    h2(say.say('section.epics')),
    epicTable(say, model.siteUrl, node.epics, say.say('empty.epics')),
    changesSection(say, model.diff, { epicKeys: new Set(rollUp?.epicKeys ?? []), nodeIds: subtree }),
  ).xml;
}

/** The node and every node below it (the model lists the tree depth first, so they follow it). */
function subtreeIds(nodes: readonly StrategyNodeFacts[], id: string): Set<string> {
  const start = nodes.findIndex((node) => node.id === id);
  const ids = new Set<string>([id]);
  const depth = nodes[start]?.depth ?? 0;
  for (let index = start + 1; index < nodes.length && (nodes[index]?.depth ?? 0) > depth; index++) ids.add(nodes[index]?.id ?? '');
  return ids;
}
