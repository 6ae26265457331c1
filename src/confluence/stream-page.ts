import { changesSection } from './changes';
import type { Speaker } from './format';
import type { PublicationModel, StreamFacts } from './model';
import { datesText, dependencyTable, epicTable, generatedNotice, healthLine, progressText } from './sections';
import { fragment, h2, p, table, type Markup } from './xml';

/** One stream's page: health, progress and dates, the dependencies in both directions, coverage, epics, changes. */
export function renderStreamPage(model: PublicationModel, stream: StreamFacts, say: Speaker): string {
  const epicKeys = new Set(stream.epics.map((epic) => epic.key));
  return fragment(
    generatedNotice(say, model.today),
    p(healthLine(say, stream.health, stream.reasons)),
    p(progressText(say, stream.progress), ' · ', datesText(say, stream.earliestStart, stream.latestDue)),
    h2(say.say('section.waitsOn')),
    dependencyTable(say, model.siteUrl, stream.waitsOn, say.say('empty.waitsOn')),
    h2(say.say('section.waitedOnBy')),
    dependencyTable(say, model.siteUrl, stream.waitedOnBy, say.say('empty.waitedOnBy')),
    h2(say.say('section.topConflicts')),
    dependencyTable(say, model.siteUrl, stream.topConflicts, say.say('empty.conflicts')),
    coverageSection(stream, say),
    h2(say.say('section.epics')),
    epicTable(say, model.siteUrl, stream.epics, say.say('empty.streamEpics')),
    changesSection(say, model.diff, { epicKeys, nodeIds: new Set() }),
  ).xml;
}

function coverageSection(stream: StreamFacts, say: Speaker): Markup | null {
  if (stream.coverage === null) return null;
  const heading = h2(say.say('section.coverage'));
  if (stream.coverage.total === 0) return fragment(heading, p(say.say('coverage.none')));
  const { touched, total, touchpoints } = stream.coverage;
  return fragment(
    heading,
    p(say.say('coverage.line', { touched: say.number(touched), total: say.number(total) })),
    table(
      [say.say('column.touchpoint'), say.say('column.issues'), say.say('column.done')],
      touchpoints.map((touchpoint) => [touchpoint.label, say.number(touchpoint.count), say.number(touchpoint.done)]),
    ),
  );
}
