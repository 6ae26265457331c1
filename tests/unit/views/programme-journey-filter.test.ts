/**
 * The programme page's journey filters: an epic matches when it or its lower issues carry a chosen term, a
 * dependency when either end matches, hidden ends never; the timeline keeps the ends of what the list shows.
 * Also the Coverage tab's small view logic (heat steps, links to Jira's issue search, filter choices).
 */
import type { EndView, ProgrammeView } from '../../../src/contract/programme';
import { aggregateEpicTags, defaultTaxonomy, NO_JOURNEY_FILTER, setTermRetired, UseCaseSchema, type JourneyTags, type WorkItem } from '../../../src/domain';
import { heatStep, jqlUrl, percentDone } from '../../../static/main/src/surfaces/programme/coverage-model';
import { filterDependencies, NO_FILTER, timelineEpics } from '../../../static/main/src/surfaces/programme/dependency-filter';
import { journeyOptions } from '../../../static/main/src/surfaces/programme/journey-options';
import { blocks, epic, programmeView, story, stream } from './programme-fixture';

const withTags = (item: WorkItem, tags: Partial<Record<keyof JourneyTags, string[]>>): WorkItem => ({ ...item, tags: { touchpoint: [], lifecycle: [], category: [], action: [], channel: [], useCase: [], ...tags } as JourneyTags });

const items = [
  withTags(epic('DATA-1', { start: '2026-01-01', due: '2026-02-01' }), { touchpoint: ['website'] }),
  epic('CRM-1', { start: '2026-03-01', due: '2026-04-01' }),
  withTags(story('CRM-5', 'CRM-1'), { lifecycle: ['buy'], useCase: ['UC-007'] }),
  epic('CRM-2', { start: '2026-05-01', due: '2026-06-01' }),
  withTags(epic('MI-1', { start: '2026-01-01', due: '2026-02-01' }), { touchpoint: ['app'] }),
  epic('MI-2', { start: '2026-01-01', due: '2026-02-01' }),
];

/** The view as the server sends it: each epic and visible end with its aggregate tags, hidden ends without. */
function taggedView(): ProgrammeView {
  const view = programmeView({ streams: [stream('data'), stream('crm'), stream('mi')], items, links: [blocks('DATA-1', 'CRM-1'), blocks('CRM-1', 'CRM-2'), blocks('MI-1', 'CRM-2')], hiddenProjects: ['MI'] });
  const tags = aggregateEpicTags(items);
  const tagEnd = (end: EndView): EndView => (end.hidden || !tags.get(end.key) ? end : { ...end, tags: tags.get(end.key) });
  return {
    ...view,
    epics: view.epics.map((e) => (tags.get(e.key) ? { ...e, tags: tags.get(e.key) } : e)),
    dependencies: view.dependencies.map((d) => ({ ...d, blocker: tagEnd(d.blocker), blocked: tagEnd(d.blocked) })),
  };
}

const view = taggedView();
const ids = (journey: Partial<typeof NO_JOURNEY_FILTER>) => filterDependencies(view.dependencies, { ...NO_FILTER, journey: { ...NO_JOURNEY_FILTER, ...journey } }).map((d) => d.id).sort();

describe('filtering dependencies by the journey', () => {
  it('keeps a dependency when either end matches', () => {
    expect(ids({ touchpoint: ['website'] })).toEqual(['DATA-1->CRM-1']);
  });

  it('matches an epic through the tags of its stories', () => {
    expect(ids({ lifecycle: ['buy'] })).toEqual(['CRM-1->CRM-2', 'DATA-1->CRM-1']);
    expect(ids({ useCase: ['UC-007'], touchpoint: ['website'] })).toEqual([]);
  });

  it('never matches through a hidden end', () => {
    expect(ids({ touchpoint: ['app'] })).toEqual([]);
  });

  it('keeps everything without a journey filter', () => {
    expect(ids({})).toHaveLength(view.dependencies.length);
  });
});

describe('the timeline under a journey filter', () => {
  it('draws the matching epics and the ends of the dependencies shown', () => {
    const journey = { ...NO_JOURNEY_FILTER, touchpoint: ['website'] };
    const shown = filterDependencies(view.dependencies, { ...NO_FILTER, journey });
    expect(timelineEpics(view.epics, shown, journey).map((e) => e.key).sort()).toEqual(['CRM-1', 'DATA-1']);
    expect(timelineEpics(view.epics, view.dependencies, NO_JOURNEY_FILTER)).toHaveLength(view.epics.length);
  });
});

describe('the Coverage tab', () => {
  it('links a cell to Jira’s issue search with its JQL', () => {
    expect(jqlUrl('https://acme.atlassian.net/', '(project = EMA) AND journeyTouchpoint = "website"')).toBe(
      'https://acme.atlassian.net/issues/?jql=(project%20%3D%20EMA)%20AND%20journeyTouchpoint%20%3D%20%22website%22',
    );
  });

  it('colours by share done in five steps and leaves empty cells plain', () => {
    expect([heatStep(0, null), heatStep(4, 0), heatStep(4, 0.5), heatStep(3, 1)]).toEqual([null, 0, 2, 4]);
    expect([percentDone(2 / 3), percentDone(null), percentDone(1)]).toEqual([66, 0, 100]);
  });

  it('offers the filter terms in the user’s language, retired ones marked', () => {
    const retired = setTermRetired(defaultTaxonomy(), 'touchpoint', 'app', true);
    if (!retired.ok) throw new Error('retire failed');
    const options = journeyOptions('de', retired.value, [UseCaseSchema.parse({ id: 'UC-001', title: 'Newsletter', lifecycleStage: 'explore' })]);
    expect(options.touchpoint.find((o) => o.value === 'booking')?.label).toBe('Buchen des Angebotes');
    expect(options.touchpoint.find((o) => o.value === 'app')?.label).toBe('App (außer Gebrauch)');
    expect(options.lifecycle[0]).toEqual({ value: 'perceive', label: 'Wahrnehmen' });
    expect(options.useCase).toEqual([{ value: 'UC-001', label: 'UC-001 Newsletter' }]);
  });
});
