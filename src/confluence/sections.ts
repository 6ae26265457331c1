import type { DependencyStatus } from '../domain/dependencies/types';
import type { Health, HealthReasons, Progress } from '../domain/strategy/roll-up-types';
import { CATEGORY_COLOURS, DEPENDENCY_COLOURS, HEALTH_COLOURS, issueLink, panel, statusLozenge } from './blocks';
import type { Speaker } from './format';
import type { DependencyLine, EpicLine } from './model';
import { fragment, p, table, type Markup } from './xml';

/** Pieces several pages share: the generated-page notice, lozenges, figures in words, dependency and epic tables. */

/** Says who wrote the page, from which day's data, and that a person's edit is not overwritten silently. */
export function generatedNotice(say: Speaker, today: string): Markup {
  return panel('info', say.say('generated.title'), p(say.say('generated.body', { date: say.date(today) })));
}

export const healthLozenge = (say: Speaker, health: Health) => statusLozenge(HEALTH_COLOURS[health], say.say(`health.${health}`));
export const dependencyLozenge = (say: Speaker, status: DependencyStatus) => statusLozenge(DEPENDENCY_COLOURS[status], say.say(`dependency.${status}`));

export function totalOf(progress: Progress): number {
  return progress.todo + progress.inProgress + progress.done;
}

/** "12 of 40 done (30%)", or that there is nothing to count yet. */
export function progressText(say: Speaker, progress: Progress): string {
  const total = totalOf(progress);
  if (total === 0) return say.say('progress.none');
  return say.say('progress.line', { done: say.number(progress.done), total: say.count(total, 'issue'), share: say.percent(progress.done / total) });
}

export function datesText(say: Speaker, start: string | null, due: string | null): string {
  if (start === null && due === null) return say.say('dates.none');
  return say.say('dates.range', { start: start === null ? '–' : say.date(start), due: due === null ? '–' : say.date(due) });
}

/** "2 conflicts, 1 KPI behind target", or null when nothing counts against it. */
export function reasonsText(say: Speaker, reasons: HealthReasons): string | null {
  const parts = [
    reasons.conflicts > 0 ? say.count(reasons.conflicts, 'conflict') : null,
    reasons.atRisk > 0 ? say.count(reasons.atRisk, 'atRisk') : null,
    reasons.overdueEpics > 0 ? say.count(reasons.overdueEpics, 'overdueEpic') : null,
    reasons.kpisBehind > 0 ? say.count(reasons.kpisBehind, 'kpiBehind') : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(', ');
}

/** The health lozenge with its reasons beside it. */
export function healthLine(say: Speaker, health: Health, reasons: HealthReasons): Markup {
  const why = reasonsText(say, reasons);
  return fragment(healthLozenge(say, health), why === null ? null : fragment(' ', say.say('health.reasons', { reasons: why })));
}

function gapText(say: Speaker, line: DependencyLine): string {
  if (line.overlapDays !== null && line.overlapDays > 0) return say.say('gap.overlap', { days: say.count(line.overlapDays, 'day') });
  if (line.slackDays !== null) return say.say('gap.slack', { days: say.count(line.slackDays, 'day') });
  return '–';
}

const streamOf = (say: Speaker, name: string | null) => name ?? say.say('external');

/** Blocker, waiting epic, status lozenge and the overlap or slack between them. */
export function dependencyTable(say: Speaker, siteUrl: string, lines: readonly DependencyLine[], empty: string): Markup {
  if (lines.length === 0) return p(empty);
  return table(
    [say.say('column.blocker'), say.say('column.blocked'), say.say('column.status'), say.say('column.gap')],
    lines.map((line) => [
      fragment(issueLink(siteUrl, line.blocker), ' (', streamOf(say, line.blocker.streamName), ')'),
      fragment(issueLink(siteUrl, line.blocked), ' (', streamOf(say, line.blocked.streamName), ')'),
      dependencyLozenge(say, line.status),
      gapText(say, line),
    ]),
  );
}

/** Epics with their status, stream and dates. */
export function epicTable(say: Speaker, siteUrl: string, epics: readonly EpicLine[], empty: string): Markup {
  if (epics.length === 0) return p(empty);
  return table(
    [say.say('column.epic'), say.say('column.stream'), say.say('column.status'), say.say('column.dates')],
    epics.map((epic) => [
      issueLink(siteUrl, epic),
      streamOf(say, epic.streamName),
      statusLozenge(CATEGORY_COLOURS[epic.statusCategory], say.say(`category.${epic.statusCategory}`)),
      datesText(say, epic.startDate, epic.dueDate),
    ]),
  );
}
